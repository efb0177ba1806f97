/**
 * The loaded graph: the validated file plus graphology's graph and lookup indexes, built once per file.
 * graphology owns structure and algorithms; nothing here touches the DOM or Cytoscape.
 */
import Graph from 'graphology';
import {
  NODE_KINDS,
  type EdgeKind,
  type GraphDocument,
  type GraphEdge,
  type GraphFile,
  type GraphIndex,
  type GraphNode,
  type NodeKind,
} from '../schema';
import { compareText } from './text';

/** A loaded graph with its indexes. */
export interface Model {
  file: GraphFile;
  /** graphology's graph, built on first use (the algorithms need it; the first paint does not). */
  readonly graph: Graph;
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
  documents: Map<string, GraphDocument>;
  /** Node ids by kind, sorted by label (each kind sorted when first read: the first paint needs none). */
  byKind: Record<NodeKind, string[]>;
  /** How many nodes of each kind. */
  kindCounts: Record<NodeKind, number>;
  /** Edge ids touching each node. */
  incident: Map<string, string[]>;
  /** The most statements any edge rests on (at least 1). */
  maxSupport: number;
  /** Whether every node has a position from the build. */
  positioned: boolean;
}

/**
 * Index a validated graph file. `index` is what the validation built on the way (nodes and edges by
 * id); without it the maps are built here.
 */
export function createModel(file: GraphFile, index?: GraphIndex): Model {
  const nodes = index?.nodes ?? new Map(file.nodes.map((n) => [n.id, n]));
  const edges = index?.edges ?? new Map(file.edges.map((e) => [e.id, e]));
  const unsorted: Record<NodeKind, string[]> = { role: [], skill: [], tool: [], education: [] };
  for (const n of file.nodes) unsorted[n.kind].push(n.id);
  const kindCounts = Object.fromEntries(NODE_KINDS.map((k) => [k, unsorted[k].length])) as Record<NodeKind, number>;
  const sorted = new Set<NodeKind>();
  const byKind = {} as Record<NodeKind, string[]>;
  for (const k of NODE_KINDS)
    Object.defineProperty(byKind, k, {
      enumerable: true,
      get() {
        if (!sorted.has(k)) {
          unsorted[k].sort((a, b) => compareText(nodes.get(a)!.label, nodes.get(b)!.label));
          sorted.add(k);
        }
        return unsorted[k];
      },
    });
  const incident = new Map<string, string[]>();
  let maxSupport = 1;
  for (const e of file.edges) {
    if (e.support.statements > maxSupport) maxSupport = e.support.statements;
    for (const end of [e.source, e.target]) {
      const list = incident.get(end);
      if (list) list.push(e.id);
      else incident.set(end, [e.id]);
    }
  }
  let graph: Graph | null = null;
  return {
    file,
    get graph() {
      return (graph ??= toGraphology(file));
    },
    nodes,
    edges,
    documents: new Map(file.documents.map((d) => [d.id, d])),
    byKind,
    kindCounts,
    incident,
    maxSupport,
    positioned: file.nodes.length > 0 && file.nodes.every((n) => typeof n.x === 'number' && typeof n.y === 'number'),
  };
}

function toGraphology(file: GraphFile): Graph {
  const graph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: false });
  for (const n of file.nodes) graph.addNode(n.id, { kind: n.kind });
  for (const e of file.edges) {
    if (e.kind === 'collaborates-with') graph.addUndirectedEdgeWithKey(e.id, e.source, e.target, { kind: e.kind });
    else graph.addDirectedEdgeWithKey(e.id, e.source, e.target, { kind: e.kind });
  }
  return graph;
}

/** The relation of an edge as seen from one of its ends, for grouping connections in panels. */
export function relationFrom(edge: GraphEdge, nodeId: string): string {
  const out = edge.source === nodeId;
  const labels: Record<EdgeKind, [string, string]> = {
    requires: ['Requires skills', 'Required by roles'],
    uses: ['Uses tools', 'Used by roles'],
    'typical-education': ['Typical education', 'Studied by roles'],
    'transitions-to': ['Can move on to', 'Reached from'],
    'collaborates-with': ['Works with', 'Works with'],
    'used-for': ['Used for skills', 'Practised with tools'],
  };
  return labels[edge.kind][out ? 0 : 1];
}
