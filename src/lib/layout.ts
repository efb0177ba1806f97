/**
 * Static layout for graph files: ForceAtlas2 (Jacomy et al. 2014, graphology-layout-forceatlas2) with
 * Barnes-Hut on large graphs, started from positions derived from node ids so the result is
 * deterministic. Run by the build so the explorer never blocks on a force layout.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { Rectangle, removeOverlaps } from 'webcola/dist/src/rectangle';
import { LABEL, labelSize, nodeSize } from './geometry';
import type { GraphFile, GraphNode } from './schema';

/** Layout options. */
export interface LayoutOptions {
  iterations: number;
  /** Called with the fraction done, between chunks of iterations. */
  onProgress?: (done: number) => void;
}

/** Defaults for {@link layoutGraph}. */
export const LAYOUT_DEFAULTS: LayoutOptions = { iterations: 300 };

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) / 4294967296;
}

/** Graphs up to this many nodes have their names kept apart (larger ones name only a few nodes at a time). */
export const NAMES_APART_UP_TO = 3000;
/** Free space around each node and its name, in pixels at zoom 1. */
const NAME_GAP = 3;

/**
 * Move nodes as little as possible so that no node's name lies on another node or its name. Each
 * node with its name beneath it is a box; the boxes are separated with the VPSC overlap removal of
 * Dwyer, Marriott and Stuckey (webcola), which keeps their order along each axis.
 */
function keepNamesApart(nodes: GraphNode[], at: (id: string) => { x: number; y: number }): void {
  const boxes = nodes.map((node) => {
    const { x, y } = at(node.id);
    const size = nodeSize(node.kind, node.support.statements);
    const name = labelSize(node.kind, node.label);
    const half = Math.max(size, name.width) / 2 + NAME_GAP;
    return new Rectangle(x - half, x + half, y - size / 2 - NAME_GAP, y + size / 2 + LABEL.margin + name.height + NAME_GAP);
  });
  const tops = boxes.map((b, i) => at(nodes[i].id).y - b.y);
  removeOverlaps(boxes);
  for (const [i, node] of nodes.entries()) {
    const p = at(node.id);
    p.x = boxes[i].cx();
    p.y = boxes[i].y + tops[i];
  }
}

/** Return a copy of the graph file with x/y on every node. */
export function layoutGraph(file: GraphFile, options: Partial<LayoutOptions> = {}): GraphFile {
  const opts = { ...LAYOUT_DEFAULTS, ...options };
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const n = file.nodes.length;
  const radius = Math.sqrt(Math.max(n, 1)) * 10;
  for (const node of file.nodes) {
    const a = hash(node.id) * Math.PI * 2;
    const r = radius * Math.sqrt(hash(`${node.id}#r`));
    g.addNode(node.id, { x: Math.cos(a) * r, y: Math.sin(a) * r, size: 1 + Math.log2(1 + node.support.statements) });
  }
  for (const e of file.edges) if (!g.hasEdge(e.source, e.target)) g.addEdge(e.source, e.target, { weight: e.support.statements });
  if (n > 1) {
    const settings = forceAtlas2.inferSettings(g);
    const total = n > 5000 ? Math.min(opts.iterations, 60) : opts.iterations;
    const chunk = 20;
    for (let done = 0; done < total; done += chunk) {
      forceAtlas2.assign(g, {
        iterations: Math.min(chunk, total - done),
        settings: { ...settings, barnesHutOptimize: n > 500, adjustSizes: false, gravity: 1, scalingRatio: 10 },
        getEdgeWeight: 'weight',
      });
      opts.onProgress?.(((done + chunk) / total) * 0.8);
    }
  }
  // scale to a box where labels are readable at zoom 1, then push overlapping nodes apart
  let maxAbs = 1;
  g.forEachNode((_, a) => {
    maxAbs = Math.max(maxAbs, Math.abs(a.x), Math.abs(a.y));
  });
  const box = Math.sqrt(Math.max(n, 1)) * 48;
  g.updateEachNodeAttributes((_, a) => ({ ...a, x: (a.x * box) / maxAbs, y: (a.y * box) / maxAbs, size: 26 + a.size * 4 }));
  if (n > 1 && n <= 20_000)
    noverlap.assign(g, { maxIterations: n > 2000 ? 50 : 200, settings: { margin: 14, ratio: 1.1, expansion: 1.1 } });
  const placed = new Map(
    file.nodes.map((node) => [node.id, { x: g.getNodeAttribute(node.id, 'x'), y: g.getNodeAttribute(node.id, 'y') }]),
  );
  if (n > 1 && n <= NAMES_APART_UP_TO) keepNamesApart(file.nodes, (id) => placed.get(id)!);
  opts.onProgress?.(1);
  return {
    ...file,
    nodes: file.nodes.map((node) => {
      const p = placed.get(node.id)!;
      return { ...node, x: Math.round(p.x), y: Math.round(p.y) };
    }),
  };
}
