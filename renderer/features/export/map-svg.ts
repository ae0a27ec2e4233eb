/**
 * The map as SVG, drawn from Cytoscape's own positions, sizes, colours and shapes: each
 * tie the line the map draws (straight, bent or routed around people), ending at the
 * node's edge with an arrowhead (both ends for mutual ties),
 * labels under the nodes, and a title and legend, like the PNG. Text is escaped.
 */
import type { Core } from 'cytoscape';
import type { LegendEntry } from './map-png';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface MapSvgOptions {
  title: string;
  subtitle: string;
  legendTitle: string;
  entries: LegendEntry[];
  notes: string[];
  transparent: boolean;
}

function shapeSvg(shape: string, x: number, y: number, r: number, fill: string, extra: string): string {
  if (shape === 'diamond') return `<polygon points="${x},${y - r} ${x + r},${y} ${x},${y + r} ${x - r},${y}" fill="${fill}" ${extra}/>`;
  if (shape === 'round-rectangle') return `<rect x="${x - r}" y="${y - r}" width="${2 * r}" height="${2 * r}" rx="${r * 0.25}" fill="${fill}" ${extra}/>`;
  return `<circle cx="${x}" cy="${y}" r="${r}" fill="${fill}" ${extra}/>`;
}

export function mapSvg(cy: Core, options: MapSvgOptions): string {
  const nodes = cy.nodes(':visible');
  // The picture holds the people with their names and every tie's whole line (a tie bent
  // around the others can run outside the people).
  const people = nodes.boundingBox({ includeLabels: true });
  const edgeBox = { x1: people.x1, y1: people.y1, x2: people.x2, y2: people.y2 };
  cy.edges(':visible').forEach((e) => {
    for (const p of [e.sourceEndpoint(), e.targetEndpoint(), ...(e.controlPoints() ?? []), ...(e.segmentPoints() ?? [])]) {
      edgeBox.x1 = Math.min(edgeBox.x1, p.x - 6);
      edgeBox.y1 = Math.min(edgeBox.y1, p.y - 6);
      edgeBox.x2 = Math.max(edgeBox.x2, p.x + 6);
      edgeBox.y2 = Math.max(edgeBox.y2, p.y + 6);
    }
  });
  const box = { ...edgeBox, w: edgeBox.x2 - edgeBox.x1, h: edgeBox.y2 - edgeBox.y1 };
  const pad = 24;
  const header = 70;
  const legendRows = Math.ceil(options.entries.length / 4);
  const width = Math.max(box.w + 2 * pad, 900);
  const height = header + box.h + 2 * pad + 40 + 22 * legendRows + 20 * options.notes.length;
  const dx = pad - box.x1 + (width - 2 * pad - box.w) / 2;
  const dy = header - box.y1;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#8c959f"/></marker></defs>',
  ];
  if (!options.transparent) parts.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  parts.push(`<text x="${pad}" y="${pad + 14}" font-size="20" font-weight="600" fill="#1f2328">${esc(options.title)}</text>`);
  parts.push(`<text x="${pad}" y="${pad + 36}" font-size="13" fill="#57606a">${esc(options.subtitle)}</text>`);
  parts.push('<g>');
  // Each tie exactly as the map draws it: straight, bent (a quadratic curve through
  // Cytoscape's control point) or routed around people (its segments), from the drawn ends.
  const at = (p: { x: number; y: number }): string => `${(p.x + dx).toFixed(1)} ${(p.y + dy).toFixed(1)}`;
  cy.edges(':visible').forEach((e) => {
    const a = e.sourceEndpoint();
    const b = e.targetEndpoint();
    const style = String(e.style('curve-style'));
    const controls = style === 'unbundled-bezier' ? e.controlPoints() : undefined;
    const segments = style === 'segments' ? e.segmentPoints() : undefined;
    const d =
      controls && controls.length === 1
        ? `M ${at(a)} Q ${at(controls[0] as { x: number; y: number })} ${at(b)}`
        : `M ${at(a)} ${(segments ?? []).map((p) => `L ${at(p)} `).join('')}L ${at(b)}`;
    const mutual = e.hasClass('mutual') ? ' marker-start="url(#arrow)"' : '';
    const width = Number(e.data('width')) || 1.2;
    const colour = e.hasClass('between') ? '#57606a' : '#8c959f';
    parts.push(`<path class="tie" d="${d}" fill="none" stroke="${colour}" stroke-width="${width}" opacity="0.8" marker-end="url(#arrow)"${mutual}/>`);
  });
  parts.push('</g><g>');
  nodes.forEach((n) => {
    const p = n.position();
    const r = Number(n.data('size')) / 2;
    const x = p.x + dx;
    const y = p.y + dy;
    const dashed = n.hasClass('non-respondent')
      ? 'stroke="#57606a" stroke-width="2" stroke-dasharray="4 3"'
      : `stroke="${esc(String(n.data('outline') ?? '#ffffff'))}" stroke-width="2"`;
    parts.push(shapeSvg(String(n.data('shape')), x, y, r, String(n.data('colour')), dashed));
    parts.push(`<text x="${x}" y="${y + r + 16}" font-size="13" text-anchor="middle" fill="#1f2328">${esc(String(n.data('label')))}</text>`);
  });
  parts.push('</g>');
  let ly = header + box.h + 2 * pad + 10;
  parts.push(`<text x="${pad}" y="${ly}" font-size="14" font-weight="600" fill="#1f2328">${esc(options.legendTitle)}</text>`);
  options.entries.forEach((entry, i) => {
    const x = pad + (i % 4) * 220;
    const y = ly + 22 * (Math.floor(i / 4) + 1);
    parts.push(
      `<circle cx="${x + 7}" cy="${y - 5}" r="7" fill="${entry.colour}"/><text x="${x + 20}" y="${y}" font-size="13" fill="#1f2328">${esc(entry.label)}</text>`,
    );
  });
  ly += 22 * (legendRows + 1);
  for (const note of options.notes) {
    parts.push(`<text x="${pad}" y="${ly}" font-size="13" fill="#57606a">${esc(note)}</text>`);
    ly += 20;
  }
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}
