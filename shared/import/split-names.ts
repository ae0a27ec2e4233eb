/**
 * Splitting a multi-select answer cell into names. Microsoft Forms writes `A;B;`,
 * Google Forms and Qualtrics write `A, B`. A comma may be part of a name ("Vries, Jan de"),
 * so comma-joined cells are split against the known names: the longest run of parts that
 * forms a known name wins, and only then single parts are taken as they are.
 */

export function splitNames(cell: string, isKnown: (name: string) => boolean): string[] {
  const text = cell.trim();
  if (!text) return [];
  if (text.includes(';') || text.includes('\n')) {
    return text
      .split(/[;\n]/)
      .map((s) => s.trim())
      .filter(Boolean);
  }
  if (isKnown(text)) return [text];
  const parts = text.split(',');
  const names: string[] = [];
  let i = 0;
  while (i < parts.length) {
    let taken = 1;
    for (let j = parts.length; j > i + 1; j--) {
      if (isKnown(parts.slice(i, j).join(',').trim())) {
        taken = j - i;
        break;
      }
    }
    const name = parts
      .slice(i, i + taken)
      .join(',')
      .trim();
    if (name) names.push(name);
    i += taken;
  }
  return names;
}
