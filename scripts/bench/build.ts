/**
 * Build benchmark: throughput of the pure build (structure, boilerplate, two extraction passes,
 * assembly) on a generated corpus of at least 10 MB, next to marked's lexer alone on the same text,
 * and the layout step the CLI adds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Lexer } from 'marked';
import { buildGraph } from '../../src/lib/extract/build';
import { parseLexicon } from '../../src/lib/extract/lexicon';
import { layoutGraph } from '../../src/lib/layout';
import { generateCorpus } from './corpus';

/** Result rows for BENCHMARKS.md. */
export interface BuildBench {
  megabytes: number;
  documents: number;
  parseSeconds: number;
  buildSeconds: number;
  layoutSeconds: number;
  nodes: number;
  edges: number;
}

function best(runs: number, f: () => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    min = Math.min(min, performance.now() - t);
  }
  return min / 1000;
}

/** Run the build benchmark. */
export function benchBuild(megabytes = 12): BuildBench {
  const root = join(import.meta.dirname, '..', '..');
  const lexicon = parseLexicon(JSON.parse(readFileSync(join(root, 'graph-data', 'lexicon.json'), 'utf8')));
  const docs = generateCorpus(megabytes * 1024 * 1024);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const parseSeconds = best(3, () => {
    for (const d of docs) new Lexer({ gfm: true }).lex(d.text);
  });
  let result: ReturnType<typeof buildGraph> | null = null;
  const buildSeconds = best(2, () => {
    result = buildGraph(docs, lexicon);
  });
  const graph = result!.graph;
  const layoutSeconds = best(1, () => layoutGraph(graph));
  return {
    megabytes: bytes / 1024 / 1024,
    documents: docs.length,
    parseSeconds,
    buildSeconds,
    layoutSeconds,
    nodes: graph.nodes.length,
    edges: graph.edges.length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(benchBuild());
