/**
 * Text to rows with papaparse. The delimiter is chosen by which of `,` `;` tab gives the
 * most consistent column count over the first lines (Dutch Excel writes `;`), because
 * papaparse's own guess prefers `,` when a `;` file has decimal commas.
 */
import Papa from 'papaparse';

export interface Table {
  header: string[];
  /** Data rows, each padded or cut to the header's length. */
  rows: string[][];
  delimiter: string;
}

const CANDIDATES = [',', ';', '\t'] as const;

export function parseTable(text: string): Table {
  const delimiter = detectDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: 'greedy' });
  const all = result.data.map((r) => r.map((c) => (c ?? '').trim()));
  const header = (all[0] ?? []).map((h, i) => h || `column ${i + 1}`);
  const rows = all.slice(1).map((r) => header.map((_, i) => r[i] ?? ''));
  return { header, rows, delimiter };
}

export function detectDelimiter(text: string): string {
  const sample = text.slice(0, 64 * 1024);
  let best: string = ',';
  let bestScore = -1;
  for (const d of CANDIDATES) {
    const parsed = Papa.parse<string[]>(sample, { delimiter: d, preview: 20, skipEmptyLines: 'greedy' });
    const counts = parsed.data.map((r) => r.length);
    if (counts.length === 0) continue;
    const first = counts[0] ?? 0;
    if (first < 2) continue;
    const consistent = counts.filter((c) => c === first).length / counts.length;
    const score = consistent * 1000 + first;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}
