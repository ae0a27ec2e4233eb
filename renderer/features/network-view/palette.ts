/**
 * Group colours: the Okabe-Ito palette, safe for the common forms of colour blindness.
 * Colours follow the group order (grades first), so the same school gets the same
 * colours every time. Grey is reserved for "no group".
 */
export const GROUP_COLOURS = ['#E69F00', '#56B4E9', '#009E73', '#CC79A7', '#0072B2', '#D55E00', '#F0E442', '#000000'] as const;
export const NO_GROUP_COLOUR = '#9AA0A6';

export function groupColours(groupsInOrder: string[]): Map<string, string> {
  return new Map(groupsInOrder.map((g, i) => [g, GROUP_COLOURS[i % GROUP_COLOURS.length] as string]));
}
