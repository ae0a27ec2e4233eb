// Translation parameters are checked: message-params.ts (what each message needs, used by
// t()'s types) is generated from the English texts and must be up to date, and every Dutch
// text uses exactly the parameters of its English one — a name only one language knows would
// render "—" in the other.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error — a plain .mjs script without type declarations
import { generate, paramNames, readCatalogue } from '../../../../scripts/gen-message-params.mjs';

const I18N = resolve(__dirname, '../../../../shared/i18n');

describe('translation parameters', () => {
  it('message-params.ts is generated from messages-en.ts and up to date (node scripts/gen-message-params.mjs)', () => {
    expect(readFileSync(resolve(I18N, 'message-params.ts'), 'utf8')).toBe(generate());
  });

  it('reads every message of both catalogues', () => {
    const en = readCatalogue(resolve(I18N, 'messages-en.ts')) as Record<string, string>;
    const nl = readCatalogue(resolve(I18N, 'messages-nl.ts')) as Record<string, string>;
    expect(Object.keys(en).length).toBeGreaterThan(600);
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });

  it('every Dutch text uses the same parameters as its English text', () => {
    const en = readCatalogue(resolve(I18N, 'messages-en.ts')) as Record<string, string>;
    const nl = readCatalogue(resolve(I18N, 'messages-nl.ts')) as Record<string, string>;
    const different = Object.keys(en).filter((k) => JSON.stringify(paramNames(en[k])) !== JSON.stringify(paramNames(nl[k] ?? '')));
    expect(different.map((k) => `${k}: en ${paramNames(en[k])} / nl ${paramNames(nl[k] ?? '')}`)).toEqual([]);
  });

  it('finds names in plural branches too', () => {
    expect(paramNames('{count|one person named {name}|{count} people}')).toEqual(['count', 'name']);
    expect(paramNames('no parameters')).toEqual([]);
  });
});
