// The app state's rules, without a browser: a newly opened network replaces the project as
// a whole (nothing of the previous one carried over) and can be undone; the network on
// screen is the active wave's; the selection is one value (choosing a person clears a
// finding); settings changes keep the old analysis on screen until the new one is there.
import { describe, expect, it } from 'vitest';
import {
  actions,
  activeJob,
  getState,
  selectedBlockOf,
  selectedFindingOf,
  selectedPersonOf,
  settingsKey,
  shownResult,
} from '../../../../renderer/state/app-store';
import { demoImportRequest } from '../../../../shared/demo/demo-school';
import { runAnalysis } from '../../../../shared/pipeline/run-analysis';

const demo = runAnalysis(demoImportRequest());
const job = { kind: 'request' as const, request: demoImportRequest() };

describe('app state', () => {
  it('a new survey replaces the project as a whole, and undo brings the old one back', () => {
    actions.adopt(demo, job);
    actions.setNotes('Leesteams per bouw');
    actions.setCompare({ before: 'wave-1', after: 'wave-1', mode: 'overlay' });
    actions.selectPerson('p01');
    actions.adopt(demo, job);
    const now = getState();
    expect(now.project.notes).toBe('');
    expect(now.project.compare).toBeNull();
    expect(now.project.waves).toHaveLength(1);
    expect(selectedPersonOf(now)).toBeNull();
    expect(now.replaced?.project.notes).toBe('Leesteams per bouw');
    actions.undoReplaced();
    expect(getState().project.notes).toBe('Leesteams per bouw');
    expect(getState().replaced).toBeNull();
  });

  it('the network on screen and its job are the active wave’s', () => {
    actions.adopt(demo, job);
    expect(shownResult(getState())).toBe(demo);
    expect(activeJob(getState())).toBe(job);
    const later = runAnalysis(demoImportRequest());
    actions.addWave(later, job, '2027-03-15');
    expect(getState().project.activeWave).toBe('wave-2');
    expect(shownResult(getState())).toBe(later);
    expect(getState().project.compare).toEqual({ before: 'wave-1', after: 'wave-2', mode: 'overlay' });
    expect(getState().project.waves.every((w) => w.analysedWith === settingsKey(getState()))).toBe(true);
  });

  it('has one selection: a person, a finding or a pair of groups, never two at once', () => {
    actions.adopt(demo, job);
    actions.selectFinding('f1');
    expect(selectedFindingOf(getState())).toBe('f1');
    actions.selectPerson('p02');
    expect(selectedFindingOf(getState())).toBeNull();
    expect(selectedPersonOf(getState())).toBe('p02');
    actions.selectBlock({ from: 'groep 3-4', to: 'groep 5-6' });
    expect(selectedPersonOf(getState())).toBeNull();
    expect(selectedBlockOf(getState())).toMatchObject({ from: 'groep 3-4', to: 'groep 5-6' });
    actions.selectFinding('f1');
    actions.selectFinding('f1');
    expect(getState().selection).toEqual({ kind: 'none' });
  });
});
