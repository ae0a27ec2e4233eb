// The improvement plan: a goal per finding with a measure the next survey checks — computed
// by hand on the demo school's two waves — saved with the project.
import { describe, expect, it } from 'vitest';
import { demoImportRequest, demoWaveTwoFiles } from '../../../../shared/demo/demo-school';
import { runAnalysis } from '../../../../shared/pipeline/run-analysis';
import { checkGoal, measureFor, measureValue, newGoal } from '../../../../shared/plan/improvement-plan';
import { goalText, statusText } from '../../../../shared/plan/goal-text';
import { translateKey } from '../../../../shared/i18n/translate';
import { parseProject, saveRequest, serializeProject } from '../../../../shared/project/project-file';

const first = runAnalysis(demoImportRequest());
const [survey, roster] = demoWaveTwoFiles();
const second = runAnalysis({ ...demoImportRequest(), data: survey!, roster: roster!, decisions: { 'm v d linden': { action: 'map', id: 'p21' } } });
const waves = [
  { id: 'wave-1', result: first },
  { id: 'wave-2', result: second },
];
const finding = (kind: string) => first.findings.findings.find((f) => f.kind === kind)!;

/** Ties in both directions between two groups, counted straight from the tie list. */
function tiesBetween(result: typeof first, a: string, b: string): number {
  const group = new Map(result.network.people.map((p) => [p.id, p.attributes[result.network.groupAttribute ?? ''] ?? '']));
  return result.network.ties.filter((t) => [group.get(t.source), group.get(t.target)].sort().join('|') === [a, b].sort().join('|')).length;
}

describe('the improvement plan', () => {
  it('sets a goal on a weak link between groups, with its current count and a step up', () => {
    const weak = first.findings.findings.find((f) => f.id === 'weak-group-link:groep 3-4|groep 5-6')!;
    const goal = newGoal(weak, first, 'wave-1', 'g1');
    expect(goal.measure).toEqual({ kind: 'ties-between', a: 'groep 3-4', b: 'groep 5-6' });
    expect(goal.baseline).toBe(tiesBetween(first, 'groep 3-4', 'groep 5-6'));
    expect(goal.baseline).toBe(0);
    expect(goal.target).toBe(3);
    const text = goalText({ ...goal, target: 8 }, (id) => id);
    expect(translateKey('nl', text.key, text.params)).toBe('Minstens 8 banden tussen groep 3-4 en groep 5-6');
  });

  it('is checked by the next wave: met, or not yet with the count', () => {
    const weak = first.findings.findings.find((f) => f.id === 'weak-group-link:groep 3-4|groep 5-6')!;
    const after = tiesBetween(second, 'groep 3-4', 'groep 5-6');
    expect(after).toBe(12);
    const goal = newGoal(weak, first, 'wave-1', 'g1');
    expect(checkGoal({ ...goal, target: after }, waves)).toEqual({ state: 'met', wave: 'wave-2', value: after, target: after });
    const notYet = checkGoal({ ...goal, target: after + 5 }, waves);
    expect(notYet).toEqual({ state: 'not-yet', wave: 'wave-2', value: after, target: after + 5 });
    const said = statusText(notYet, () => 'meting 2');
    expect(translateKey('nl', said.key, said.params)).toBe(`Nog niet in meting 2: ${after} van ${after + 5}`);
    // Before the next survey: waiting; a later wave not yet analysed does not count.
    expect(checkGoal(goal, [waves[0]!])).toEqual({ state: 'waiting' });
    expect(checkGoal(goal, [waves[0]!, { id: 'wave-2', result: null }])).toEqual({ state: 'waiting' });
  });

  it('measures people across waves, through the confirmed same-person pairs', () => {
    const reach = finding('limited-reach');
    const measure = measureFor(reach)!;
    expect(measure.kind).toBe('groups-reached');
    const person = reach.people[0]!;
    const node = first.analysis.nodes.find((n) => n.id === person)!;
    const counted = measure.kind === 'groups-reached' ? measure.groups.filter((g) => node.groupsReached.includes(g)).length : -1;
    expect(measureValue(measure, first)).toBe(counted);
    const oneSided = finding('one-sided');
    const named = measureFor(oneSided)!;
    expect(named).toEqual({ kind: 'named-by', person: oneSided.people[0] });
    expect(measureValue(named, first)).toBe(first.analysis.nodes.find((n) => n.id === oneSided.people[0])!.inDegree);
    // Someone who is not in the later wave (under that id) cannot be measured there …
    const gone = { ...newGoal(oneSided, first, 'wave-1', 'g2'), measure: { kind: 'named-by' as const, person: 'nobody' }, target: 3 };
    expect(checkGoal(gone, waves)).toEqual({ state: 'unknown', wave: 'wave-2' });
    // … unless the user confirmed that a later id is the same person.
    const laterId = second.analysis.nodes[0]!.id;
    expect(checkGoal(gone, waves, { [laterId]: 'nobody' }).state).not.toBe('unknown');
  });

  it('keeps goals in words only, which Talkmap does not count', () => {
    const subgroup = first.findings.findings.find((f) => measureFor(f) === null);
    if (!subgroup) return;
    const goal = { ...newGoal(subgroup, first, 'wave-1', 'g3'), note: 'Samen lessen voorbereiden' };
    expect(goal.measure).toBeNull();
    expect(checkGoal(goal, waves)).toEqual({ state: 'not-measured' });
    expect(goalText(goal, (id) => id)).toEqual({ key: 'plan.goal.words', params: { note: 'Samen lessen voorbereiden' } });
  });

  it('is saved with the project', () => {
    const weak = first.findings.findings[0]!;
    const goal = { ...newGoal(weak, first, 'wave-1', 'g1'), owner: 'Bouwcoördinatoren', due: '2027-02-01', note: 'Leesteams over de bouwen heen' };
    const text = serializeProject({
      title: 'Test',
      waves: [{ id: 'wave-1', label: '', date: null, request: saveRequest(demoImportRequest()) }],
      activeWave: 'wave-1',
      view: {},
      thresholds: {},
      reconstruct: false,
      notes: '',
      plan: [goal],
    });
    expect(parseProject(text, 'a.talkmap').plan).toEqual([goal]);
    // A damaged goal (a date that is not a date) is refused like any damaged project.
    expect(() => parseProject(text.replace('"2027-02-01"', '"1 februari"').replace(/,\n "crc32": "[0-9a-f]{8}"/, ''), 'a.talkmap')).toThrow();
  });
});
