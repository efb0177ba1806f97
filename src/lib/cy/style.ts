/**
 * The typed Cytoscape stylesheet. Selectors read data fields (`node[kind = "tool"]`); colours are the
 * Okabe-Ito palette (safe for the common colour-vision deficiencies) and every kind also has its own
 * shape, so kinds never rest on colour alone.
 */
import type { StylesheetJsonBlock } from 'cytoscape';
import { LABEL } from '../geometry';
import type { NodeKind } from '../schema';

/** Colour and shape of each node kind; shared with the legend. */
export const KIND_STYLE: Record<NodeKind, { colour: string; shape: string; legendShape: string }> = {
  role: { colour: '#0072B2', shape: 'ellipse', legendShape: 'circle' },
  skill: { colour: '#E69F00', shape: 'round-rectangle', legendShape: 'square' },
  tool: { colour: '#009E73', shape: 'diamond', legendShape: 'diamond' },
  education: { colour: '#CC79A7', shape: 'hexagon', legendShape: 'hexagon' },
};

/** Width in pixels of the ring around an emphasised node, at the stylesheet's sizes. */
export const RING = { hovered: 4, highlight: 5, selected: 7 };

const ring = (colour: string, width: number, opacity = 1) => ({
  'underlay-color': colour,
  'underlay-padding': width,
  'underlay-opacity': opacity,
});

/** Colours that follow the light or dark theme. */
export interface Theme {
  text: string;
  halo: string;
  edge: string;
  accent: string;
}

/** Theme colours. */
export const THEMES: Record<'light' | 'dark', Theme> = {
  light: { text: '#1b1f24', halo: '#ffffff', edge: '#8a939c', accent: '#D55E00' },
  dark: { text: '#e8ecef', halo: '#14181c', edge: '#6b7680', accent: '#FF8C42' },
};

/**
 * Build the stylesheet for a theme. On large graphs edges are drawn as haystack lines (straight, no
 * bundling of parallel edges: Cytoscape's cheapest edge) and only transitions keep their arrows.
 */
export function stylesheet(theme: Theme, large = false): StylesheetJsonBlock[] {
  const kinds = (Object.keys(KIND_STYLE) as NodeKind[]).map((k) => ({
    selector: `node[kind = "${k}"]`,
    style: {
      'background-color': KIND_STYLE[k].colour,
      shape: KIND_STYLE[k].shape as 'ellipse',
      // an emphasised node's ring follows its outline where Cytoscape can draw that, else it is round
      'underlay-shape': KIND_STYLE[k].shape === 'round-rectangle' ? ('round-rectangle' as const) : ('ellipse' as const),
    },
  }));
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        color: theme.text,
        'font-size': LABEL.font,
        'font-family': 'system-ui, sans-serif',
        'text-valign': 'bottom',
        'text-margin-y': LABEL.margin,
        'text-outline-color': theme.halo,
        'text-outline-width': LABEL.outline,
        'min-zoomed-font-size': LABEL.minOnScreen,
        'text-wrap': 'wrap',
        'text-max-width': `${LABEL.maxWidth}px`,
        'border-width': 1.5,
        'border-color': theme.halo,
      },
    },
    // roles are what people navigate by: they lie above the skills and tools around them
    { selector: 'node[kind = "role"]', style: { 'font-size': LABEL.roleFont, 'font-weight': 'bold', 'z-index': 5 } },
    ...kinds,
    // on large graphs only roles carry names until a skill or tool is looked at: at overview scale
    // thousands of labels are unreadable, and each costs the first frame a text measure
    ...(large
      ? [
          { selector: 'node[kind != "role"]', style: { label: '' } },
          { selector: 'node.near, node.highlight, node.selected, node.hovered', style: { label: 'data(label)' } },
        ]
      : []),
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': theme.edge,
        'curve-style': large ? 'haystack' : 'straight',
        opacity: 0.7,
        'target-arrow-shape': 'none',
      },
    },
    {
      selector: 'edge[kind = "transitions-to"]',
      style: {
        'target-arrow-shape': 'triangle',
        'target-arrow-color': theme.accent,
        'curve-style': large ? 'straight' : 'bezier',
        'line-color': theme.accent,
        width: 3,
        opacity: 0.9,
      },
    },
    {
      selector: 'edge[kind = "collaborates-with"]',
      style: {
        'line-style': 'dashed',
        'line-color': KIND_STYLE.role.colour,
        ...(large ? {} : { 'curve-style': 'bezier' as const }),
      },
    },
    { selector: 'edge[kind = "used-for"]', style: { 'line-style': 'dotted' } },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0.15 } },
    { selector: 'node.near, node.highlight', style: { opacity: 1, 'z-index': 10 } },
    { selector: 'edge.near, edge.highlight', style: { opacity: 1, width: 3, 'z-index': 10 } },
    // Emphasis is a ring drawn behind the node (an underlay), not a border: Cytoscape keeps each
    // node's drawing as a cached texture keyed by its body and border, so a border that changes
    // redraws those textures (~1 ms each in software), while a ring and the fading (opacity) reuse them.
    { selector: 'node.highlight', style: ring(theme.accent, RING.highlight) },
    // the roles of a path or comparison lie above the skills and tools around them
    { selector: 'node[kind = "role"].highlight', style: { 'z-index': 15 } },
    { selector: 'node.selected', style: { ...ring(theme.accent, RING.selected), 'z-index': 20 } },
    // last, so the node under the pointer answers even when it is emphasised already
    { selector: 'node.hovered', style: ring(theme.text, RING.hovered, 0.55) },
  ];
}
