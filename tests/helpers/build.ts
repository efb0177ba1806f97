/** Test helpers: build graphs from files on disk through the same pure core the CLI uses. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph } from '../../src/lib/extract/build';
import { parseLexicon, type Lexicon } from '../../src/lib/extract/lexicon';
import type { GraphEdge, GraphFile } from '../../src/lib/schema';

/** Repository root. */
export const ROOT = join(import.meta.dirname, '..', '..');
/** The bundled documents folder. */
export const DOCS = join(ROOT, 'graph-data', 'documents');

/** The project's lexicon. */
export function lexicon(): Lexicon {
  return parseLexicon(JSON.parse(readFileSync(join(ROOT, 'graph-data', 'lexicon.json'), 'utf8')));
}

/** Build a graph from every document in a folder (or the named files). */
export function buildFrom(dir: string, files?: string[]) {
  const names = files ?? readdirSync(dir).filter((f) => /\.(md|markdown|txt)$/i.test(f) && f !== 'README.md');
  return buildGraph(
    names.map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') })),
    lexicon(),
  );
}

/** Find an edge by endpoint labels and kind. */
export function edge(graph: GraphFile, source: string, kind: GraphEdge['kind'], target: string): GraphEdge | undefined {
  const byLabel = new Map(graph.nodes.map((n) => [n.id, n.label]));
  return graph.edges.find((e) => e.kind === kind && byLabel.get(e.source) === source && byLabel.get(e.target) === target);
}
