/**
 * Transition paths from role A to role B with what to learn on each step.
 *
 * Search (heuristic): each step A → B has a fixed cost — what B needs that A and the person lack,
 * discounted when the documents state the move, plus a base cost per step that is higher for moves
 * the documents do not state. graphology's bidirectional Dijkstra finds the cheapest path under those
 * costs, and Yen's algorithm (Yen 1971, "Finding the k shortest loopless paths in a network") the next
 * cheapest, loopless and distinct.
 * Ledger (exact): for every candidate the true cost is computed with carry-over — what the start role,
 * the person and every earlier step already give is not learnt again — and candidates are ranked by
 * that true total, then by fewer undocumented moves, fewer steps and names, so ties break the same way
 * every time. With a step limit, a hop-limited Bellman-Ford finds the cheapest path within the limit.
 */
import { bidirectional } from 'graphology-shortest-path/dijkstra';
import type { RoleIndex } from './roleIndex';
import { roleGraph, type RoleGraph, type StepAttributes } from './roleGraph';

/** Path search modes: any move allowed, or only moves the documents state. */
export type PathMode = 'fewest' | 'documented';

/** Path options. */
export interface PathOptions {
  mode: PathMode;
  /** Skill, tool and education ids the person already has. */
  have: string[];
  /** At most this many steps (null: no limit). */
  maxSteps: number | null;
  /** Role ids never to pass through. */
  avoid: string[];
  /** Alternatives to return besides the best path. */
  alternatives: number;
  /** Cost multiplier for documented moves (below 1 prefers them). */
  documentedFactor: number;
  /** Base cost of a documented move. */
  documentedBase: number;
  /** Base cost of a move the documents do not state. */
  inferredBase: number;
}

/** Defaults for {@link findPaths}. */
export const PATH_DEFAULTS: PathOptions = {
  mode: 'fewest',
  have: [],
  maxSteps: null,
  avoid: [],
  alternatives: 3,
  documentedFactor: 0.5,
  documentedBase: 0.5,
  inferredBase: 2,
};

/** One step of a path. */
export interface Step {
  from: string;
  to: string;
  documented: boolean;
  /** Ids of the documented transition edges (their evidence explains the step). */
  edges: string[];
  /** What to learn on this step. */
  learn: string[];
  /** What the next role needs that is already held (carried over). */
  carry: string[];
}

/** A path with its ledger. */
export interface RolePath {
  roles: string[];
  steps: Step[];
  /** Everything to learn along the path, counted once. */
  total: number;
  /** Sum of the fixed search costs of its steps. */
  searchCost: number;
  inferredSteps: number;
}

/** The answer to a path question. */
export type PathResult =
  | { ok: true; best: RolePath; alternatives: RolePath[] }
  | { ok: false; reason: string; closest: { role: string; gap: number }[] };

/** Find the best transition path from `from` to `to`, and alternatives. */
export function findPaths(index: RoleIndex, from: string, to: string, options: Partial<PathOptions> = {}): PathResult {
  const opts = { ...PATH_DEFAULTS, ...options };
  const a = index.roleIndex.get(from);
  const b = index.roleIndex.get(to);
  if (a === undefined || b === undefined) {
    return { ok: false, reason: `${a === undefined ? from : to} is not a role of this graph.`, closest: [] };
  }
  const g = roleGraph(index);
  const have = new Set(opts.have.map((id) => index.itemIndex.get(id)).filter((i): i is number => i !== undefined));
  const avoid = new Set(opts.avoid.filter((r) => r !== from && r !== to));
  const ledgerOf = (roles: string[]) => ledger(index, g, roles, have, opts);
  if (from === to) return { ok: true, best: ledgerOf([from]), alternatives: [] };

  const weight = stepWeight(g, have, avoid, opts);
  const candidates: string[][] = [];
  const wanted = 1 + Math.max(0, opts.alternatives) + (opts.maxSteps ? 6 : 0);
  for (const p of yen(g, from, to, wanted, weight)) {
    if (!opts.maxSteps || p.length - 1 <= opts.maxSteps) candidates.push(p);
  }
  if (opts.maxSteps && !candidates.length) {
    const p = hopLimited(g, from, to, opts.maxSteps, weight);
    if (p) candidates.push(p);
  }
  if (!candidates.length)
    return { ok: false, reason: noPathReason(index, g, from, to, opts, avoid), closest: closest(index, g, from, to, weight) };
  const ranked = candidates.map(ledgerOf).sort(comparePaths);
  return { ok: true, best: ranked[0], alternatives: ranked.slice(1, 1 + opts.alternatives) };
}

type Weight = (edge: string, attr: StepAttributes) => number;

function stepWeight(g: RoleGraph, have: Set<number>, avoid: Set<string>, opts: PathOptions): Weight {
  // the common question (no "already have", nothing to avoid) needs only the gap's size
  if (!have.size && !avoid.size) {
    const { documentedBase, documentedFactor, inferredBase } = opts;
    const documentedOnly = opts.mode === 'documented';
    return (_edge, attr) =>
      attr.documented
        ? documentedBase + documentedFactor * attr.gap.length
        : documentedOnly
          ? Infinity
          : inferredBase + attr.gap.length;
  }
  return (edge, attr) => {
    if (opts.mode === 'documented' && !attr.documented) return Infinity;
    if (avoid.size && (avoid.has(g.source(edge)) || avoid.has(g.target(edge)))) return Infinity;
    let gap = attr.gap.length;
    if (have.size) for (const i of attr.gap) if (have.has(i)) gap--;
    return attr.documented ? opts.documentedBase + opts.documentedFactor * gap : opts.inferredBase + gap;
  };
}

function pathCost(g: RoleGraph, path: string[], weight: Weight): number {
  let c = 0;
  for (let i = 0; i + 1 < path.length; i++) {
    const e = g.edge(path[i], path[i + 1]);
    if (e === undefined) return Infinity;
    c += weight(e, g.getEdgeAttributes(e));
  }
  return c;
}

function shortest(g: RoleGraph, s: string, t: string, weight: Weight): string[] | null {
  const p = bidirectional(g, s, t, (e, attr) => weight(e, attr as StepAttributes));
  return p && Number.isFinite(pathCost(g, p, weight)) ? p : null;
}

/** Yen's k shortest loopless paths under fixed step weights. */
export function yen(g: RoleGraph, s: string, t: string, k: number, weight: Weight): string[][] {
  const first = shortest(g, s, t, weight);
  if (!first) return [];
  const found: string[][] = [first];
  const pool = new Map<string, { path: string[]; cost: number }>();
  while (found.length < k) {
    const last = found[found.length - 1];
    for (let i = 0; i + 1 < last.length; i++) {
      const spur = last[i];
      const root = last.slice(0, i + 1);
      const removedEdges = new Set<string>();
      for (const p of found) {
        if (p.length > i + 1 && root.every((r, j) => p[j] === r)) {
          const e = g.edge(p[i], p[i + 1]);
          if (e !== undefined) removedEdges.add(e);
        }
      }
      const removedNodes = new Set(root.slice(0, -1));
      const spurWeight: Weight = (e, attr) =>
        removedEdges.has(e) || removedNodes.has(g.source(e)) || removedNodes.has(g.target(e)) ? Infinity : weight(e, attr);
      const spurPath = shortest(g, spur, t, spurWeight);
      if (!spurPath) continue;
      const path = [...root.slice(0, -1), ...spurPath];
      const key = path.join('\u0000');
      if (!pool.has(key) && !found.some((p) => p.join('\u0000') === key))
        pool.set(key, { path, cost: pathCost(g, path, weight) });
    }
    if (!pool.size) break;
    let bestKey = '';
    let best: { path: string[]; cost: number } | null = null;
    for (const [key, c] of pool) {
      if (
        !best ||
        c.cost < best.cost ||
        (c.cost === best.cost && (c.path.length < best.path.length || (c.path.length === best.path.length && key < bestKey)))
      ) {
        best = c;
        bestKey = key;
      }
    }
    pool.delete(bestKey);
    found.push(best!.path);
  }
  return found;
}

/** Cheapest path with at most `limit` steps (Bellman-Ford by hop count). */
function hopLimited(g: RoleGraph, s: string, t: string, limit: number, weight: Weight): string[] | null {
  let dist = new Map<string, { cost: number; path: string[] }>([[s, { cost: 0, path: [s] }]]);
  let best: { cost: number; path: string[] } | null = null;
  for (let h = 0; h < limit; h++) {
    const next = new Map(dist);
    for (const [v, d] of dist) {
      g.forEachOutEdge(v, (e, attr, _src, u) => {
        if (d.path.includes(u)) return;
        const w = weight(e, attr);
        if (!Number.isFinite(w)) return;
        const c = d.cost + w;
        const cur = next.get(u);
        if (!cur || c < cur.cost) next.set(u, { cost: c, path: [...d.path, u] });
      });
    }
    dist = next;
    const at = dist.get(t);
    if (at && (!best || at.cost < best.cost)) best = at;
  }
  return best?.path ?? null;
}

/** The exact ledger of a path: learn and carry-over per step, with everything held carried forward. */
function ledger(index: RoleIndex, g: RoleGraph, roles: string[], have: Set<number>, opts: PathOptions): RolePath {
  const held = new Set<number>(have);
  for (const i of index.needs[index.roleIndex.get(roles[0])!]) held.add(i);
  const steps: Step[] = [];
  let total = 0;
  let inferred = 0;
  const weight = stepWeight(g, have, new Set(), opts);
  for (let s = 0; s + 1 < roles.length; s++) {
    const e = g.edge(roles[s], roles[s + 1]);
    const attr = e !== undefined ? g.getEdgeAttributes(e) : null;
    const need = index.needs[index.roleIndex.get(roles[s + 1])!];
    const learn: string[] = [];
    const carry: string[] = [];
    for (const i of need) {
      if (held.has(i)) carry.push(index.items[i]);
      else {
        learn.push(index.items[i]);
        held.add(i);
      }
    }
    total += learn.length;
    const documented = !!attr?.documented;
    if (!documented) inferred++;
    steps.push({
      from: roles[s],
      to: roles[s + 1],
      documented,
      edges: attr?.edges ?? [],
      learn: learn.sort(),
      carry: carry.sort(),
    });
  }
  return { roles, steps, total, searchCost: pathCost(g, roles, weight), inferredSteps: inferred };
}

function comparePaths(x: RolePath, y: RolePath): number {
  return (
    x.total - y.total ||
    x.inferredSteps - y.inferredSteps ||
    x.steps.length - y.steps.length ||
    (x.roles.join() < y.roles.join() ? -1 : 1)
  );
}

function noPathReason(index: RoleIndex, g: RoleGraph, from: string, to: string, opts: PathOptions, avoid: Set<string>): string {
  if (opts.mode === 'documented') {
    const documentedIn = g.inEdges(to).some((e) => g.getEdgeAttribute(e, 'documented') && !avoid.has(g.source(e)));
    if (!documentedIn)
      return 'No documented transition reaches this role. Try "fewest new skills" to allow moves the documents do not state.';
    return 'No chain of documented transitions leads from this role to the target.';
  }
  if (!index.needs[index.roleIndex.get(to)!].length)
    return 'The documents name nothing this role needs, so no move towards it can be costed.';
  if (opts.maxSteps) return `No path within ${opts.maxSteps} step${opts.maxSteps === 1 ? '' : 's'}.`;
  if (avoid.size) return 'Every path passes through a role you chose to avoid.';
  return `No role reachable from ${from} shares skills or tools with the target.`;
}

/** Roles reachable from `from` that need the least beyond what the target needs. */
function closest(index: RoleIndex, g: RoleGraph, from: string, to: string, weight: Weight): { role: string; gap: number }[] {
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length) {
    const v = queue.shift()!;
    g.forEachOutEdge(v, (e, attr, _s, u) => {
      if (!seen.has(u) && Number.isFinite(weight(e, attr))) {
        seen.add(u);
        queue.push(u);
      }
    });
  }
  const target = index.needs[index.roleIndex.get(to)!];
  return [...seen]
    .filter((r) => r !== to && r !== from)
    .map((r) => {
      const have = new Set(index.needs[index.roleIndex.get(r)!]);
      return { role: r, gap: [...target].filter((i) => !have.has(i)).length };
    })
    .sort((x, y) => x.gap - y.gap || (x.role < y.role ? -1 : 1))
    .slice(0, 3);
}
