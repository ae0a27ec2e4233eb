/**
 * The network map: a Cytoscape canvas in the chosen layout, sized and coloured by the view
 * settings, filtered, and highlighting the selected finding, person or group pair. Tapping
 * a person selects them, hovering shows their key figures, dragging moves them (undoable).
 */
import { applyNaming } from '../../map/apply-naming';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Core, ElementDefinition } from 'cytoscape';
import { actions, getState, useAppState, shownResult, selectedBlockOf, selectedPersonOf, selectedFindingOf } from '../../state/app-store';
import { useT } from '../../state/use-t';
import { useNames } from '../../state/use-names';
import { applyLayout } from './apply-layout';
import { fitMap } from '../../map/create-map';
import { drawingMode, drawsTiesOnDemand, highlightsUnderVeil, isLargeMap } from '../../map/drawing-mode';
import { useCytoscapeMap, type MapSource } from '../../map/use-cytoscape-map';
import type { AnalysisResult } from '../../../shared/pipeline/run-analysis';
import { meetingSteps } from '../meeting/meeting-steps';
import { highlightCounts, litBlock, litFinding, litPerson, setClass, showHighlight } from './highlight';
import { attachVeil, veilHit } from '../../map/veil';
import { buildMapElements, tieElementsFor } from './map-elements';
import { routeMap } from '../../map/route-map';
import { arcKey } from '../../../shared/network/pair-key';
import { isFiltering, visibleElements } from './map-filter';
import { keyboardOrder, mapKeyAction } from './map-keyboard';
import { ContinuityGaps } from './ContinuityGaps';
import { hasGrades } from './continuity-gaps';
import { Legend, type Emphasis } from './Legend';
import { frameBeside } from '../../map/frame-beside';
import { bringIntoView } from '../../map/bring-into-view';
import { bridgeLevels } from '../../../shared/present/bridge-level';
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
  const result = useAppState(shownResult);
  const view = useAppState((s) => s.view);
  const selectedFinding = useAppState(selectedFindingOf);
  const selectedPerson = useAppState(selectedPersonOf);
  const selectedBlock = useAppState(selectedBlockOf);
  const meeting = useAppState((s) => s.meeting);
  const deck = useAppState((s) => s.project.deck);
  // Cytoscape's own element, and the frame around it that carries the data-* attributes.
  const container = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  // Where the veil of a map of thousands of people is drawn while something is highlighted (map/veil.ts).
  const veilHost = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  const [arranging, setArranging] = useState(false);
  // The layout the map shows once placed and routed (the continuity view adds its gap markers then).
  const [placed, setPlaced] = useState<string | null>(null);
  // A large map being filled and drawn: said so, it takes a moment.
  const [drawing, setDrawing] = useState(false);
  const names = useNames(result);
  const previousMeeting = useRef<number | null>(null);
  // The size and colour settings the map's elements were built with (no second pass for them).
  const builtWith = useRef<{ sizeBy: string; colourBy: string | null } | null>(null);
  // Whether the map's elements carry filter or emphasis classes (a fresh map: no).
  const filtersOn = useRef({ filtering: false, emphasise: false });
  // Moves the selected person's own network out from under their card (set while a card is open).
  const keepClear = useRef<((cy: Core) => void) | null>(null);

  // A new network: a fresh map (map/use-cytoscape-map.ts), filled in slices so the page
  // keeps answering while thousands of people are added.
  const source = useMemo<MapSource | null>(() => {
    if (!result) return null;
    return {
      people: result.analysis.nodes.length,
      ties: result.network.ties.length,
      build: () => {
        const { view: startView } = getState();
        builtWith.current = { sizeBy: startView.sizeBy, colourBy: startView.colourBy };
        return buildMapElements(result, startView);
      },
      // A refit (the legend or a panel changed the map's size) keeps an open card's person in view.
      fit: (cy) => {
        fitMap(cy, 36);
        keepClear.current?.(cy);
      },
    };
  }, [result]);
  const ready = useCytoscapeMap(container, source, {
    onCreate: (cy) => {
      cy.on('tap', (event) => {
        // A person drawn on a highlight's veil is chosen by their disc there (map/veil.ts).
        const onVeil = veilHit(cy, event.renderedPosition);
        if (onVeil) actions.selectPerson(onVeil);
        else if (event.target === cy) actions.clearSelection();
        else if (event.target.isNode()) actions.selectPerson(event.target.id() as string);
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
      const element = frame.current;
      const people = source?.people ?? 0;
      element?.setAttribute('data-drawing', drawingMode(people, source?.ties ?? 0));
      element?.setAttribute('data-loading', 'true');
      element?.removeAttribute('data-node-count');
      element?.removeAttribute('data-layout');
      setDrawing(isLargeMap(people, source?.ties ?? 0));
      filtersOn.current = { filtering: false, emphasise: false };
      previousMeeting.current = null;
    },
    onFilled: ({ cy }) => {
      // A map of thousands of people gets its veil now, ready for the first highlight.
      if (source && highlightsUnderVeil(source.people, source.ties) && veilHost.current) attachVeil(cy, veilHost.current);
      // The message stays up until the first drawing of the whole map is on screen.
      cy.one('render', () => setDrawing(false));
      frame.current?.removeAttribute('data-loading');
    },
  });
  useEffect(() => () => setDrawing(false), [result]);
  // The network the filled map shows (null while a new map is being filled).
  const shown = ready ? result : null;
  // The legend says what the red ties are while something is picked out (a meeting's finding too).
  const emphasis = useMemo((): Emphasis => {
    const step = meeting === null || !result ? null : meetingSteps(result, deck)[meeting];
    const findingId = step ? (step.kind === 'finding' ? step.id : null) : selectedFinding;
    const finding = findingId === null ? undefined : result?.findings.findings.find((f) => f.id === findingId);
    if (finding) return finding.ties.length > 0 ? 'finding' : null;
    if (step) return null;
    return selectedPerson ? 'person' : selectedBlock ? 'block' : null;
  }, [result, meeting, deck, selectedFinding, selectedPerson, selectedBlock]);

  // Once filled: how many people and ties are drawn (tests and the benchmark wait for this).
  useEffect(() => {
    if (!ready) return;
    frame.current?.setAttribute('data-node-count', String(ready.nodes));
    frame.current?.setAttribute('data-edge-count', String(ready.edges));
  }, [ready]);

  // Names or aliases on the labels, and the shapes of the roles as shown — folded roles and the
  // "me" view give no one away by shape (only those that change: each change restyles a node).
  useEffect(() => {
    if (ready) applyNaming(ready.cy, names);
  }, [ready, names]);

  // Size and colour: update data in place, where it changed.
  useEffect(() => {
    if (!ready) return;
    const built = builtWith.current;
    if (!shown || (built && built.sizeBy === view.sizeBy && built.colourBy === view.colourBy)) return;
    builtWith.current = { sizeBy: view.sizeBy, colourBy: view.colourBy };
    const { cy } = ready;
    const elements = buildMapElements(shown, view);
    cy.batch(() => {
      for (const el of elements) {
        if (el.group !== 'nodes' || !el.data.id) continue;
        const node = cy.getElementById(el.data.id);
        if (node.data('size') !== el.data.size || node.data('colour') !== el.data.colour)
          node.data({ size: el.data.size, colour: el.data.colour, outline: el.data.outline });
      }
    });
    // (Only the parts of the view it uses: other view changes must not rebuild sizes and colours.)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, shown, view.sizeBy, view.colourBy]);

  // Layout and dragged positions (the force layout is computed in the worker meanwhile).
  useEffect(() => {
    let current = true;
    const element = frame.current;
    if (!ready || !shown) return;
    const { layout } = view;
    // (Force layouts and tie routing are computed in the map worker: a moment for dense maps.)
    setArranging(layout === 'force');
    setPlaced(null);
    frame.current?.removeAttribute('data-layout');
    void applyLayout(ready.cy, shown, view, ready.owner, () => current).then((placed) => {
      if (!placed || !current) return;
      setArranging(false);
      ready.cy.batch(() => ready.cy.edges().forEach((e) => setClass(e, 'continuity', layout === 'continuity' && hasGrades(shown))));
      // (The continuity view's gap markers stand below the row: room for them.)
      fitMap(ready.cy, layout === 'continuity' ? 70 : 36);
      element?.setAttribute('data-layout', layout);
      setPlaced(layout);
    });
    return () => {
      current = false;
      setArranging(false);
    };
    // (Only the parts of the view it uses — a filter change must not re-run the layout; the
    // size measure only matters to the concentric layout.)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, shown, view.layout, view.positions, view.layout === 'concentric' ? view.sizeBy : null]);

  // Filters and emphasis. A fresh map has neither, so with no filter on (the usual case)
  // the thousands of elements are not visited at all.
  useEffect(() => {
    if (!ready) return;
    const { cy } = ready;
    const filtering = isFiltering(view);
    const was = filtersOn.current;
    let shownNodes = ready.nodes;
    let shownEdges = ready.edges;
    if (filtering || was.filtering || view.emphasiseBetween !== was.emphasise) {
      const visible = visibleElements(shown as AnalysisResult, view);
      cy.batch(() => {
        cy.nodes().forEach((n) => {
          setClass(n, 'filtered', !visible.nodes.has(n.id()));
        });
        cy.edges().forEach((e) => {
          setClass(e, 'filtered', !visible.edges.has(e.id()));
          setClass(e, 'emphasise', view.emphasiseBetween);
        });
      });
      shownNodes = visible.nodes.size;
      shownEdges = visible.edges.size;
    }
    filtersOn.current = { filtering, emphasise: view.emphasiseBetween };
    frame.current?.setAttribute('data-visible-nodes', String(shownNodes));
    frame.current?.setAttribute('data-visible-edges', String(shownEdges));
    // (Only the filter parts of the view.)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, shown, view.hiddenGroups, view.hiddenRoles, view.minWeight, view.mutualOnly, view.betweenOnly, view.emphasiseBetween]);

  // Meeting mode: large labels and the reveal steps (groups → ties within → ties between → findings).
  useEffect(() => {
    if (!ready) return;
    // Never in meeting mode: nothing to undo (and thousands of elements not visited).
    if (meeting === null && previousMeeting.current === null) return;
    const { cy } = ready;
    const steps = meetingSteps(shown as AnalysisResult, deck);
    const step = meeting === null ? null : steps[meeting];
    // With grades and staff, "between" shows the ties between grades and "others" the staff's.
    const split = step !== null && steps.some((st) => st.kind === 'others');
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        setClass(n, 'meeting', meeting !== null);
      });
      cy.edges().forEach((e) => {
        const between = e.hasClass('between');
        const withOthers = e.hasClass('with-others');
        const hidden =
          step?.kind === 'title' ||
          step?.kind === 'groups' ||
          (step?.kind === 'within' && between) ||
          (step?.kind === 'between' && split && withOthers) ||
          (step?.kind === 'others' && between && !withOthers);
        setClass(e, 'meeting-hidden', hidden);
        setClass(e, 'emphasise', step?.kind === 'between' || step?.kind === 'others' || (step === null && getState().view.emphasiseBetween));
      });
    });
    // Which kinds of between-groups ties are drawn now (tests read it; the canvas cannot tell).
    const drawnTies = (selector: string): number => cy.edges(selector).filter((e) => !e.hasClass('meeting-hidden') && !e.hasClass('filtered')).length;
    if (meeting === null) frame.current?.removeAttribute('data-meeting-ties');
    else
      frame.current?.setAttribute(
        'data-meeting-ties',
        JSON.stringify({ step: meeting, within: drawnTies('.within'), grades: drawnTies('.grades'), withOthers: drawnTies('.with-others') }),
      );
    // Label textures are cached at their old size; recompute them for the new font.
    cy.style().update();
    cy.resize();
    fitMap(cy, 36);
    previousMeeting.current = meeting;
  }, [ready, shown, meeting, deck]);

  // Highlight: a finding, a person (ego network) or a pair of groups.
  useEffect(() => {
    if (!ready || !shown) return;
    const { cy } = ready;
    const step = meeting === null ? null : meetingSteps(shown, deck)[meeting];
    const finding = shown.findings.findings.find((f) => f.id === (step?.kind === 'finding' ? step.id : selectedFinding));
    const groupOf = new Map(shown.analysis.nodes.map((n) => [n.id, n.group]));
    const veiled = highlightsUnderVeil(shown.analysis.nodes.length, shown.network.ties.length) && veilHost.current !== null;
    if (veiled) attachVeil(cy, veilHost.current as HTMLDivElement);
    // Ties drawn on demand: the chosen ones are put on the map first (under a veil: on the veil only).
    let extra: ElementDefinition[] = [];
    if (drawsTiesOnDemand(shown.network.ties.length)) {
      const chosen = new Set(finding?.ties.map((t) => arcKey(t.source, t.target)) ?? []);
      const keep = finding
        ? (a: string, b: string) => chosen.has(arcKey(a, b))
        : selectedPerson
          ? (a: string) => a === selectedPerson
          : selectedBlock
            ? (a: string, b: string) => groupOf.get(a) === selectedBlock.from && groupOf.get(b) === selectedBlock.to
            : () => false;
      const wanted = tieElementsFor(shown, keep);
      if (veiled) extra = wanted;
      else {
        const ids = new Set(wanted.map((e) => e.data.id));
        cy.batch(() => {
          cy.edges()
            .filter((e) => !ids.has(e.id()))
            .remove();
          cy.add(wanted.filter((e) => cy.getElementById(String(e.data.id)).empty()));
        });
        void routeMap(cy, ready.owner);
      }
    }
    const lit = finding
      ? litFinding(cy, finding, extra)
      : selectedPerson
        ? litPerson(cy, selectedPerson, extra)
        : selectedBlock
          ? litBlock(cy, selectedBlock.from, selectedBlock.to, (id) => groupOf.get(id) ?? null, extra)
          : null;
    showHighlight(cy, lit);
    // On a map of thousands of people the highlighted come into view (zoomed to, when they are specks).
    if (veiled && lit) {
      const moved = bringIntoView(
        cy,
        cy.nodes().filter((n) => lit.nodes.has(n.id())),
      );
      frame.current?.setAttribute('data-brought-into-view', String(moved));
    }
    const egoIds = new Set(!finding && selectedPerson && lit ? lit.nodes : []);
    // The card lies over the map: the person's own network is moved out from under it, now and after a refit.
    keepClear.current =
      !finding && selectedPerson
        ? (map: Core) => {
            const card = frame.current?.parentElement?.querySelector('.person-card')?.getBoundingClientRect();
            const origin = container.current?.getBoundingClientRect();
            if (!card || !origin || map.destroyed()) return;
            const box = { x1: card.left - origin.left, y1: card.top - origin.top, x2: card.right - origin.left, y2: card.bottom - origin.top };
            const moved = frameBeside(
              map,
              map.nodes().filter((n) => egoIds.has(n.id())),
              box,
            );
            frame.current?.setAttribute('data-framed', String(moved));
          }
        : null;
    keepClear.current?.(cy);
    const marked = lit ? highlightCounts(cy) : { nodes: 0, edges: 0 };
    frame.current?.setAttribute('data-highlighted', String(marked.nodes));
    frame.current?.setAttribute('data-highlighted-edges', String(marked.edges));
  }, [ready, shown, selectedFinding, selectedPerson, selectedBlock, meeting, deck]);

  // The map by keyboard (map-keyboard.ts): arrows from person to person, Enter, Esc.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (!shown || meeting !== null || event.ctrlKey || event.metaKey || event.altKey) return;
    const { view: now } = getState();
    const visible = visibleElements(shown, now).nodes;
    const order = keyboardOrder(shown.analysis.nodes, (id) => visible.has(id), names.nameOf, locale, names.anonymised);
    const action = mapKeyAction(event.key, order, selectedPersonOf(getState()), getState().selection.kind !== 'none');
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    if (action.kind === 'clear') return actions.clearSelection();
    actions.selectPerson(action.id);
    const node = ready?.cy.getElementById(action.id);
    if (node && node.nonempty()) {
      // Keep the chosen person in view.
      const { x, y } = node.renderedPosition();
      const { width, height } = { width: ready!.cy.width(), height: ready!.cy.height() };
      if (x < 40 || y < 40 || x > width - 40 || y > height - 40) ready!.cy.center(node);
    }
  };
  const focusedPerson = selectedPerson && result ? result.analysis.nodes.find((n) => n.id === selectedPerson) : null;

  const hovered = hover && result ? result.analysis.nodes.find((n) => n.id === hover.id) : null;
  return (
    <section className="map-area" aria-label={t('map.title')}>
      {result && <MapToolbar result={result} />}
      {shown && view.layout === 'continuity' && !hasGrades(shown) && (
        <p className="map-note" role="note" data-testid="continuity-unavailable">
          {t('layout.continuityNeedsGrades')}
        </p>
      )}
      {ready && shown && drawsTiesOnDemand(shown.network.ties.length) && (
        <p className="map-note" role="note" data-testid="ties-on-demand">
          {t('map.tiesOnDemand', { ties: shown.network.ties.length })}
        </p>
      )}
      <div className="map-stage">
        <div
          ref={frame}
          className="map-canvas"
          data-testid="network-map"
          role="application"
          tabIndex={0}
          onKeyDown={onKeyDown}
          aria-roledescription={t('map.roleDescription')}
          aria-label={
            result ? `${t('map.aria', { nodes: result.analysis.network.nodes, arcs: result.analysis.network.arcs })}. ${t('map.keys')}` : t('map.title')
          }
        >
          <div ref={container} className="map-cy" />
          <div ref={veilHost} className="map-veil" data-testid="map-veil" hidden />
        </div>
        <div className="sr-only" aria-live="polite" data-testid="map-announce">
          {focusedPerson ? t('map.announce', { name: names.nameOf(focusedPerson.id), group: focusedPerson.group ?? '—', namedBy: focusedPerson.inDegree }) : ''}
        </div>
        {ready && shown && placed === 'continuity' && meeting === null && <ContinuityGaps cy={ready.cy} result={shown} />}
        {drawing && result && (
          <div className="map-busy" role="status" data-testid="map-drawing">
            {t('map.drawing', { count: result.analysis.nodes.length })}
          </div>
        )}
        {arranging && (
          <div className="map-busy" role="status" data-testid="layout-busy">
            {t('map.arranging')}
          </div>
        )}
        {hovered && hover && (
          <div className="map-tooltip" role="tooltip" data-testid="tooltip" style={{ left: hover.x + 14, top: hover.y + 10 }}>
            <strong>{names.nameOf(hovered.id)}</strong>
            <div className="muted">{[hovered.group, names.roleOf(hovered.id)].filter(Boolean).join(' · ')}</div>
            <div>
              {t('col.inDegree')}: {hovered.inDegree} · {t('col.outDegree')}: {hovered.outDegree ?? '?'} · {t('col.bridge')}:{' '}
              {t(`bridge.${(result ? bridgeLevels(result.analysis.nodes).get(hovered.id) : undefined) ?? 'none'}`)}
            </div>
          </div>
        )}
        {result && selectedPerson && <PersonCard result={result} id={selectedPerson} />}
      </div>
      {result && <Legend result={result} emphasis={emphasis} />}
    </section>
  );
}
