/**
 * The derived role graph compiled for search: compressed adjacency (out and in) over typed arrays,
 * one slot per step, and a bidirectional Dijkstra over it with flatqueue's binary heap.
 *
 * graphology's own Dijkstra walks the graph through string keys and attribute objects; at 10,000 roles
 * that alone was about 2.5 ms per query, most of the path budget. The search here is the same
 * algorithm on integer ids, so a query touches no strings until the path is read back.
 */
import FlatQueue from 'flatqueue';
import type { RoleGraph } from './roleGraph';

/** The compiled step graph. Node ids are the role graph's node order; step ids its edge order. */
export interface Steps {
  n: number;
  m: number;
  nodes: string[];
  nodeId: Map<string, number>;
  src: Int32Array;
  dst: Int32Array;
  documented: Uint8Array;
  gap: Int32Array[];
  outStart: Int32Array;
  outStep: Int32Array;
  inStart: Int32Array;
  inStep: Int32Array;
}

const cache = new WeakMap<RoleGraph, Steps>();

/** Compile (once per role graph) the step arrays. */
export function compileSteps(g: RoleGraph): Steps {
  const hit = cache.get(g);
  if (hit) return hit;
  const nodes = g.nodes();
  const n = nodes.length;
  const nodeId = new Map(nodes.map((v, i) => [v, i]));
  const m = g.size;
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  const documented = new Uint8Array(m);
  const gap: Int32Array[] = new Array<Int32Array>(m);
  const outStart = new Int32Array(n + 1);
  const inStart = new Int32Array(n + 1);
  let e = 0;
  g.forEachEdge((_key, attr, s, t) => {
    src[e] = nodeId.get(s)!;
    dst[e] = nodeId.get(t)!;
    documented[e] = attr.documented ? 1 : 0;
    gap[e] = attr.gap;
    outStart[src[e] + 1]++;
    inStart[dst[e] + 1]++;
    e++;
  });
  for (let i = 0; i < n; i++) {
    outStart[i + 1] += outStart[i];
    inStart[i + 1] += inStart[i];
  }
  const outStep = new Int32Array(m);
  const inStep = new Int32Array(m);
  const outFill = outStart.slice(0, n);
  const inFill = inStart.slice(0, n);
  for (let k = 0; k < m; k++) {
    outStep[outFill[src[k]]++] = k;
    inStep[inFill[dst[k]]++] = k;
  }
  const steps: Steps = { n, m, nodes, nodeId, src, dst, documented, gap, outStart, outStep, inStart, inStep };
  cache.set(g, steps);
  return steps;
}

/** The step between two roles, or -1. */
export function stepBetween(steps: Steps, a: number, b: number): number {
  for (let k = steps.outStart[a]; k < steps.outStart[a + 1]; k++) {
    const e = steps.outStep[k];
    if (steps.dst[e] === b) return e;
  }
  return -1;
}

/** Cost of each step (Infinity: not allowed). Returns a number per step id. */
export type StepCost = (step: number) => number;

/**
 * Cheapest path from `s` to `t` under `cost`, as node ids, or null. Ties are broken by the order of
 * the compiled arrays, so the same question gets the same answer.
 */
export function cheapestPath(steps: Steps, s: number, t: number, cost: StepCost): number[] | null {
  if (s === t) return [s];
  const work = scratchOf(steps);
  try {
    return search(steps, work, s, t, cost);
  } finally {
    // put back only what this search touched: a search reaches a few hundred of the roles, and
    // clearing arrays the size of the graph for each one was most of the cost of asking for
    // alternatives (each is several searches)
    const { distF, distB, viaF, viaB, doneF, doneB, touched } = work;
    for (const v of touched) {
      distF[v] = distB[v] = Infinity;
      viaF[v] = viaB[v] = -1;
      doneF[v] = doneB[v] = 0;
    }
    touched.length = 0;
    work.qF.clear();
    work.qB.clear();
  }
}

/** The arrays one search works in, kept per compiled graph and left clear between searches. */
interface Scratch {
  distF: Float64Array;
  distB: Float64Array;
  viaF: Int32Array;
  viaB: Int32Array;
  doneF: Uint8Array;
  doneB: Uint8Array;
  /** Nodes whose entries the current search set. */
  touched: number[];
  qF: FlatQueue<number>;
  qB: FlatQueue<number>;
}
const scratches = new WeakMap<Steps, Scratch>();

function scratchOf(steps: Steps): Scratch {
  let work = scratches.get(steps);
  if (!work) {
    const n = steps.n;
    work = {
      distF: new Float64Array(n).fill(Infinity),
      distB: new Float64Array(n).fill(Infinity),
      viaF: new Int32Array(n).fill(-1),
      viaB: new Int32Array(n).fill(-1),
      doneF: new Uint8Array(n),
      doneB: new Uint8Array(n),
      touched: [],
      qF: new FlatQueue<number>(),
      qB: new FlatQueue<number>(),
    };
    scratches.set(steps, work);
  }
  return work;
}

/** The bidirectional Dijkstra behind {@link cheapestPath}, in clear scratch arrays. */
function search(steps: Steps, work: Scratch, s: number, t: number, cost: StepCost): number[] | null {
  const { src, dst, outStart, outStep, inStart, inStep } = steps;
  const { distF, distB, viaF, viaB, doneF, doneB, touched, qF, qB } = work;
  touched.push(s, t);
  distF[s] = 0;
  distB[t] = 0;
  qF.push(s, 0);
  qB.push(t, 0);
  let best = Infinity;
  let meet = -1;
  while (qF.length && qB.length) {
    if (qF.peekValue()! + qB.peekValue()! >= best) break;
    const forward = qF.length <= qB.length;
    const q = forward ? qF : qB;
    const d = q.peekValue()!;
    const v = q.pop()!;
    const done = forward ? doneF : doneB;
    if (done[v]) continue;
    done[v] = 1;
    const dist = forward ? distF : distB;
    if (d > dist[v]) continue;
    const other = forward ? distB : distF;
    const via = forward ? viaF : viaB;
    const start = forward ? outStart : inStart;
    const list = forward ? outStep : inStep;
    const far = forward ? dst : src;
    for (let k = start[v]; k < start[v + 1]; k++) {
      const e = list[k];
      const w = cost(e);
      if (w === Infinity) continue;
      const u = far[e];
      const du = d + w;
      if (du < dist[u]) {
        dist[u] = du;
        via[u] = e;
        q.push(u, du);
        touched.push(u);
      }
      const total = dist[u] + other[u];
      if (total < best) {
        best = total;
        meet = u;
      }
    }
  }
  if (meet < 0) return null;
  const path = [meet];
  for (let v = meet; v !== s;) {
    v = src[viaF[v]];
    path.push(v);
  }
  path.reverse();
  for (let v = meet; v !== t;) {
    v = dst[viaB[v]];
    path.push(v);
  }
  return path;
}
