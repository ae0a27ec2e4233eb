// Plural branches may hold values: "De enige band …" for one, "Elk van de 3 banden …" for more.
import { describe, expect, it } from 'vitest';
import { t } from '../../../../shared/i18n/translate';

describe('plural messages', () => {
  it('reads well for one tie and for several, in both languages', () => {
    const params = { a: 'groep 1/2', b: 'groep 3/4', names: 'Els' };
    expect(t('nl', 'finding.singleBridge.detail', { ...params, arcs: 1 })).toMatch(/^De enige band tussen groep 1\/2 en groep 3\/4 loopt via Els\./);
    expect(t('nl', 'finding.singleBridge.detail', { ...params, arcs: 3 })).toMatch(/^Elk van de 3 banden tussen/);
    expect(t('en', 'finding.singleBridge.detail', { ...params, arcs: 1 })).toMatch(/^The only tie between groep 1\/2 and groep 3\/4 involves Els\./);
    expect(t('en', 'finding.singleBridge.detail', { ...params, arcs: 2 })).toMatch(/^Each of the 2 ties between/);
  });
});
