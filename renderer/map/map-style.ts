/**
 * The map's look, one stylesheet for every map (people, groups, waves compared): size
 * and colour from the data, shape by role, each person outlined dark enough to stand out
 * against the white background at 3:1 or more (WCAG 1.4.11) whatever their group colour,
 * ties bent or routed around people where the router says so (route-map.ts).
 */
import type { StylesheetJson } from 'cytoscape';

export const MAP_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      width: 'data(size)',
      height: 'data(size)',
      shape: 'data(shape)' as never,
      label: 'data(label)',
      'font-size': 14,
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      color: '#1f2328',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      // Long names and role aliases wrap instead of running into their neighbours.
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      // A name smaller than this on screen cannot be read; not drawing it keeps a zoomed-out
      // map of hundreds of people from blocking the page (zooming in shows the names).
      'min-zoomed-font-size': 6,
      'border-width': 2,
      'border-color': 'data(outline)',
    },
  },
  { selector: 'node.non-respondent', style: { 'border-style': 'dashed', 'border-color': '#57606a', 'border-width': 2 } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': '#8c959f',
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': '#8c959f',
      'arrow-scale': 0.9,
      opacity: 0.75,
    },
  },
  // Ties bent or routed around people they do not connect (route-map.ts, shared/layout/route-ties.ts).
  {
    selector: 'edge.bent',
    style: {
      'curve-style': 'unbundled-bezier',
      'control-point-distances': 'data(bendOffset)',
      'control-point-weights': 'data(bendAt)',
      'edge-distances': 'node-position',
    },
  },
  {
    selector: 'edge.routed',
    style: { 'curve-style': 'segments', 'segment-distances': 'data(pathOffsets)', 'segment-weights': 'data(pathAts)', 'edge-distances': 'node-position' },
  },
  { selector: 'edge.mutual', style: { 'source-arrow-shape': 'triangle', 'source-arrow-color': '#8c959f' } },
  { selector: 'edge.between', style: { 'line-color': '#57606a', 'target-arrow-color': '#57606a', 'source-arrow-color': '#57606a' } },
  { selector: '.filtered', style: { display: 'none' } },
  { selector: 'edge.meeting-hidden', style: { display: 'none' } },
  { selector: 'node.meeting', style: { 'text-background-opacity': 0.9 } },
  {
    selector: 'edge.between.emphasise',
    style: { 'line-color': '#1f2328', 'target-arrow-color': '#1f2328', 'source-arrow-color': '#1f2328', width: 3.5, opacity: 1 },
  },
  { selector: 'edge.within.emphasise', style: { opacity: 0.35 } },
  // The continuity view: the ties between grades that follow each other stand out; the rest steps back.
  { selector: 'edge.continuity', style: { opacity: 0.14 } },
  { selector: 'edge.continuity.within', style: { opacity: 0.3 } },
  {
    selector: 'edge.continuity.adjacent',
    style: { 'line-color': '#1f2328', 'target-arrow-color': '#1f2328', 'source-arrow-color': '#1f2328', width: 3.5, opacity: 1, 'z-index': 6 },
  },
  { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0.25 } },
  { selector: 'node.highlighted', style: { 'border-color': '#1f2328', 'border-width': 3, opacity: 1 } },
  { selector: 'node.focus', style: { 'border-color': '#cf222e', 'border-width': 4 } },
  {
    selector: 'edge.highlighted',
    style: { 'line-color': '#cf222e', 'target-arrow-color': '#cf222e', 'source-arrow-color': '#cf222e', opacity: 1, 'z-index': 10 },
  },
  // The group map: each group's label in words on two lines at most, readable on a projector,
  // with a light background that lets the lines under it show through.
  { selector: 'node.group-node', style: { 'font-size': 16, 'text-max-width': '230px', 'text-background-opacity': 0.6 } },
  { selector: 'node.group-node.label-above', style: { 'text-valign': 'top', 'text-margin-y': -4 } },
  // The group map: pair edges labelled with their number of ties, no arrows.
  {
    selector: 'edge.group-tie',
    style: {
      label: 'data(label)',
      'target-arrow-shape': 'none',
      'source-arrow-shape': 'none',
      'font-size': 16,
      'font-weight': 'bold',
      color: '#1f2328',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'line-color': '#57606a',
      opacity: 0.6,
    },
  },
  // (After the group-tie rule, which would otherwise win: a chosen pair stands out there too.)
  // Neighbouring grades without a single tie: a dashed red line marked 0, the gap itself.
  {
    selector: 'edge.group-gap',
    style: { 'line-style': 'dashed', 'line-dash-pattern': [8, 6], 'line-color': '#cf222e', color: '#a40e26', 'font-weight': 'bold', opacity: 0.9 },
  },
  { selector: 'edge.group-tie.faded', style: { opacity: 0.06 } },
  { selector: 'edge.group-tie.highlighted', style: { 'line-color': '#cf222e', opacity: 1, 'z-index': 10 } },
  { selector: '.many', style: { 'min-zoomed-font-size': 9 } },
  // A chosen pair among many groups: their names readable at the zoom the map was at (highlight.ts).
  {
    selector: 'node.many.highlighted',
    style: { 'min-zoomed-font-size': 0, 'font-size': 'data(readableFont)', 'text-wrap': 'none', 'text-background-opacity': 0.9, 'z-index': 20 },
  },
  { selector: 'edge.many', style: { 'curve-style': 'haystack', 'haystack-radius': 0 } },
  // The wave comparison: new ties green, lost ties red and dashed, kept ties grey.
  { selector: 'edge.tie-kept', style: { 'line-color': '#afb8c1', 'target-arrow-color': '#afb8c1', 'source-arrow-color': '#afb8c1', opacity: 0.7 } },
  {
    selector: 'edge.tie-new',
    style: { 'line-color': '#1a7f37', 'target-arrow-color': '#1a7f37', 'source-arrow-color': '#1a7f37', width: 3, opacity: 0.95, 'z-index': 5 },
  },
  {
    selector: 'edge.tie-lost',
    style: {
      'line-color': '#cf222e',
      'target-arrow-color': '#cf222e',
      'source-arrow-color': '#cf222e',
      'line-style': 'dashed',
      width: 2.5,
      opacity: 0.9,
      'z-index': 4,
    },
  },
  // Not comparable (the sender did not answer one of the times): thin, grey, dotted — never read as a change.
  {
    selector: 'edge.tie-unanswered',
    style: { 'line-color': '#8c959f', 'target-arrow-color': '#8c959f', 'source-arrow-color': '#8c959f', 'line-style': 'dotted', width: 1.5, opacity: 0.7 },
  },
  { selector: 'node.joined', style: { 'border-color': '#1a7f37', 'border-width': 4 } },
  { selector: 'node.absent', style: { opacity: 0.25, 'border-style': 'dashed', 'border-color': '#57606a', 'border-width': 2, 'text-opacity': 0.5 } },
  { selector: 'node.left', style: { opacity: 0.45, 'border-style': 'dashed', 'border-color': '#57606a', 'border-width': 2 } },
  // A comparison slide about one pair of groups: everything else steps back (after the tie rules, which it must win over).
  { selector: '.pair-faded', style: { opacity: 0.08, 'text-opacity': 0.3 } },
];

/**
 * Faster drawing for large networks: straight "haystack" edges without arrows, labels
 * only when zoomed in far enough to read them, thin borders. Applied as a class on nodes
 * and edges so the same stylesheet serves every size.
 */
export const LARGE_STYLE: StylesheetJson = [
  // (A thin outline stays: the light group colours need it to stand out at 3:1.)
  { selector: 'node.large', style: { 'min-zoomed-font-size': 11, 'border-width': 1, 'text-background-opacity': 0 } },
  {
    selector: 'edge.large',
    style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', 'source-arrow-shape': 'none', width: 0.6, opacity: 0.35 },
  },
  // What is highlighted stands out on a large map too: the red ties the legend promises, the people outlined.
  { selector: 'edge.large.highlighted', style: { width: 2.5, opacity: 1 } },
  { selector: 'node.large.highlighted', style: { 'border-width': 3 } },
  { selector: 'node.large.focus', style: { 'border-width': 4 } },
];
