/**
 * The derived role graph that transition paths search: one node per role, a directed edge A → B for
 * every documented transition and, in the other direction too, between each role and the roles it
 * shares the most requirements with (its candidates, found through the inverted index, so no
 * all-pairs pass is ever made). Each edge carries what B needs that A lacks. Built once per index.
 */
import { DirectedGraph } from 'graphology';
import { difference, type RoleIndex } from './roleIndex';

/** Attributes of a derived edge. */
export interface StepAttributes {
  documented: boolean;
  /** Graph edge ids of the documented transition(s), for evidence. */
  edges: string[];
  /** What the target needs that the source lacks (item indices, sorted). */
  gap: Int32Array;
}

/** Options for the derived graph. */
export interface RoleGraphOptions {
  /** Inferred candidates kept per role. */
  candidates: number;
  /** Requirements held by more roles than this (Python, SQL…) say little about closeness and do not make candidates on their own. */
  maxHolders: number;
}

/** Defaults for {@link buildRoleGraph}. */
export const ROLE_GRAPH_DEFAULTS: RoleGraphOptions = { candidates: 4, maxHolders: 400 };

/** The derived graph. */
export type RoleGraph = DirectedGraph<{ index: number }, StepAttributes>;

const cache = new WeakMap<RoleIndex, RoleGraph>();

/** The derived role graph of an index (cached per index with default options). */
export function roleGraph(index: RoleIndex, options: Partial<RoleGraphOptions> = {}): RoleGraph {
  const useCache = !options.candidates && !options.maxHolders;
  const hit = useCache ? cache.get(index) : undefined;
  if (hit) return hit;
  const g = buildRoleGraph(index, { ...ROLE_GRAPH_DEFAULTS, ...options });
  if (useCache) cache.set(index, g);
  return g;
}

function buildRoleGraph(index: RoleIndex, opts: RoleGraphOptions): RoleGraph {
  const g: RoleGraph = new DirectedGraph();
  const n = index.roles.length;
  index.roles.forEach((r, i) => g.addNode(r, { index: i }));
  const add = (a: number, b: number, documented: boolean, edge: string | null) => {
    const s = index.roles[a];
    const t = index.roles[b];
    const key = g.edge(s, t);
    if (key !== undefined) {
      if (documented) {
        g.setEdgeAttribute(key, 'documented', true);
        if (edge) g.updateEdgeAttribute(key, 'edges', (list) => [...(list ?? []), edge]);
      }
      return;
    }
    g.addDirectedEdge(s, t, { documented, edges: edge ? [edge] : [], gap: difference(index.needs[b], index.needs[a]) });
  };
  for (const [a, list] of index.transitions) for (const { to, edge } of list) add(a, to, true, edge);

  const cap = opts.maxHolders;
  const score = new Float64Array(n);
  for (let a = 0; a < n; a++) {
    const touched: number[] = [];
    for (const item of index.needs[a]) {
      const holders = index.holders[item];
      if (holders.length > cap) continue;
      for (const b of holders) {
        if (b === a) continue;
        if (score[b] === 0) touched.push(b);
        score[b]++;
      }
    }
    // roles that only share very common requirements still count, with the lowest score
    if (touched.length < opts.candidates) {
      for (const item of index.needs[a]) {
        const holders = index.holders[item];
        if (holders.length <= cap) continue;
        for (const b of holders) {
          if (b === a || score[b] !== 0) continue;
          touched.push(b);
          score[b] = 0.5;
          if (touched.length >= opts.candidates * 4) break;
        }
        if (touched.length >= opts.candidates * 4) break;
      }
    }
    touched.sort((x, y) => score[y] - score[x] || x - y);
    for (const b of touched.slice(0, opts.candidates)) {
      add(a, b, false, null);
      add(b, a, false, null);
    }
    for (const b of touched) score[b] = 0;
  }
  return g;
}
