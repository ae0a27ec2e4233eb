/**
 * The waves tab: the project's survey waves (shown, renamed, dated, removed), adding the
 * next wave, the project's notes, and the choice of two waves to compare — the comparison
 * itself, in figures, is ComparisonView (on the map: features/compare).
 */
import { useEffect } from 'react';
import { actions, shownResult, useAppState, type CompareChoice, type WaveEntry } from '../../state/app-store';
import { PlanList } from '../plan/PlanList';
import { useT } from '../../state/use-t';
import { addDemoWave, addWaveFromFiles } from '../../state/wave-actions';
import { waveName } from './wave-name';
import { ComparisonView } from './ComparisonView';

export function WavesPanel() {
  const t = useT();
  const locale = useAppState((s) => s.locale);
  const waves = useAppState((s) => s.project.waves);
  const activeWave = useAppState((s) => s.project.activeWave);
  const compare = useAppState((s) => s.project.compare);
  const isDemo = useAppState((s) => s.project.isDemo);
  const notes = useAppState((s) => s.project.notes);
  const result = useAppState(shownResult);
  const before = waves.find((w) => w.id === compare?.before);
  const after = waves.find((w) => w.id === compare?.after);

  useEffect(() => {
    if (compare && (!before?.result || !after?.result)) void actions.analyseWaves([compare.before, compare.after]);
  }, [compare, before?.result, after?.result]);

  const choose = (patch: Partial<CompareChoice>) => {
    const base: CompareChoice = compare ?? { before: waves.at(-2)?.id ?? '', after: waves.at(-1)?.id ?? '', mode: 'overlay' };
    actions.setCompare({ ...base, ...patch });
  };

  return (
    <div className="waves-panel" data-testid="waves-panel">
      <p className="muted">{t('waves.intro')}</p>
      <ol className="wave-list">
        {waves.map((w, i) => (
          <li key={w.id} className={w.id === activeWave ? 'active' : ''} data-testid="wave-item">
            <input
              type="text"
              value={w.label}
              placeholder={t('wave.n', { n: i + 1 })}
              aria-label={t('wave.label')}
              onChange={(e) => actions.updateWave(w.id, { label: e.target.value })}
            />
            <input type="date" value={w.date ?? ''} aria-label={t('wave.date')} onChange={(e) => actions.updateWave(w.id, { date: e.target.value || null })} />
            {w.id === activeWave && !compare ? (
              <span className="muted">{t('wave.shown')}</span>
            ) : (
              <button type="button" onClick={() => void actions.showWave(w.id).then(() => actions.setCompare(null))} data-testid={`wave-show-${i + 1}`}>
                {t('wave.show')}
              </button>
            )}
            {waves.length > 1 && (
              <button
                type="button"
                className="link-button"
                onClick={() => void actions.removeWave(w.id)}
                aria-label={t('wave.remove', { name: waveName(locale, waves, w.id) })}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ol>
      <div className="wave-actions">
        <button type="button" onClick={() => void addWaveFromFiles()} data-testid="wave-add">
          {t('wave.addFiles')}
        </button>
        {isDemo && waves.length === 1 && (
          <button type="button" onClick={() => void addDemoWave()} data-testid="wave-add-demo">
            {t('wave.addDemo')}
          </button>
        )}
      </div>
      <label className="project-notes">
        {t('waves.notes')}
        <textarea value={notes} rows={3} placeholder={t('waves.notesHint')} onChange={(e) => actions.setNotes(e.target.value)} data-testid="project-notes" />
      </label>
      <section className="plan" data-testid="plan">
        <h3>{t('plan.title')}</h3>
        <p className="muted">{t('plan.intro')}</p>
        <PlanList result={result} />
      </section>
      {waves.length > 1 && (
        <section className="compare-choice">
          <h3>{t('compare.heading')}</h3>
          <div className="compare-selects">
            <WaveSelect
              label={t('compare.before')}
              waves={waves}
              value={compare?.before ?? waves.at(-2)?.id ?? ''}
              onChange={(before) => choose({ before })}
              testId="compare-before"
            />
            <WaveSelect
              label={t('compare.after')}
              waves={waves}
              value={compare?.after ?? waves.at(-1)?.id ?? ''}
              onChange={(after) => choose({ after })}
              testId="compare-after"
            />
            {!compare && (
              <button type="button" className="primary" onClick={() => choose({})} data-testid="compare-start">
                {t('compare.start')}
              </button>
            )}
          </div>
          {compare && compare.before === compare.after && <p className="notice">{t('compare.same')}</p>}
          {compare && compare.before !== compare.after && before?.result && after?.result && (
            <ComparisonView before={before.result} after={after.result} locale={locale} />
          )}
          {compare && (!before?.result || !after?.result) && <p className="muted">{t('app.loading')}</p>}
        </section>
      )}
    </div>
  );
}

function WaveSelect({
  label,
  waves,
  value,
  onChange,
  testId,
}: {
  label: string;
  waves: WaveEntry[];
  value: string;
  onChange: (id: string) => void;
  testId: string;
}) {
  const locale = useAppState((s) => s.locale);
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        {waves.map((w) => (
          <option key={w.id} value={w.id}>
            {waveName(locale, waves, w.id)}
          </option>
        ))}
      </select>
    </label>
  );
}
