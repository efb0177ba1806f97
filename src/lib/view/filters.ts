/**
 * The filtered view: which nodes and edges are visible for the person's filters (node kinds, edge
 * kinds, source documents, minimum support) and focus (a node's 1- or 2-hop neighbourhood). Pure.
 */
import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type NodeKind } from '../schema';
import type { Model } from './model';

/** The person's filters. */
export interface Filters {
  kinds: NodeKind[];
  edgeKinds: EdgeKind[];
  /** Document ids that count; empty means all. */
  documents: string[];
  minSupport: number;
}

/** Everything visible. */
export const DEFAULT_FILTERS: Filters = { kinds: [...NODE_KINDS], edgeKinds: [...EDGE_KINDS], documents: [], minSupport: 1 };

/** A focus on a node's neighbourhood. */
export interface Focus {
  node: string;
  hops: 1 | 2;
}

/** The visible subgraph. */
export interface View {
  nodes: Set<string>;
  edges: Set<string>;
  /**
   * Support of visible edges counting only the chosen documents, filled only under a document filter;
   * otherwise an edge's support is its own (read both through {@link supportIn}).
   */
  edgeSupport: Map<string, number>;
}

/** An edge's support in a view: its statements in the chosen documents, or all of them. */
export function supportIn(model: Model, view: View, id: string): number {
  return view.edgeSupport.get(id) ?? model.edges.get(id)!.support.statements;
}

function unfiltered(filters: Filters): boolean {
  return (
    !filters.documents.length &&
    filters.minSupport <= 1 &&
    NODE_KINDS.every((k) => filters.kinds.includes(k)) &&
    EDGE_KINDS.every((k) => filters.edgeKinds.includes(k))
  );
}

/** Compute the visible subgraph. */
export function filterView(model: Model, filters: Filters, focus: Focus | null = null): View {
  // nothing filtered out: the whole graph, in file order, without a pass over every edge
  if (unfiltered(filters)) {
    const all = { nodes: new Set(model.nodes.keys()), edges: new Set(model.edges.keys()), edgeSupport: new Map() };
    return focus && all.nodes.has(focus.node) ? focusView(model, all, focus) : all;
  }
  const kinds = new Set(filters.kinds);
  const edgeKinds = new Set(filters.edgeKinds);
  const docs = filters.documents.length ? new Set(filters.documents) : null;
  const nodes = new Set<string>();
  for (const n of model.file.nodes) {
    if (!kinds.has(n.kind)) continue;
    if (docs && !n.evidence.some((e) => docs.has(e.document))) continue;
    nodes.add(n.id);
  }
  const edges = new Set<string>();
  const edgeSupport = new Map<string, number>();
  for (const e of model.file.edges) {
    if (!edgeKinds.has(e.kind) || !nodes.has(e.source) || !nodes.has(e.target)) continue;
    const support = docs ? e.evidence.filter((x) => docs.has(x.document)).length : e.support.statements;
    if (support < Math.max(1, filters.minSupport)) continue;
    edges.add(e.id);
    if (docs) edgeSupport.set(e.id, support);
  }
  // Skills, tools and education left without any edge are noise once their roles are filtered out.
  if (filters.minSupport > 1 || docs || edgeKinds.size < EDGE_KINDS.length || kinds.size < NODE_KINDS.length) {
    const touched = new Set<string>();
    for (const id of edges) {
      const e = model.edges.get(id)!;
      touched.add(e.source);
      touched.add(e.target);
    }
    for (const id of [...nodes]) if (model.nodes.get(id)!.kind !== 'role' && !touched.has(id)) nodes.delete(id);
  }
  if (focus && nodes.has(focus.node)) return focusView(model, { nodes, edges, edgeSupport }, focus);
  return { nodes, edges, edgeSupport };
}

function focusView(model: Model, view: View, focus: Focus): View {
  const keep = new Set([focus.node]);
  let frontier = [focus.node];
  for (let hop = 0; hop < focus.hops; hop++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const eid of model.incident.get(id) ?? []) {
        if (!view.edges.has(eid)) continue;
        const e = model.edges.get(eid)!;
        const other = e.source === id ? e.target : e.source;
        if (!keep.has(other)) {
          keep.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  const edges = new Set(
    [...view.edges].filter((id) => keep.has(model.edges.get(id)!.source) && keep.has(model.edges.get(id)!.target)),
  );
  const edgeSupport = new Map([...view.edgeSupport].filter(([id]) => edges.has(id)));
  return { nodes: keep, edges, edgeSupport };
}

/** Node counts per kind in a view, for the legend. */
export function countKinds(model: Model, view: View): Record<NodeKind, number> {
  const counts: Record<NodeKind, number> = { role: 0, skill: 0, tool: 0, education: 0 };
  for (const id of view.nodes) counts[model.nodes.get(id)!.kind]++;
  return counts;
}
