/**
 * The network map: a Cytoscape canvas with the grouped layout, sized by the chosen
 * metric, highlighting the selected finding or person. Tapping a person selects them;
 * tapping the background clears the selection.
 */
import { useEffect, useRef } from 'react';
import type { Core } from 'cytoscape';
import { actions, useAppState } from '../../state/app-store';
import { useT } from '../../state/use-t';
import { createMap } from './cytoscape-setup';
import { clearHighlight, highlightFinding, highlightPerson } from './highlight';
import { buildMapElements } from './map-elements';
import { Legend } from './Legend';
import { PersonCard } from './PersonCard';

export function NetworkMap() {
  const t = useT();
  const result = useAppState((s) => s.result);
  const sizeBy = useAppState((s) => s.sizeBy);
  const selectedFinding = useAppState((s) => s.selectedFinding);
  const selectedPerson = useAppState((s) => s.selectedPerson);
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const cy = createMap(container.current);
    cy.on('tap', 'node', (event) => actions.selectPerson(event.target.id() as string));
    cy.on('tap', (event) => {
      if (event.target === cy) actions.clearSelection();
    });
    cyRef.current = cy;
    return () => {
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !result) return;
    const elements = buildMapElements(result, sizeBy);
    cy.batch(() => {
      if (cy.nodes().length === result.analysis.nodes.length && cy.getElementById(result.analysis.nodes[0]?.id ?? '').nonempty()) {
        // Same network, new size metric: update sizes, keep positions and zoom.
        for (const el of elements) if (el.group === 'nodes' && el.data.id) cy.getElementById(el.data.id).data('size', el.data.size);
      } else {
        cy.elements().remove();
        cy.add(elements);
        cy.fit(undefined, 36);
      }
    });
    container.current?.setAttribute('data-node-count', String(cy.nodes().length));
    container.current?.setAttribute('data-edge-count', String(cy.edges().length));
  }, [result, sizeBy]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !result) return;
    const finding = result.findings.findings.find((f) => f.id === selectedFinding);
    if (finding) highlightFinding(cy, finding);
    else if (selectedPerson) highlightPerson(cy, selectedPerson);
    else clearHighlight(cy);
    container.current?.setAttribute('data-highlighted', String(cy.nodes('.highlighted').length));
  }, [result, selectedFinding, selectedPerson]);

  return (
    <section className="map-area" aria-label={t('map.title')}>
      <div className="map-toolbar">
        <label>
          {t('map.sizeBy')}{' '}
          <select value={sizeBy} onChange={(e) => actions.setSizeBy(e.target.value as typeof sizeBy)} data-testid="size-by">
            <option value="inDegree">{t('metric.inDegree')}</option>
            <option value="outDegree">{t('metric.outDegree')}</option>
            <option value="betweenness">{t('metric.betweenness')}</option>
          </select>
        </label>
      </div>
      <div className="map-stage">
        <div
          ref={container}
          className="map-canvas"
          data-testid="network-map"
          role="img"
          aria-label={result ? t('map.aria', { nodes: result.analysis.network.nodes, arcs: result.analysis.network.arcs }) : t('map.title')}
        />
        {result && selectedPerson && <PersonCard result={result} id={selectedPerson} />}
      </div>
      {result && <Legend result={result} sizeBy={sizeBy} />}
    </section>
  );
}
