// Tests of the built entry points (dist/node/*.mjs, dist/web): `npm test` builds them first and
// sets TALKMAP_BUILT=1, so there they must exist; a quick `npm run test:unit` without a build
// skips them with the reason.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');

/** True when the test should be skipped: the files are absent and `npm test` did not promise them. */
export function skipUnbuilt(...files: string[]): boolean {
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length === 0) return false;
  if (process.env.TALKMAP_BUILT === '1') throw new Error(`npm test built the app, yet ${missing.join(', ')} is missing`);
  console.log(`Skipping: ${missing.join(', ')} not built (npm test builds it; or run npm run build:node and npm run build:web).`);
  return true;
}
