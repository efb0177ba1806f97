/**
 * The view model: from the visible subgraph and the person's focus of attention (hover, selection,
 * comparison, path) to what each element looks like — size from support, highlight classes — with no
 * knowledge of the renderer. Pure.
 */
import { nodeSize } from '../geometry';
import type { EdgeKind, NodeKind } from '../schema';
import { supportIn, type View } from './filters';
import type { Model } from './model';

/** A node as drawn. */
export interface NodeVM {
  id: string;
  label: string;
  kind: NodeKind;
  size: number;
  /** What level of detail left out around this node ("+412 more tools"). */
  more: string;
  classes: string[];
  /** Place among the overview's landmarks (0 first), which decides whose name gives way when two overlap. */
  rank?: number;
  x?: number;
  y?: number;
}

/** An edge as drawn. */
export interface EdgeVM {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  width: number;
  classes: string[];
}

/** What to emphasise. */
export interface Emphasis {
  hover: string | null;
  selected: string | null;
  /** Nodes to highlight (comparison's shared items and its roles, or a path). */
  highlight: Set<string> | null;
  /** Edges to highlight with the nodes. */
  highlightEdges: Set<string> | null;
  /** Nodes whose names stay readable in a wide overview, unless something else is emphasised. */
  landmarks?: Set<string>;
}

/** No emphasis. */
export const NO_EMPHASIS: Emphasis = { hover: null, selected: null, highlight: null, highlightEdges: null };

export { nodeSize };

/** Build the view model; `more` says per node what level of detail left out. */
export function buildViewModel(
  model: Model,
  view: View,
  emphasis: Emphasis,
  more: Map<string, string> = new Map(),
): { nodes: NodeVM[]; edges: EdgeVM[] } {
  const hoverSet = emphasis.hover ? neighbourhood(model, view, emphasis.hover) : null;
  const ranks = new Map([...(emphasis.landmarks ?? [])].map((id, i) => [id, i]));
  const nodes: NodeVM[] = [];
  for (const id of view.nodes) {
    const n = model.nodes.get(id)!;
    const classes: string[] = [];
    if (emphasis.highlight) classes.push(emphasis.highlight.has(id) ? 'highlight' : 'faded');
    else if (hoverSet) classes.push(hoverSet.has(id) ? 'near' : 'faded');
    if (emphasis.selected === id) classes.push('selected');
    if (emphasis.hover === id) classes.push('hovered');
    const rank = ranks.get(id);
    if (rank !== undefined && !classes.includes('faded')) classes.push('landmark');
    nodes.push({
      id,
      label: n.label,
      kind: n.kind,
      size: nodeSize(n.kind, n.support.statements),
      more: more.get(id) ?? '',
      classes,
      ...(rank !== undefined ? { rank } : {}),
      x: n.x,
      y: n.y,
    });
  }
  const edges: EdgeVM[] = [];
  for (const id of view.edges) {
    const e = model.edges.get(id)!;
    const classes: string[] = [];
    if (emphasis.highlightEdges) classes.push(emphasis.highlightEdges.has(id) ? 'highlight' : 'faded');
    else if (emphasis.highlight)
      classes.push(emphasis.highlight.has(e.source) && emphasis.highlight.has(e.target) ? 'highlight' : 'faded');
    else if (hoverSet) classes.push(e.source === emphasis.hover || e.target === emphasis.hover ? 'near' : 'faded');
    const support = supportIn(model, view, id);
    edges.push({
      id,
      source: e.source,
      target: e.target,
      kind: e.kind,
      width: Math.min(8, 1 + Math.log2(support) * 1.5),
      classes,
    });
  }
  return { nodes, edges };
}

/** A node and its visible neighbours. */
export function neighbourhood(model: Model, view: View, id: string): Set<string> {
  const set = new Set([id]);
  for (const eid of model.incident.get(id) ?? []) {
    if (!view.edges.has(eid)) continue;
    const e = model.edges.get(eid)!;
    set.add(e.source);
    set.add(e.target);
  }
  return set;
}
