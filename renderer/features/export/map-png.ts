/**
 * The map as a PNG, as on screen plus a title and the legend (group colours, size measure,
 * how ties are drawn) drawn under it, on a white or transparent background.
 */
import type { Core } from 'cytoscape';
import { withFadesDrawn } from '../../map/veil';
import { pictureScale } from '../../map/picture-scale';

export interface LegendEntry {
  colour: string;
  label: string;
}

export interface MapPictureOptions {
  title: string;
  subtitle: string;
  legendTitle: string;
  entries: LegendEntry[];
  notes: string[];
  scale: number;
  transparent: boolean;
}

/** The longest side of the map's picture, in pixels (map/picture-scale.ts). */
export const MAX_PICTURE_SIDE = 8192;

export async function mapPng(cy: Core, options: MapPictureOptions): Promise<Uint8Array> {
  // (A highlight under the veil of a large map is drawn into the picture: map/veil.ts.)
  const dataUrl = withFadesDrawn(
    cy,
    () =>
      cy.png({
        full: true,
        scale: pictureScale(cy, options.scale, MAX_PICTURE_SIDE),
        bg: options.transparent ? undefined : '#ffffff',
        output: 'base64uri',
      } as never) as unknown as string,
  );
  const map = new Image();
  map.src = dataUrl;
  await map.decode();
  const s = options.scale;
  const pad = 24 * s;
  const header = 84 * s;
  const legendHeight = (40 + 22 * Math.ceil(options.entries.length / 4) + 20 * options.notes.length) * s;
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(map.width, 900 * s) + 2 * pad;
  canvas.height = header + map.height + legendHeight + pad;
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  if (!options.transparent) {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  ctx.fillStyle = '#1f2328';
  ctx.font = `600 ${20 * s}px system-ui, sans-serif`;
  ctx.fillText(options.title, pad, pad + 16 * s);
  ctx.font = `${14 * s}px system-ui, sans-serif`;
  ctx.fillStyle = '#57606a';
  ctx.fillText(options.subtitle, pad, pad + 38 * s);
  ctx.drawImage(map, pad, header);
  let y = header + map.height + 24 * s;
  ctx.fillStyle = '#1f2328';
  ctx.font = `600 ${14 * s}px system-ui, sans-serif`;
  ctx.fillText(options.legendTitle, pad, y);
  ctx.font = `${13 * s}px system-ui, sans-serif`;
  options.entries.forEach((e, i) => {
    const x = pad + (i % 4) * 220 * s;
    const row = y + 22 * s * (Math.floor(i / 4) + 1);
    ctx.fillStyle = e.colour;
    ctx.beginPath();
    ctx.arc(x + 7 * s, row - 5 * s, 7 * s, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = '#1f2328';
    ctx.fillText(e.label, x + 20 * s, row);
  });
  y += 22 * s * (Math.ceil(options.entries.length / 4) + 1);
  ctx.fillStyle = '#57606a';
  for (const note of options.notes) {
    ctx.fillText(note, pad, y);
    y += 20 * s;
  }
  const blob = await new Promise<Blob>((done) => canvas.toBlob((b) => done(b as Blob), 'image/png'));
  return new Uint8Array(await blob.arrayBuffer());
}
