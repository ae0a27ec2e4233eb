/**
 * The group map: the network summarised per group — who is connected to whom at the level
 * of the parallel groups, however many people there are. Large networks open here when
 * drawing every person would be slow on this computer (`chosen` false); one click shows
 * all people.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import { actions, useAppState, selectedBlockOf, selectedFindingOf } from '../../state/app-store';
import { useT } from '../../state/use-t';
import { fitToPositions, nextTask } from '../../map/fill-map';
import { routeMap } from '../../map/route-map';
import { useCytoscapeMap, type MapSource } from '../../map/use-cytoscape-map';
import { groupSummary, type GroupSummary, type SummaryBy } from './group-summary';
import { clearHighlight, groupsSelected, highlightGroups } from './highlight';

export function GroupMap({ result, chosen, by }: { result: AnalysisResult; chosen: boolean; by: SummaryBy }) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const people = result.analysis.nodes.length;
  // The summary is worked out in a task of its own, after the page has shown the new
  // network: for a large log's communities it means going through every tie.
  const [computed, setComputed] = useState<{ of: AnalysisResult; by: SummaryBy; t: typeof t; summary: GroupSummary } | null>(null);
  useEffect(() => {
    let live = true;
    void nextTask().then(() => {
      if (live)
        setComputed({
          of: result,
          by,
          t,
          summary: groupSummary(
            result,
            { node: (group, size, inside) => t('groupMap.node', { group, size, inside }), gap: () => t('groupMap.gap') },
            { by, communityName: (n) => t('groupMap.community', { n }) },
          ),
        });
    });
    return () => {
      live = false;
    };
  }, [result, t, by]);
  const summary = computed && computed.of === result && computed.by === by && computed.t === t ? computed.summary : null;
  const selectedBlock = useAppState(selectedBlockOf);
  const selectedFinding = useAppState(selectedFindingOf);
  // Many groups: cached drawing, and fitted by positions (measuring thousands of labels takes long).
  const source = useMemo<MapSource | null>(() => {
    if (!summary) return null;
    const nodes = summary.elements.filter((e) => e.group === 'nodes').length;
    return {
      build: () => summary.elements,
      people: nodes,
      ties: summary.elements.length - nodes,
      large: summary.many,
      fit: (cy) => (summary.many ? fitToPositions(cy, 40) : void cy.fit(undefined, 40)),
    };
  }, [summary]);
  const live = useCytoscapeMap(container, source, { onCreate: () => frame.current?.removeAttribute('data-groups') });
  const [routed, setRouted] = useState<typeof live>(null);
  // Lines between groups that are not neighbours in the row are bent around the groups between them.
  useEffect(() => {
    if (!live) return;
    let current = true;
    void routeMap(live.cy, live.owner).then(() => {
      if (!current || live.cy.destroyed()) return;
      live.source.fit?.(live.cy);
      frame.current?.setAttribute('data-groups', String(live.cy.nodes().length));
      frame.current?.setAttribute('data-pairs', String(live.cy.edges('[arcs > 0]').length));
      frame.current?.setAttribute('data-gaps', String(live.cy.edges('.group-gap').length));
      setRouted(live);
    });
    return () => {
      current = false;
    };
  }, [live]);
  const map = routed && routed === live ? routed.cy : null;
  // A pair of groups chosen in the Network tab, or a finding: its groups and the lines between them.
  useEffect(() => {
    if (!map || map.destroyed()) return;
    const lit = by === 'group' ? groupsSelected(result, selectedBlock, selectedFinding) : null;
    if (!lit || lit.groups.length === 0) return clearHighlight(map);
    highlightGroups(map, lit);
  }, [map, result, selectedBlock, selectedFinding, by]);

  return (
    <section className="map-area" aria-label={t('groupMap.title')}>
      <div className="map-toolbar" role="toolbar">
        <strong>{t('groupMap.title')}</strong>
        <span className="muted">{t(by === 'group' ? 'groupMap.explain' : 'groupMap.explainCommunities')}</span>
        <span className="spacer" />
        <button type="button" onClick={() => actions.setView({ groupMap: false })} data-testid="group-map-close">
          {chosen ? t('groupMap.close') : t('groupMap.showPeople', { count: people })}
        </button>
      </div>
      {summary && (!chosen || summary.shownPairs < summary.pairs) && (
        <p className="map-note" role="note" data-testid="group-map-note">
          {[
            !chosen ? t(by === 'group' ? 'groupMap.auto' : 'groupMap.autoCommunities', { count: people }) : '',
            summary.shownPairs < summary.pairs
              ? t(by === 'group' ? 'groupMap.strongest' : 'groupMap.strongestCommunities', { shown: summary.shownPairs, pairs: summary.pairs })
              : '',
          ]
            .filter(Boolean)
            .join(' ')}
        </p>
      )}
      <div className="map-stage">
        <div ref={frame} className="map-canvas" data-testid="group-map" role="img" aria-label={t('groupMap.title')}>
          <div ref={container} className="map-cy" />
        </div>
      </div>
    </section>
  );
}
