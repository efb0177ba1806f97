/** Deterministic serialisation of a graph file: two-space JSON with a trailing newline. */
import type { GraphFile } from '../src/lib/schema';

/** Serialise a graph file the same way every time. */
export function serialiseGraph(graph: GraphFile): string {
  return JSON.stringify(graph, null, 2) + '\n';
}
