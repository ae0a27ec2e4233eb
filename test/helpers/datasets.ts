// The public networks the cross-checks read (Krackhardt, Lazega, Daly, Knecht, Glasgow), committed
// under test/fixtures/datasets/ with each one's provenance and licence notes, so every clone runs them.
import { resolve } from 'node:path';

export const DATASETS = resolve(__dirname, '../fixtures/datasets');

export function datasetFile(folder: string, file: string): string {
  return resolve(DATASETS, folder, file);
}
