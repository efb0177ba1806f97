/**
 * Algorithm benchmark (Node): overlap of 2 and 10 roles and transition paths between random pairs,
 * on generated graphs of 100, 1,000 and 10,000 roles with 10× as many skills and tools and a
 * long-tailed popularity. Index and derived role graph are built once per graph, as in the app.
 */
import { bidirectional } from 'graphology-shortest-path/dijkstra';
import { overlap } from '../../src/lib/algo/overlap';
import { findPaths, prepareSearch } from '../../src/lib/algo/path';
import { roleGraph } from '../../src/lib/algo/roleGraph';
import { buildRoleIndex } from '../../src/lib/algo/roleIndex';
import type { GraphFile } from '../../src/lib/schema';
import { createModel } from '../../src/lib/view/model';
import { generateGraph } from './largeGraph';
import { random } from './random';
import { quantile } from './stats';

/** One row of results. */
export interface AlgoRow {
  /** Which graph: generated, or a named real one. */
  graph: string;
  roles: number;
  items: number;
  edges: number;
  indexMs: number;
  roleGraphMs: number;
  roleGraphEdges: number;
  overlap2: [number, number];
  overlap10: [number, number];
  path: [number, number];
  pathAlternatives: [number, number];
  dijkstra: [number, number];
  found: number;
}

function sample(n: number, f: (i: number) => void): [number, number] {
  const times: number[] = [];
  // the first few calls of each kind run untimed, so the figures are of compiled code, not the JIT
  for (let i = 0; i < Math.min(n, 20); i++) f(n - 1 - i);
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    f(i);
    times.push(performance.now() - t);
  }
  return [quantile(times, 0.5), quantile(times, 0.95)];
}

/** Run the algorithm benchmark for the given role counts, and on any real graphs given. */
export function benchAlgorithms(
  sizes = [100, 1000, 10_000],
  queries = 200,
  real: { name: string; file: GraphFile }[] = [],
): AlgoRow[] {
  return [
    ...sizes.map((roles) => benchGraph('generated', generateGraph(roles, 48, 3 + roles), queries)),
    ...real.map((g) => benchGraph(g.name, g.file, queries)),
  ];
}

/** Index one graph, then time random queries on it. */
function benchGraph(name: string, file: GraphFile, queries: number): AlgoRow {
  const model = createModel(file);
  // graphology's graph is built on first use; the index column times the index alone
  void model.graph;
  let t = performance.now();
  const index = buildRoleIndex(model.graph);
  const indexMs = performance.now() - t;
  t = performance.now();
  const rg = roleGraph(index);
  prepareSearch(index);
  const roleGraphMs = performance.now() - t;
  const r = random(99);
  const pick = () => index.roles[r.int(0, index.roles.length - 1)];
  const overlap2 = sample(queries, () => overlap(index, [pick(), pick()]));
  const overlap10 = sample(queries, () => overlap(index, Array.from({ length: 10 }, pick), { k: 3 }));
  const pairs = Array.from({ length: queries }, () => [pick(), pick()] as const);
  let found = 0;
  const path = sample(queries, (i) => {
    if (findPaths(index, pairs[i][0], pairs[i][1], { alternatives: 0 }).ok) found++;
  });
  const pathAlternatives = sample(Math.min(queries, 100), (i) => findPaths(index, pairs[i][0], pairs[i][1], { alternatives: 3 }));
  const dijkstra = sample(queries, (i) => bidirectional(rg, pairs[i][0], pairs[i][1], (_e, a) => a.gap.length + 1));
  return {
    graph: name,
    roles: index.roles.length,
    items: index.items.length,
    edges: file.edges.length,
    indexMs,
    roleGraphMs,
    roleGraphEdges: rg.size,
    overlap2,
    overlap10,
    path,
    pathAlternatives,
    dijkstra,
    found,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(benchAlgorithms([100, 1000]));
