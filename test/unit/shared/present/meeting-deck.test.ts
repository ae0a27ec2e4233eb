// The meeting's findings: by default the school's story without findings about one named
// person, or the leader's choice in the leader's order — saved with the project.
import { describe, expect, it } from 'vitest';
import { demoImportRequest } from '../../../../shared/demo/demo-school';
import { runAnalysis } from '../../../../shared/pipeline/run-analysis';
import { deckFindings, defaultDeck, isAboutOnePerson } from '../../../../shared/present/meeting-deck';
import { parseProject, saveRequest, serializeProject } from '../../../../shared/project/project-file';
import { migrate } from '../../../../shared/project/migrations';
import { surveyQuestion } from '../../../../shared/import/survey-question';
import { meetingSteps } from '../../../../renderer/features/meeting/meeting-steps';

const demo = runAnalysis(demoImportRequest());
const findings = demo.findings.findings;

describe('the meeting deck', () => {
  it('leaves findings about one person out by default and keeps Talkmap’s order', () => {
    const ids = defaultDeck(findings);
    expect(ids.length).toBeGreaterThan(2);
    expect(ids.length).toBeLessThan(findings.length);
    expect(findings.filter((f) => ids.includes(f.id)).some(isAboutOnePerson)).toBe(false);
    expect(findings.filter((f) => !ids.includes(f.id)).every(isAboutOnePerson)).toBe(true);
    expect(ids).toEqual(findings.filter((f) => !isAboutOnePerson(f)).map((f) => f.id));
    expect(findings.filter(isAboutOnePerson).map((f) => f.kind)).toEqual(expect.arrayContaining(['one-sided', 'limited-reach']));
  });

  it('follows the leader’s choice and order, leaving out findings that are gone', () => {
    const [a, b, c] = findings;
    expect(deckFindings(findings, [c!.id, 'gone:1', a!.id]).map((f) => f.id)).toEqual([c!.id, a!.id]);
    expect(deckFindings(findings, []).length).toBe(0);
    expect(deckFindings(findings, null).map((f) => f.id)).toEqual(defaultDeck(findings));
    expect(b).toBeDefined();
  });

  it('is a title slide, the reveal steps, the chosen findings and a closing slide', () => {
    const chosen = [findings[1]!.id, findings[0]!.id];
    const steps = meetingSteps(demo, chosen);
    expect(steps[0]).toEqual({ kind: 'title' });
    expect(steps.slice(1, 4).map((s) => s.kind)).toEqual(['groups', 'within', 'between']);
    expect(steps.filter((s) => s.kind === 'finding')).toEqual(chosen.map((id) => ({ kind: 'finding', id })));
    expect(steps.at(-1)).toEqual({ kind: 'closing' });
  });

  it('is saved with the project; an older project opens with the default choice', () => {
    const chosen = [findings[2]!.id, findings[0]!.id];
    const text = serializeProject({
      title: 'Test',
      waves: [{ id: 'wave-1', label: '', date: null, request: saveRequest(demoImportRequest()) }],
      activeWave: 'wave-1',
      view: {},
      thresholds: {},
      reconstruct: false,
      notes: '',
      meeting: { findings: chosen },
    });
    expect(parseProject(text, 'a.talkmap').meeting).toEqual({ findings: chosen });
    const v4 = { version: 4, notes: '' };
    expect(migrate(v4)).toEqual({ version: 5, notes: '' });
  });
});

describe('the survey question, for titles', () => {
  it('is read from the names column or the grid the import used', () => {
    expect(surveyQuestion(demoImportRequest())).toBe('Met wie praat je over instructie in begrijpend lezen?');
    const data = { name: 'x.csv', bytes: new Uint8Array() };
    expect(
      surveyQuestion({
        data,
        roster: null,
        spec: { shape: 'multi-select', respondentColumn: 'Q1', nominationColumns: ['Met wie? - Selected Choice'], groupColumn: null },
      }),
    ).toBe('Met wie?');
    expect(
      surveyQuestion({
        data,
        roster: null,
        spec: { shape: 'multi-select', respondentColumn: 'n', nominationColumns: ['Collega 1', 'Collega 2'], groupColumn: null },
      }),
    ).toBeNull();
    const grid = ['Hoe vaak praat je? [Jan]', 'Hoe vaak praat je? [Piet]'].map((column) => ({ column, target: column }));
    expect(surveyQuestion({ data, roster: null, spec: { shape: 'rating-grid', respondentColumn: 'n', columns: grid, scale: {}, groupColumn: null } })).toBe(
      'Hoe vaak praat je?',
    );
    expect(surveyQuestion({ data, roster: null, spec: { shape: 'matrix' } })).toBeNull();
  });
});
