/**
 * Exports of the current filtered graph: rolegraph JSON, GEXF (graphology-gexf's writer) and GraphML
 * (written through the browser's own XML DOM and serializer, since graphology-graphml only parses).
 * Loaded on demand: nothing here is in the initial bundle.
 */
import Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf/browser';
import type { GraphFile } from './schema';
import type { View } from './view/filters';
import type { Model } from './view/model';

/** The filtered graph as a rolegraph file. */
export function subgraphFile(model: Model, view: View): GraphFile {
  const docs = new Set<string>();
  const nodes = model.file.nodes.filter((n) => view.nodes.has(n.id));
  const edges = model.file.edges.filter((e) => view.edges.has(e.id));
  for (const x of [...nodes, ...edges]) for (const ev of x.evidence) docs.add(ev.document);
  return { ...model.file, documents: model.file.documents.filter((d) => docs.has(d.id)), nodes, edges };
}

function toGraphology(file: GraphFile): Graph {
  const g = new Graph({ type: 'mixed', multi: true });
  for (const n of file.nodes) {
    g.addNode(n.id, {
      label: n.label,
      kind: n.kind,
      support: n.support.statements,
      x: n.x ?? 0,
      y: n.y ?? 0,
      size: 1 + Math.log2(1 + n.support.statements),
    });
  }
  for (const e of file.edges) {
    const attrs = {
      kind: e.kind,
      weight: e.support.statements,
      evidence: e.evidence.map((x) => `${x.document}:${x.line} ${x.quote}`).join('\n'),
    };
    if (e.kind === 'collaborates-with') g.addUndirectedEdgeWithKey(e.id, e.source, e.target, attrs);
    else g.addDirectedEdgeWithKey(e.id, e.source, e.target, attrs);
  }
  return g;
}

/** GEXF 1.3 text of a graph file. */
export function toGexf(file: GraphFile): string {
  return writeGexf(toGraphology(file), { pretty: true });
}

/** GraphML text of a graph file. */
export function toGraphml(file: GraphFile): string {
  const NS = 'http://graphml.graphdrawing.org/xmlns';
  const doc = document.implementation.createDocument(NS, 'graphml', null);
  const root = doc.documentElement;
  const keys: [string, string, string][] = [
    ['label', 'node', 'string'],
    ['kind', 'node', 'string'],
    ['support', 'node', 'int'],
    ['ekind', 'edge', 'string'],
    ['weight', 'edge', 'int'],
    ['evidence', 'edge', 'string'],
  ];
  for (const [id, forWhat, type] of keys) {
    const k = doc.createElementNS(NS, 'key');
    k.setAttribute('id', id);
    k.setAttribute('for', forWhat);
    k.setAttribute('attr.name', id === 'ekind' ? 'kind' : id);
    k.setAttribute('attr.type', type);
    root.appendChild(k);
  }
  const graph = doc.createElementNS(NS, 'graph');
  graph.setAttribute('edgedefault', 'directed');
  root.appendChild(graph);
  const data = (parent: Element, key: string, value: string | number) => {
    const d = doc.createElementNS(NS, 'data');
    d.setAttribute('key', key);
    d.textContent = String(value);
    parent.appendChild(d);
  };
  for (const n of file.nodes) {
    const el = doc.createElementNS(NS, 'node');
    el.setAttribute('id', n.id);
    data(el, 'label', n.label);
    data(el, 'kind', n.kind);
    data(el, 'support', n.support.statements);
    graph.appendChild(el);
  }
  for (const e of file.edges) {
    const el = doc.createElementNS(NS, 'edge');
    el.setAttribute('id', e.id);
    el.setAttribute('source', e.source);
    el.setAttribute('target', e.target);
    if (e.kind === 'collaborates-with') el.setAttribute('directed', 'false');
    data(el, 'ekind', e.kind);
    data(el, 'weight', e.support.statements);
    data(el, 'evidence', e.evidence.map((x) => `${x.document}:${x.line} ${x.quote}`).join('\n'));
    graph.appendChild(el);
  }
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(doc) + '\n';
}

/** Offer a blob to the person as a download. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
