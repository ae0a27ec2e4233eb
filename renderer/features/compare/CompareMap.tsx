/**
 * The map of what changed between two waves: one overlay, or the two waves side by side,
 * always on the same positions (the layout runs once on everyone from both waves and the
 * other map copies it). New ties green, lost ties red and dashed, kept ties grey; people
 * who joined get a green ring, people who left are faded with a dashed outline.
 */
import { applyNaming } from '../../map/apply-naming';
import { currentComparedPair, currentMeetingKind } from '../meeting/meeting-steps';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Core } from 'cytoscape';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import { actions, useAppState, type CompareChoice } from '../../state/app-store';
import { useNames } from '../../state/use-names';
import { useT } from '../../state/use-t';
import { applyLayout } from '../network-view/apply-layout';
import { fitMap } from '../../map/create-map';
import { routeMap } from '../../map/route-map';
import { useCytoscapeMap, type LiveMap, type MapSource } from '../../map/use-cytoscape-map';
import { setClass } from '../network-view/highlight';
import { pairKey, splitKey } from '../../../shared/network/pair-key';
import { waveName } from '../waves/wave-name';
import { withEarlierIds } from '../../../shared/waves/compare-waves';
import { buildCompareElements, tieStatuses, unionResult, type CompareSide, type TieStatus } from './compare-elements';

const STATUSES: TieStatus[] = ['new', 'lost', 'kept', 'unanswered'];

export function CompareMap({ before, after, choice }: { before: AnalysisResult; after: AnalysisResult; choice: CompareChoice }) {
  const t = useT();
  const locale = useAppState((s) => s.locale);
  const waves = useAppState((s) => s.project.waves);
  const view = useAppState((s) => s.view);
  const sameAs = useAppState((s) => s.project.sameAs);
  const [chosen, setShown] = useState<Record<TieStatus, boolean>>({ new: true, lost: true, kept: true, unanswered: true });
  // In meeting mode one map, and the slide says which ties: then (kept and lost), now (kept and new), or all.
  const step = useAppState(currentMeetingKind);
  const inMeeting = useAppState((s) => s.meeting !== null);
  const panelHidden = useAppState((s) => s.panelHidden);
  // A slide about one pair of groups: their people and the ties between them stand out.
  const pair = useAppState(currentComparedPair);
  const mode = inMeeting ? 'overlay' : choice.mode;
  const shown = useMemo(
    () =>
      step === 'compare-before'
        ? { new: false, lost: true, kept: true, unanswered: true }
        : step === 'compare-after'
          ? { new: true, lost: false, kept: true, unanswered: true }
          : inMeeting
            ? { new: true, lost: true, kept: true, unanswered: true }
            : chosen,
    [step, inMeeting, chosen],
  );
  const union = useMemo(() => unionResult(before, after, sameAs), [before, after, sameAs]);
  const names = useNames(union);
  // The naming when a map is built (read through a ref: a change of names relabels, it does not rebuild).
  const naming = useRef(names);
  naming.current = names;
  // Ties (one direction each, as in the comparison panel) per kind.
  const counts = useMemo(() => {
    const ties = tieStatuses(before, withEarlierIds(after, sameAs));
    return Object.fromEntries(STATUSES.map((s) => [s, ties.filter((x) => x.status === s).length])) as Record<TieStatus, number>;
  }, [before, after, sameAs]);
  const first = useRef<HTMLDivElement>(null);
  const second = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);

  // One map (overlay) or two (side by side), each from map/use-cytoscape-map.ts; laid out
  // once on everyone from both waves, the other map copying the positions.
  const sources = useMemo(() => {
    const sides: CompareSide[] = mode === 'side' ? ['before', 'after'] : ['overlay'];
    const people = union.analysis.nodes.length;
    return sides.map((side): MapSource => ({
      people,
      ties: union.network.ties.length,
      build: () => buildCompareElements({ before, after, sameAs }, side, view.sizeBy, naming.current.nameOf, naming.current.kindOf),
      fit: (cy) => fitMap(cy, 30),
    }));
  }, [before, after, sameAs, union, mode, view]);
  const onCreate = (cy: Core): void => {
    cy.on('tap', 'node', (event) => actions.selectPerson(event.target.id() as string));
    stage.current?.setAttribute('data-loading', 'true');
  };
  const side = sources.length === 2;
  const firstMap = useCytoscapeMap(first, sources[0] ?? null, { onCreate, register: !side });
  const secondMap = useCytoscapeMap(second, side ? (sources[1] ?? null) : null, { onCreate });
  const [laidOut, setLaidOut] = useState<Core[]>([]);
  const maps = useMemo(() => laidOut.filter((cy) => !cy.destroyed()), [laidOut]);
  useEffect(() => {
    const filled = side ? [firstMap, secondMap] : [firstMap];
    if (filled.some((m) => m === null)) return;
    const live = filled as LiveMap[];
    const main = live.at(-1) as LiveMap;
    let alive = true;
    void (async () => {
      if (!(await applyLayout(main.cy, union, view, main.owner, () => alive))) return;
      const positions = new Map(main.cy.nodes().map((n) => [n.id(), { ...n.position() }]));
      for (const { cy, owner } of live) {
        if (cy !== main.cy) {
          cy.batch(() =>
            cy.nodes().forEach((n) => {
              const p = positions.get(n.id());
              if (p) n.position(p);
            }),
          );
          await routeMap(cy, owner);
          if (!alive) return;
        }
        fitMap(cy, 30);
      }
      stage.current?.removeAttribute('data-loading');
      setLaidOut(live.map((m) => m.cy));
    })();
    return () => {
      alive = false;
    };
  }, [firstMap, secondMap, side, union, view]);

  useEffect(() => {
    for (const cy of [firstMap?.cy, secondMap?.cy]) if (cy) applyNaming(cy, names);
  }, [names, firstMap, secondMap]);

  useEffect(() => {
    for (const cy of maps)
      cy.batch(() => {
        for (const s of STATUSES) cy.edges(`.tie-${s}`).forEach((e) => setClass(e, 'filtered', !shown[s]));
        // Then / now: a not-comparable tie only on the map of the wave it is from.
        if (step === 'compare-before' || step === 'compare-after') {
          const wave = step === 'compare-before' ? 'before' : 'after';
          cy.edges('.tie-unanswered').forEach((e) => setClass(e, 'filtered', e.data('wave') !== wave));
        }
      });
  }, [shown, maps, step]);

  useEffect(() => {
    const groupOf = new Map(union.analysis.nodes.map((n) => [n.id, n.group ?? '']));
    const [a, b] = pair === null ? [] : splitKey(pair);
    for (const cy of maps)
      cy.batch(() => {
        cy.nodes().forEach((n) => setClass(n, 'pair-faded', pair !== null && groupOf.get(n.id()) !== a && groupOf.get(n.id()) !== b));
        cy.edges().forEach((e) => {
          const between = pairKey(groupOf.get(e.source().id()) ?? '', groupOf.get(e.target().id()) ?? '') === pair;
          setClass(e, 'pair-faded', pair !== null && !between);
        });
      });
    stage.current?.setAttribute('data-pair-ties', String(pair === null ? 0 : (maps[0]?.edges().not('.pair-faded').not('.filtered').length ?? 0)));
  }, [pair, maps, union]);

  const title = (id: string) => waveName(locale, waves, id);
  return (
    <section className="map-area compare-area" aria-label={t('compare.title', { before: title(choice.before), after: title(choice.after) })}>
      <div className="map-toolbar compare-toolbar" data-testid="compare-toolbar">
        <strong>{t('compare.title', { before: title(choice.before), after: title(choice.after) })}</strong>
        <div className="segmented" role="group" aria-label={t('compare.mode')}>
          {(['overlay', 'side'] as const).map((mode) => (
            <button
              key={mode}
              type="button"
              aria-pressed={choice.mode === mode}
              className={choice.mode === mode ? 'active' : ''}
              onClick={() => actions.setCompare({ ...choice, mode })}
              data-testid={`compare-mode-${mode}`}
            >
              {t(`compare.mode.${mode}`)}
            </button>
          ))}
        </div>
        {STATUSES.filter((s) => s !== 'unanswered' || counts.unanswered > 0).map((s) => (
          <label key={s} className={`tie-toggle tie-toggle-${s}`}>
            <input type="checkbox" checked={chosen[s]} onChange={(e) => setShown({ ...chosen, [s]: e.target.checked })} data-testid={`compare-show-${s}`} />
            <span className="swatch" aria-hidden="true" /> {t(`compare.ties.${s}`, { n: counts[s] })}
          </label>
        ))}
        {choice.mode === 'side' && (
          <button type="button" onClick={() => actions.setPanelHidden(!panelHidden)} aria-pressed={!panelHidden} data-testid="compare-panel">
            {t(panelHidden ? 'compare.panel.show' : 'compare.panel.hide')}
          </button>
        )}
        <button type="button" onClick={() => actions.setCompare(null)} data-testid="compare-close">
          {t('compare.close')}
        </button>
      </div>
      <div
        ref={stage}
        className={`map-stage compare-stage ${mode}`}
        data-meeting-step={step ?? ''}
        data-shown={STATUSES.filter((x) => shown[x]).join(' ')}
        data-testid="compare-map"
        data-new={counts.new}
        data-lost={counts.lost}
        data-kept={counts.kept}
        data-unanswered={counts.unanswered}
        data-nodes={union.analysis.nodes.length}
      >
        <div className="compare-pane">
          {mode === 'side' && <div className="pane-title">{title(choice.before)}</div>}
          <div className="map-canvas" role="img" aria-label={mode === 'side' ? title(choice.before) : t('compare.overlay')}>
            <div ref={first} className="map-cy" />
          </div>
        </div>
        {mode === 'side' && (
          <div className="compare-pane">
            <div className="pane-title">{title(choice.after)}</div>
            <div className="map-canvas" role="img" aria-label={title(choice.after)}>
              <div ref={second} className="map-cy" />
            </div>
          </div>
        )}
      </div>
      <aside className="legend compare-legend" aria-label={t('legend.title')}>
        <span className="legend-item tie-new">{t('compare.legend.new')}</span>
        <span className="legend-item tie-lost">{t('compare.legend.lost')}</span>
        <span className="legend-item tie-kept">{t('compare.legend.kept')}</span>
        {counts.unanswered > 0 && <span className="legend-item tie-unanswered">{t('compare.legend.unanswered')}</span>}
        <span className="legend-item person-joined">{t('compare.legend.joined')}</span>
        <span className="legend-item person-left">{t('compare.legend.left')}</span>
        {pair !== null && (
          <span className="legend-item pair-legend" data-testid="compare-pair-legend">
            {t('compare.legend.pair', { a: splitKey(pair)[0], b: splitKey(pair)[1] })}
          </span>
        )}
      </aside>
    </section>
  );
}
