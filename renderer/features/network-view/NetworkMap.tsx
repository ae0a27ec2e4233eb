/**
 * The network map: a Cytoscape canvas in the chosen layout, sized and coloured by the view
 * settings, filtered, and highlighting the selected finding, person or group pair. Tapping
 * a person selects them, hovering shows their key figures, dragging moves them (undoable).
 */
import { useEffect, useRef, useState } from 'react';
import type { Core } from 'cytoscape';
import { formatNumber } from '../../../shared/i18n/translate';
import { actions, getState, useAppState } from '../../state/app-store';
import { useT } from '../../state/use-t';
import { useNames } from '../../state/use-names';
import { applyLayout } from './apply-layout';
import { createMap, tuneForSize } from './cytoscape-setup';
import { setCurrentMap } from './map-registry';
import { meetingSteps } from '../meeting/meeting-steps';
import { clearHighlight, highlightBlock, highlightFinding, highlightPerson } from './highlight';
import { buildMapElements } from './map-elements';
import { visibleElements } from './map-filter';
import { Legend } from './Legend';
import { MapToolbar } from './MapToolbar';
import { PersonCard } from './PersonCard';

interface Hover {
  id: string;
  x: number;
  y: number;
}

export function NetworkMap() {
  const t = useT();
  const locale = useAppState((s) => s.locale);
  const result = useAppState((s) => s.result);
  const view = useAppState((s) => s.view);
  const selectedFinding = useAppState((s) => s.selectedFinding);
  const selectedPerson = useAppState((s) => s.selectedPerson);
  const selectedBlock = useAppState((s) => s.selectedBlock);
  const meeting = useAppState((s) => s.meeting);
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  const names = useNames(result);

  useEffect(() => {
    if (!container.current) return;
    const cy = createMap(container.current);
    cy.on('tap', 'node', (event) => actions.selectPerson(event.target.id() as string));
    cy.on('tap', (event) => {
      if (event.target === cy) actions.clearSelection();
    });
    cy.on('mouseover', 'node', (event) => {
      const p = event.target.renderedPosition() as { x: number; y: number };
      setHover({ id: event.target.id() as string, x: p.x, y: p.y });
    });
    cy.on('mouseout', 'node', () => setHover(null));
    cy.on('dragfree', 'node', () => {
      const { view: current } = getState();
      const positions: Record<string, { x: number; y: number }> = {};
      cy.nodes().forEach((n) => {
        positions[n.id()] = { ...n.position() };
      });
      actions.setView({ positions: { ...current.positions, [current.layout]: positions } });
    });
    cyRef.current = cy;
    setCurrentMap(cy);
    // The canvas must follow its container (toolbar and legend appear, the window resizes);
    // refit so nobody ends up outside the visible map.
    const observer = new ResizeObserver(() => {
      cy.resize();
      cy.fit(undefined, 36);
    });
    observer.observe(container.current);
    return () => {
      observer.disconnect();
      setCurrentMap(null);
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  // A new network: new elements.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !result) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(buildMapElements(result, getState().view));
      tuneForSize(cy, result.analysis.nodes.length);
    });
    container.current?.setAttribute('data-node-count', String(cy.nodes().length));
    container.current?.setAttribute('data-edge-count', String(cy.edges().length));
  }, [result]);

  // Names or aliases on the labels.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !result) return;
    cy.batch(() => cy.nodes().forEach((n) => {
      n.data('label', names.nameOf(n.id()));
    }));
  }, [result, names]);

  // Size and colour: update data in place.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !result) return;
    const elements = buildMapElements(result, view);
    cy.batch(() => {
      for (const el of elements) if (el.group === 'nodes' && el.data.id) cy.getElementById(el.data.id).data({ size: el.data.size, colour: el.data.colour });
    });
  }, [result, view.sizeBy, view.colourBy]);

  // Layout and dragged positions.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !result) return;
    applyLayout(cy, result, view);
    cy.fit(undefined, 36);
    container.current?.setAttribute('data-layout', view.layout);
  }, [result, view.layout, view.positions, view.layout === 'concentric' ? view.sizeBy : null]);

  // Filters and emphasis.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !result) return;
    const visible = visibleElements(result, view);
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        n.toggleClass('filtered', !visible.nodes.has(n.id()));
      });
      cy.edges().forEach((e) => {
        e.toggleClass('filtered', !visible.edges.has(e.id()));
        e.toggleClass('emphasise', view.emphasiseBetween);
      });
    });
    container.current?.setAttribute('data-visible-nodes', String(visible.nodes.size));
    container.current?.setAttribute('data-visible-edges', String(visible.edges.size));
  }, [result, view.hiddenGroups, view.hiddenRoles, view.minWeight, view.mutualOnly, view.betweenOnly, view.emphasiseBetween]);

  // Meeting mode: large labels and the reveal steps (groups → ties within → ties between → findings).
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !result) return;
    const step = meeting === null ? null : meetingSteps(result)[meeting];
    cy.batch(() => {
      cy.nodes().toggleClass('meeting', meeting !== null);
      cy.edges().forEach((e) => {
        const hidden = step?.kind === 'groups' || (step?.kind === 'within' && e.hasClass('between'));
        e.toggleClass('meeting-hidden', hidden);
        e.toggleClass('emphasise', step?.kind === 'between' || (step === null && getState().view.emphasiseBetween));
      });
    });
    // Label textures are cached at their old size; recompute them for the new font.
    cy.style().update();
    cy.resize();
    cy.fit(undefined, 36);
  }, [result, meeting]);

  // Highlight: a finding, a person (ego network) or a pair of groups.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !result) return;
    const step = meeting === null ? null : meetingSteps(result)[meeting];
    const finding = result.findings.findings.find((f) => f.id === (step?.kind === 'finding' ? step.id : selectedFinding));
    const groupOf = new Map(result.analysis.nodes.map((n) => [n.id, n.group]));
    if (finding) highlightFinding(cy, finding);
    else if (selectedPerson) highlightPerson(cy, selectedPerson);
    else if (selectedBlock) highlightBlock(cy, selectedBlock.from, selectedBlock.to, (id) => groupOf.get(id) ?? null);
    else clearHighlight(cy);
    container.current?.setAttribute('data-highlighted', String(cy.nodes('.highlighted').length));
    container.current?.setAttribute('data-highlighted-edges', String(cy.edges('.highlighted').length));
  }, [result, selectedFinding, selectedPerson, selectedBlock, meeting]);

  const hovered = hover && result ? result.analysis.nodes.find((n) => n.id === hover.id) : null;
  return (
    <section className="map-area" aria-label={t('map.title')}>
      {result && <MapToolbar result={result} />}
      <div className="map-stage">
        <div
          ref={container}
          className="map-canvas"
          data-testid="network-map"
          role="img"
          aria-label={result ? t('map.aria', { nodes: result.analysis.network.nodes, arcs: result.analysis.network.arcs }) : t('map.title')}
        />
        {hovered && hover && (
          <div className="map-tooltip" role="tooltip" data-testid="tooltip" style={{ left: hover.x + 14, top: hover.y + 10 }}>
            <strong>{names.nameOf(hovered.id)}</strong>
            <div className="muted">{[hovered.group, hovered.role].filter(Boolean).join(' · ')}</div>
            <div>
              {t('col.inDegree')}: {hovered.inDegree} · {t('col.outDegree')}: {hovered.outDegree ?? '?'} · {t('col.betweenness')}: {formatNumber(locale, hovered.betweenness, 1)}
            </div>
          </div>
        )}
        {result && selectedPerson && <PersonCard result={result} id={selectedPerson} />}
      </div>
      {result && <Legend result={result} />}
    </section>
  );
}
