/** Tiny inline graphs for exact answers: written here for the tests, from an edge list. */
import { edgeId, type EdgeKind, type GraphFile, type NodeKind } from '../../src/lib/schema';

const KIND: Record<string, NodeKind> = { r: 'role', s: 'skill', t: 'tool', e: 'education' };
const EDGE: Record<string, EdgeKind> = {
  'role>skill': 'requires',
  'role>tool': 'uses',
  'role>education': 'typical-education',
  'role>role': 'transitions-to',
  'tool>skill': 'used-for',
};

/**
 * Build a graph file from lines like `r:Analyst > s:SQL` (kind letter, label). `~` between two roles
 * is collaboration; `*3` after a line sets its support; `@doc2` puts the evidence in another document.
 */
export function tiny(lines: string[]): GraphFile {
  const nodes = new Map<string, GraphFile['nodes'][number]>();
  const edges: GraphFile['edges'] = [];
  const docs = new Set<string>(['doc1']);
  const node = (spec: string, doc: string) => {
    const [k, label] = spec.trim().split(':');
    const kind = KIND[k];
    const id = `${kind}:${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    if (!nodes.has(id)) {
      nodes.set(id, {
        id,
        kind,
        label,
        aliases: [],
        support: { statements: 1, documents: 1 },
        evidence: [{ document: doc, line: 1, quote: `${label} is mentioned.` }],
      });
    }
    return nodes.get(id)!;
  };
  lines.forEach((raw, i) => {
    const doc = /@(\w+)/.exec(raw)?.[1] ?? 'doc1';
    docs.add(doc);
    const support = Number(/\*(\d+)/.exec(raw)?.[1] ?? 1);
    const line = raw.replace(/@\w+|\*\d+/g, '').trim();
    if (!line.includes('>') && !line.includes('~')) return void node(line, doc);
    const collab = line.includes('~');
    const [a, b] = line.split(collab ? '~' : '>');
    const s = node(a, doc);
    const t = node(b, doc);
    const kind: EdgeKind = collab ? 'collaborates-with' : EDGE[`${s.kind}>${t.kind}`];
    const evidence = Array.from({ length: support }, (_, j) => ({
      document: doc,
      line: i + 1 + j * 100,
      quote: `${s.label} and ${t.label}.`,
    }));
    for (const n of [s, t])
      if (!n.evidence.some((e) => e.document === doc))
        n.evidence.push({ document: doc, line: i + 1, quote: `${s.label} and ${t.label}.` });
    edges.push({
      id: edgeId(kind, s.id, t.id),
      source: s.id,
      target: t.id,
      kind,
      support: { statements: support, documents: 1 },
      evidence,
    });
  });
  return {
    format: 'rolegraph',
    version: 1,
    documents: [...docs].map((d) => ({ id: d, file: `${d}.md`, title: `Document ${d}`, lines: 10 })),
    nodes: [...nodes.values()],
    edges,
  };
}
