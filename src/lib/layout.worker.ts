/** Lays out a graph file off the main thread, reporting progress; see layout.ts for the method. */
import { layoutGraph } from './layout';
import type { GraphFile } from './schema';

/** Messages from the worker. */
export type LayoutMessage = { type: 'progress'; done: number } | { type: 'done'; positions: [string, number, number][] };

self.onmessage = (e: MessageEvent<GraphFile>) => {
  const post = (m: LayoutMessage) => (self as unknown as Worker).postMessage(m);
  const laid = layoutGraph(e.data, { onProgress: (done) => post({ type: 'progress', done }) });
  post({ type: 'done', positions: laid.nodes.map((n) => [n.id, n.x ?? 0, n.y ?? 0]) });
};
