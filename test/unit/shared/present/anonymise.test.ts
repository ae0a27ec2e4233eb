// Anonymisation: every mode gives each person a distinct alias, stable for the same data,
// and findings texts carry no real name once it is on.
import { describe, expect, it } from 'vitest';
import { demoImportRequest } from '../../../../shared/demo/demo-school';
import { translateKey } from '../../../../shared/i18n/translate';
import { aliases, anonymiseParams, nameToAlias } from '../../../../shared/present/anonymise';
import { runAnalysis } from '../../../../shared/pipeline/run-analysis';

const demo = runAnalysis(demoImportRequest());
const names = demo.analysis.nodes.map((n) => n.name);

describe('anonymisation', () => {
  it.each(['role', 'initials', 'codes'] as const)('%s: distinct aliases, none a real name, stable', (mode) => {
    const a = aliases(demo.analysis.nodes, mode);
    const values = [...a.values()];
    expect(new Set(values).size).toBe(demo.analysis.nodes.length);
    expect(values.filter((v) => names.includes(v))).toEqual([]);
    expect([...aliases(demo.analysis.nodes, mode)]).toEqual([...a]);
  });

  it('role mode reads like "leerkracht groep 3-4 (2)"', () => {
    const a = [...aliases(demo.analysis.nodes, 'role').values()];
    expect(a).toContain('leerkracht groep 3-4 (2)');
    expect(a).toContain('directeur staf (1)');
  });

  it('removes every real name from every finding sentence', () => {
    const byName = nameToAlias(demo.analysis.nodes, 'codes');
    for (const f of demo.findings.findings) {
      for (const text of [f.message, f.detail, f.suggestion]) {
        if (!text) continue;
        for (const locale of ['nl', 'en'] as const) {
          const sentence = translateKey(locale, text.key, anonymiseParams(text.params, byName));
          for (const name of names) expect(sentence).not.toContain(name);
        }
      }
    }
  });

  it('hands out codes in an order that does not follow the real names (without roster ids the id is the name)', () => {
    // Twelve people in one group, ids = names in alphabetical order.
    const people = 'Anna Aalders,Bram Bos,Cor Claes,Dirk Dekker,Eva Eik,Fleur Fok,Gijs Gans,Hans Hol,Ilse Iep,Joost Jong,Karin Kok,Lotte Lam'.split(',');
    const nodes = people.map((name) => ({ ...demo.analysis.nodes[0]!, id: name, name, group: 'groep 1-2', role: 'leerkracht' }));
    const codes = aliases(nodes, 'codes');
    const order = [...people].sort((a, b) => codes.get(a)!.localeCompare(codes.get(b)!));
    expect(order).not.toEqual(people);
    // Stable: the same data gives the same codes.
    expect(aliases([...nodes].reverse(), 'codes')).toEqual(codes);
  });
});
