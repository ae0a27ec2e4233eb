/**
 * The group map: the network summarised per group — who is connected to whom at the level
 * of the parallel groups, however many people there are.
 */
import { useEffect, useRef } from 'react';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import { actions } from '../../state/app-store';
import { useT } from '../../state/use-t';
import { createMap } from './cytoscape-setup';
import { groupSummaryElements } from './group-summary';
import { setCurrentMap } from './map-registry';

export function GroupMap({ result }: { result: AnalysisResult }) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const cy = createMap(container.current);
    cy.add(groupSummaryElements(result, (group, size, inside) => t('groupMap.node', { group, size, inside })));
    cy.fit(undefined, 40);
    setCurrentMap(cy);
    const observer = new ResizeObserver(() => {
      cy.resize();
      cy.fit(undefined, 40);
    });
    observer.observe(container.current);
    container.current.setAttribute('data-groups', String(cy.nodes().length));
    container.current.setAttribute('data-pairs', String(cy.edges().length));
    return () => {
      observer.disconnect();
      setCurrentMap(null);
      cy.destroy();
    };
  }, [result, t]);
  return (
    <section className="map-area" aria-label={t('groupMap.title')}>
      <div className="map-toolbar" role="toolbar">
        <strong>{t('groupMap.title')}</strong>
        <span className="muted">{t('groupMap.explain')}</span>
        <span className="spacer" />
        <button type="button" onClick={() => actions.setView({ groupMap: false })} data-testid="group-map-close">
          {t('groupMap.close')}
        </button>
      </div>
      <div className="map-stage">
        <div ref={container} className="map-canvas" data-testid="group-map" role="img" aria-label={t('groupMap.title')} />
      </div>
    </section>
  );
}
