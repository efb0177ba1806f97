/** What to light up on the canvas for a comparison or a path. Pure. */
import type { OverlapResult } from '../algo/overlap';
import type { RolePath } from '../algo/path';
import type { Model } from './model';

/** Nodes and edges to highlight. */
export interface Highlight {
  nodes: Set<string>;
  edges: Set<string>;
}

function roleEdgesTo(model: Model, roles: string[], items: Set<string>, into: Set<string>): void {
  for (const r of roles) {
    for (const eid of model.incident.get(r) ?? []) {
      const e = model.edges.get(eid)!;
      if (e.source === r && items.has(e.target)) into.add(eid);
    }
  }
}

/** A comparison lights its roles and what they all share (or, failing that, what at least k share). */
export function overlapHighlight(model: Model, o: OverlapResult): Highlight {
  const items = new Set(o.shared.length ? o.shared : o.atLeastK.map((x) => x.id));
  const edges = new Set<string>();
  roleEdgesTo(model, o.roles, items, edges);
  return { nodes: new Set([...o.roles, ...items]), edges };
}

/** A path lights its roles, the transitions between them and what to learn on each step. */
export function pathHighlight(model: Model, p: RolePath): Highlight {
  const nodes = new Set(p.roles);
  const edges = new Set<string>();
  for (const step of p.steps) {
    for (const id of step.edges) edges.add(id);
    const learn = new Set(step.learn);
    for (const id of learn) nodes.add(id);
    roleEdgesTo(model, [step.to], learn, edges);
  }
  return { nodes, edges };
}
