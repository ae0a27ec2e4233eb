/**
 * Group colours: the Okabe-Ito palette, safe for the common forms of colour blindness.
 * Colours follow the group order (grades first), so the same school gets the same
 * colours every time. Grey is reserved for "no group". Several of these fills are light
 * against the white map (yellow 1.3:1, orange 2.3:1), so every person also gets an
 * outline: the same hue darkened until it stands out at 3:1 or more (WCAG 1.4.11).
 */
export const GROUP_COLOURS = ['#E69F00', '#56B4E9', '#009E73', '#CC79A7', '#0072B2', '#D55E00', '#F0E442', '#000000'] as const;
export const NO_GROUP_COLOUR = '#9AA0A6';
/** The map's background, against which outlines are measured. */
export const MAP_BACKGROUND = '#ffffff';
/** Contrast an outline needs against the background (WCAG 1.4.11, graphical objects). */
export const OUTLINE_CONTRAST = 3;

export function groupColours(groupsInOrder: string[]): Map<string, string> {
  return new Map(groupsInOrder.map((g, i) => [g, GROUP_COLOURS[i % GROUP_COLOURS.length] as string]));
}

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two #rrggbb colours (1..21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const outlines = new Map<string, string>();

/** The fill's hue darkened just enough to stand out against the background at OUTLINE_CONTRAST (and at least a little, so light and dark fills both get a visible edge). */
export function outlineColour(fill: string): string {
  const known = outlines.get(fill);
  if (known) return known;
  const [r, g, b] = channels(fill);
  let chosen = '#000000';
  for (let keep = 0.75; keep >= 0; keep -= 0.05) {
    const hex = `#${[r, g, b]
      .map((c) =>
        Math.round(c * keep)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`;
    if (contrast(hex, MAP_BACKGROUND) >= OUTLINE_CONTRAST + 0.3) {
      chosen = hex;
      break;
    }
  }
  outlines.set(fill, chosen);
  return chosen;
}
