// Findings that say how sure they are: each is re-found with the non-respondents naming nobody (the
// data) and everyone (the least favourable answers); what the second loses depends on them.
import { describe, expect, it } from 'vitest';
import { demoImportRequest } from '../../../../shared/demo/demo-school';
import { importFiles } from '../../../../shared/import/import-files';
import { analyseImported, runAnalysis } from '../../../../shared/pipeline/run-analysis';
import { claimOf } from '../../../../shared/findings/bounds';
import { seededRandom } from '../../../../shared/network/seeded-random';
import { findingJson } from '../../../../shared/cli/cli-json';
import type { SurveyNetwork } from '../../../../shared/network/types';

const demo = runAnalysis(demoImportRequest());
const byId = new Map(demo.findings.findings.map((f) => [f.id, f]));

describe('finding bounds', () => {
  it('the demo: “no tie at all between 3-4 and 5-6” depends on the one non-respondent (in 5-6); the weak link 1-2 ↔ 3-4 holds', () => {
    const silent = demo.network.people.filter((p) => !p.responded).map((p) => p.id);
    expect(silent).toEqual(['p15']);
    expect(byId.get('weak-group-link:groep 3-4|groep 5-6')!.bounds).toEqual({ status: 'depends', missing: 1, dependsOn: ['p15'] });
    expect(byId.get('weak-group-link:groep 1-2|groep 3-4')!.bounds).toEqual({ status: 'holds', missing: 1, dependsOn: [] });
    const json = findingJson(byId.get('weak-group-link:groep 1-2|groep 3-4')!, demo.report.responseRate);
    expect(json.bounds!.message).toEqual({
      nl: 'Geldt hoe de ontbrekende antwoorden ook zouden luiden (96% vulde de vragenlijst in).',
      en: 'Holds however the missing answers would turn out (96% filled in the survey).',
    });
    expect(findingJson(byId.get('weak-group-link:groep 3-4|groep 5-6')!, demo.report.responseRate).bounds!.message!.nl).toBe(
      'Hangt af van de ene persoon die niet antwoordde (96% vulde de vragenlijst in): met dat antwoord erbij kan dit anders uitvallen.',
    );
  });

  it('findings that rank people (brokers, reach, one-sided) claim only what was tried: nobody or everyone', () => {
    const broker = byId.get('broker:p21')!;
    expect(broker.bounds!.status).toBe('holdsAtExtremes');
    expect(findingJson(broker, demo.report.responseRate).bounds!.message!.nl).toBe(
      'Geldt zowel als wie niet antwoordde niemand als iedereen had genoemd (96% vulde de vragenlijst in).',
    );
    // Only the kinds whose worst case is exact say "however the missing answers would turn out".
    for (const f of demo.findings.findings)
      if (f.bounds?.status === 'holds') expect(['weak-group-link', 'single-bridge', 'isolated', 'peripheral']).toContain(f.kind);
  });

  it('“holds” is true for any answer in between: 30 seeded random answers of the non-respondent keep every holding claim', () => {
    const { network, report } = importFiles(demoImportRequest());
    const random = seededRandom(42);
    const holding = demo.findings.findings.filter((f) => f.bounds?.status === 'holds');
    expect(holding.length).toBeGreaterThanOrEqual(2);
    for (let trial = 0; trial < 30; trial++) {
      const p = random();
      const named = network.people.filter((q) => q.id !== 'p15' && random() < p).map((q) => ({ source: 'p15', target: q.id, weight: 1 }));
      const answered: SurveyNetwork = {
        ...network,
        ties: [...network.ties, ...named],
        people: network.people.map((q) => (q.id === 'p15' ? { ...q, responded: true } : q)),
      };
      const claims = new Set(analyseImported(answered, report).findings.findings.map(claimOf));
      for (const f of holding) expect(claims.has(claimOf(f)), `${f.id} with ${named.length} named`).toBe(true);
    }
  });

  it('near miss: everyone answered, or the missing ties were reconstructed — no bounds', () => {
    const { network, report } = importFiles(demoImportRequest());
    const everyone: SurveyNetwork = { ...network, people: network.people.map((p) => ({ ...p, responded: true })) };
    expect(analyseImported(everyone, report).findings.findings.every((f) => f.bounds === undefined)).toBe(true);
    expect(runAnalysis(demoImportRequest(), { reconstruct: true }).findings.findings.every((f) => f.bounds === undefined)).toBe(true);
  });
});
