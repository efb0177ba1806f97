/**
 * The loaded graph: the validated file plus graphology's graph and lookup indexes, built once per file.
 * graphology owns structure and algorithms; nothing here touches the DOM or Cytoscape.
 */
import Graph from 'graphology';
import type { EdgeKind, GraphDocument, GraphEdge, GraphFile, GraphNode, NodeKind } from '../schema';
import { compareText } from './text';

/** A loaded graph with its indexes. */
export interface Model {
  file: GraphFile;
  /** graphology's graph, built on first use (the algorithms need it; the first paint does not). */
  readonly graph: Graph;
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
  documents: Map<string, GraphDocument>;
  /** Node ids by kind, sorted by label. */
  byKind: Record<NodeKind, string[]>;
  /** Edge ids touching each node. */
  incident: Map<string, string[]>;
  /** Whether every node has a position from the build. */
  positioned: boolean;
}

/** Index a validated graph file. */
export function createModel(file: GraphFile): Model {
  const nodes = new Map<string, GraphNode>();
  const byKind: Record<NodeKind, string[]> = { role: [], skill: [], tool: [], education: [] };
  for (const n of file.nodes) {
    nodes.set(n.id, n);
    byKind[n.kind].push(n.id);
  }
  for (const k of Object.keys(byKind) as NodeKind[])
    byKind[k].sort((a, b) => compareText(nodes.get(a)!.label, nodes.get(b)!.label));
  const edges = new Map<string, GraphEdge>();
  const incident = new Map<string, string[]>();
  for (const e of file.edges) {
    edges.set(e.id, e);
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
    incident,
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
