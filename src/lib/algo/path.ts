/**
 * Transition paths from role A to role B with what to learn on each step.
 *
 * Search (heuristic): each step A → B has a fixed cost — what B needs that A and the person lack,
 * discounted when the documents state the move, plus a base cost per step that is higher for moves
 * the documents do not state. A bidirectional Dijkstra over the compiled step arrays (./steps) finds
 * the cheapest path under those costs, and Yen's algorithm (Yen 1971, "Finding the k shortest
 * loopless paths in a network") the next cheapest, loopless and distinct.
 * Ledger (exact): for every candidate the true cost is computed with carry-over — what the start role,
 * the person and every earlier step already give is not learnt again — and candidates are ranked by
 * that true total, then by fewer undocumented moves, fewer steps and names, so ties break the same way
 * every time. With a step limit, a hop-limited Bellman-Ford finds the cheapest path within the limit.
 */
import type { RoleIndex } from './roleIndex';
import { roleGraph, type RoleGraph } from './roleGraph';
import { cheapestPath, compileSteps, stepBetween, type StepCost, type Steps } from './steps';

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
  const steps = compileSteps(g);
  const have = new Set(opts.have.map((id) => index.itemIndex.get(id)).filter((i): i is number => i !== undefined));
  const avoid = new Set(opts.avoid.filter((r) => r !== from && r !== to));
  // the ledger's search cost counts what is held but not what is avoided (a path never passes it)
  const ledgerCost = stepCost(steps, have, new Set(), opts);
  const ledgerOf = (roles: string[]) => ledger(index, g, steps, roles, have, ledgerCost);
  if (from === to) return { ok: true, best: ledgerOf([from]), alternatives: [] };

  const cost = stepCost(steps, have, avoid, opts);
  const s = steps.nodeId.get(from)!;
  const t = steps.nodeId.get(to)!;
  const candidates: number[][] = [];
  const wanted = 1 + Math.max(0, opts.alternatives) + (opts.maxSteps ? 6 : 0);
  for (const p of yen(steps, s, t, wanted, cost)) {
    if (!opts.maxSteps || p.length - 1 <= opts.maxSteps) candidates.push(p);
  }
  if (opts.maxSteps && !candidates.length) {
    const p = hopLimited(steps, s, t, opts.maxSteps, cost);
    if (p) candidates.push(p);
  }
  if (!candidates.length)
    return { ok: false, reason: noPathReason(index, g, from, to, opts, avoid), closest: closest(index, steps, s, to, cost) };
  const ranked = candidates.map((p) => ledgerOf(p.map((v) => steps.nodes[v]))).sort(comparePaths);
  return { ok: true, best: ranked[0], alternatives: ranked.slice(1, 1 + opts.alternatives) };
}

/**
 * Build what path questions need (derived role graph, compiled steps, default step costs) ahead of
 * the first question; everything is cached per index.
 */
export function prepareSearch(index: RoleIndex): void {
  stepCost(compileSteps(roleGraph(index)), new Set(), new Set(), PATH_DEFAULTS);
}

const baseCosts = new WeakMap<Steps, Map<string, Float64Array>>();

/**
 * The fixed search cost of every step. The common question (nothing held, nothing avoided) reads
 * costs computed once per graph and settings; otherwise each step's cost is worked out when the
 * search first reaches it.
 */
function stepCost(steps: Steps, have: Set<number>, avoid: Set<string>, opts: PathOptions): StepCost {
  const { documentedBase, documentedFactor, inferredBase } = opts;
  const documentedOnly = opts.mode === 'documented';
  const of = (e: number, gap: number) =>
    steps.documented[e] ? documentedBase + documentedFactor * gap : documentedOnly ? Infinity : inferredBase + gap;
  if (!have.size && !avoid.size) {
    const key = `${opts.mode} ${documentedBase} ${documentedFactor} ${inferredBase}`;
    let byKey = baseCosts.get(steps);
    if (!byKey) baseCosts.set(steps, (byKey = new Map()));
    let costs = byKey.get(key);
    if (!costs) {
      costs = new Float64Array(steps.m);
      for (let e = 0; e < steps.m; e++) costs[e] = of(e, steps.gap[e].length);
      byKey.set(key, costs);
    }
    const fixed = costs;
    return (e) => fixed[e];
  }
  const avoided = new Uint8Array(steps.n);
  for (const r of avoid) {
    const v = steps.nodeId.get(r);
    if (v !== undefined) avoided[v] = 1;
  }
  const memo = new Float64Array(steps.m).fill(NaN);
  return (e) => {
    const known = memo[e];
    if (known === known) return known;
    let c: number;
    if (avoided[steps.src[e]] || avoided[steps.dst[e]]) c = Infinity;
    else {
      let gap = steps.gap[e].length;
      if (have.size) for (const i of steps.gap[e]) if (have.has(i)) gap--;
      c = of(e, gap);
    }
    memo[e] = c;
    return c;
  };
}

function pathCost(steps: Steps, path: number[], cost: StepCost): number {
  let c = 0;
  for (let i = 0; i + 1 < path.length; i++) {
    const e = stepBetween(steps, path[i], path[i + 1]);
    if (e < 0) return Infinity;
    c += cost(e);
  }
  return c;
}

/** Yen's k shortest loopless paths under fixed step costs, as node ids. */
export function yen(steps: Steps, s: number, t: number, k: number, cost: StepCost): number[][] {
  const first = cheapestPath(steps, s, t, cost);
  if (!first) return [];
  const found: number[][] = [first];
  // where each found path left the one it was found from: spurs before that point were tried then
  // (Lawler's refinement of Yen's algorithm)
  const deviation: number[] = [0];
  const foundKeys = new Set([first.join()]);
  const pool = new Map<string, { path: number[]; cost: number; at: number }>();
  const blockedStep = new Uint8Array(steps.m);
  const blockedNode = new Uint8Array(steps.n);
  const spurCost: StepCost = (e) =>
    blockedStep[e] || blockedNode[steps.src[e]] || blockedNode[steps.dst[e]] ? Infinity : cost(e);
  while (found.length < k) {
    const last = found[found.length - 1];
    for (let i = deviation[found.length - 1]; i + 1 < last.length; i++) {
      const root = last.slice(0, i + 1);
      const blocked: number[] = [];
      for (const p of found) {
        if (p.length > i + 1 && root.every((r, j) => p[j] === r)) {
          const e = stepBetween(steps, p[i], p[i + 1]);
          if (e >= 0 && !blockedStep[e]) {
            blockedStep[e] = 1;
            blocked.push(e);
          }
        }
      }
      for (let j = 0; j < i; j++) blockedNode[root[j]] = 1;
      const spurPath = cheapestPath(steps, last[i], t, spurCost);
      for (const e of blocked) blockedStep[e] = 0;
      for (let j = 0; j < i; j++) blockedNode[root[j]] = 0;
      if (!spurPath) continue;
      const path = [...root.slice(0, -1), ...spurPath];
      const key = path.join();
      if (!pool.has(key) && !foundKeys.has(key)) pool.set(key, { path, cost: pathCost(steps, path, cost), at: i });
    }
    if (!pool.size) break;
    let bestKey = '';
    let best: { path: number[]; cost: number; at: number } | null = null;
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
    deviation.push(best!.at);
    foundKeys.add(bestKey);
  }
  return found;
}

/** Cheapest path with at most `limit` steps (Bellman-Ford by hop count). */
function hopLimited(steps: Steps, s: number, t: number, limit: number, cost: StepCost): number[] | null {
  let dist = new Map<number, { cost: number; path: number[] }>([[s, { cost: 0, path: [s] }]]);
  let best: { cost: number; path: number[] } | null = null;
  for (let h = 0; h < limit; h++) {
    const next = new Map(dist);
    for (const [v, d] of dist) {
      for (let k = steps.outStart[v]; k < steps.outStart[v + 1]; k++) {
        const e = steps.outStep[k];
        const u = steps.dst[e];
        if (d.path.includes(u)) continue;
        const w = cost(e);
        if (!Number.isFinite(w)) continue;
        const c = d.cost + w;
        const cur = next.get(u);
        if (!cur || c < cur.cost) next.set(u, { cost: c, path: [...d.path, u] });
      }
    }
    dist = next;
    const at = dist.get(t);
    if (at && (!best || at.cost < best.cost)) best = at;
  }
  return best?.path ?? null;
}

/** The exact ledger of a path: learn and carry-over per step, with everything held carried forward. */
function ledger(index: RoleIndex, g: RoleGraph, steps: Steps, roles: string[], have: Set<number>, cost: StepCost): RolePath {
  const held = new Set<number>(have);
  for (const i of index.needs[index.roleIndex.get(roles[0])!]) held.add(i);
  const list: Step[] = [];
  let total = 0;
  let inferred = 0;
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
    list.push({
      from: roles[s],
      to: roles[s + 1],
      documented,
      edges: attr?.edges ?? [],
      learn: learn.sort(),
      carry: carry.sort(),
    });
  }
  const searchCost = pathCost(
    steps,
    roles.map((r) => steps.nodeId.get(r)!),
    cost,
  );
  return { roles, steps: list, total, searchCost, inferredSteps: inferred };
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
function closest(index: RoleIndex, steps: Steps, from: number, to: string, cost: StepCost): { role: string; gap: number }[] {
  const seen = new Uint8Array(steps.n);
  seen[from] = 1;
  const reached: string[] = [];
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head];
    for (let k = steps.outStart[v]; k < steps.outStart[v + 1]; k++) {
      const e = steps.outStep[k];
      const u = steps.dst[e];
      if (!seen[u] && Number.isFinite(cost(e))) {
        seen[u] = 1;
        queue.push(u);
        reached.push(steps.nodes[u]);
      }
    }
  }
  const target = index.needs[index.roleIndex.get(to)!];
  // a target that needs nothing known is equally far from every role: no role is closest
  if (!target.length) return [];
  const wanted = new Uint8Array(index.items.length);
  for (const i of target) wanted[i] = 1;
  return reached
    .filter((r) => r !== to)
    .map((r) => {
      let held = 0;
      for (const i of index.needs[index.roleIndex.get(r)!]) held += wanted[i];
      return { role: r, gap: target.length - held };
    })
    .sort((x, y) => x.gap - y.gap || (x.role < y.role ? -1 : 1))
    .slice(0, 3);
}
