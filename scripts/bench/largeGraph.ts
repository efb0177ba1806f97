/**
 * Generated graphs for scale benchmarks: R roles, 10×R skills and tools with a long-tailed popularity
 * (a few, like Python or SQL, needed by most roles), education, documented transitions and
 * collaboration. Every node and edge has one synthetic evidence record, as a built graph would.
 */
import { edgeId, type EdgeKind, type GraphEdge, type GraphFile, type GraphNode, type NodeKind } from '../../src/lib/schema';
import { random } from './random';

/** Generate a graph file with `roles` roles and about `edgesPerRole` requirements each. */
export function generateGraph(roles: number, edgesPerRole = 48, seed = 11): GraphFile {
  const r = random(seed);
  const items = roles * 10;
  const nodes: GraphNode[] = [];
  const edges = new Map<string, GraphEdge>();
  const ev = (line: number) => [{ document: 'generated', line, quote: `Generated statement ${line}.` }];
  const node = (kind: NodeKind, i: number): GraphNode => ({
    id: `${kind}:${kind}-${i}`,
    kind,
    label: `${kind === 'role' ? 'Role' : kind === 'skill' ? 'Skill' : kind === 'tool' ? 'Tool' : 'Degree'} ${i}`,
    aliases: [],
    support: { statements: 1, documents: 1 },
    evidence: ev(i + 1),
  });
  for (let i = 0; i < roles; i++) nodes.push(node('role', i));
  const itemIds: string[] = [];
  for (let i = 0; i < items; i++) {
    const n = node(i % 5 < 3 ? 'skill' : 'tool', i);
    nodes.push(n);
    itemIds.push(n.id);
  }
  const degrees = Math.max(5, Math.round(roles / 50));
  for (let i = 0; i < degrees; i++) nodes.push(node('education', i));
  const add = (kind: EdgeKind, source: string, target: string) => {
    const id = edgeId(kind, source, target);
    if (source === target || edges.has(id)) return;
    edges.set(id, {
      id,
      source,
      target,
      kind,
      support: { statements: 1 + r.int(0, 2), documents: 1 },
      evidence: ev(edges.size + 1),
    });
  };
  for (let i = 0; i < roles; i++) {
    const role = `role:role-${i}`;
    for (let k = 0; k < edgesPerRole; k++) {
      const item = itemIds[r.popular(items)];
      add(item.startsWith('skill') ? 'requires' : 'uses', role, item);
    }
    add('typical-education', role, `education:education-${r.int(0, degrees - 1)}`);
    for (let k = 0; k < 2; k++) add('transitions-to', role, `role:role-${r.int(0, roles - 1)}`);
    if (r.float() < 0.3) {
      const other = `role:role-${r.int(0, roles - 1)}`;
      if (other < role) add('collaborates-with', other, role);
      else add('collaborates-with', role, other);
    }
  }
  return {
    format: 'rolegraph',
    version: 1,
    documents: [{ id: 'generated', file: 'generated.md', title: 'Generated benchmark graph', lines: 1_000_000 }],
    nodes,
    edges: [...edges.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}
