/**
 * Static layout for graph files: ForceAtlas2 (Jacomy et al. 2014, graphology-layout-forceatlas2) with
 * Barnes-Hut on large graphs, started from positions derived from node ids so the result is
 * deterministic. Run by the build so the explorer never blocks on a force layout.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { GraphFile } from './schema';

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
  opts.onProgress?.(1);
  const scale = 1;
  return {
    ...file,
    nodes: file.nodes.map((node) => {
      const a = g.getNodeAttributes(node.id);
      return { ...node, x: Math.round(a.x * scale), y: Math.round(a.y * scale) };
    }),
  };
}
