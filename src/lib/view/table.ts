/** Rows of the text view: the filtered graph as tables a keyboard and a screen reader can read. Pure. */
import { compareText } from './text';
import { EDGE_LABELS, type NodeKind } from '../schema';
import { supportIn, type View } from './filters';
import type { Model } from './model';

/** A node row. */
export interface NodeRow {
  id: string;
  label: string;
  kind: NodeKind;
  degree: number;
  evidence: number;
}

/** An edge row. */
export interface EdgeRow {
  id: string;
  source: string;
  sourceLabel: string;
  relation: string;
  target: string;
  targetLabel: string;
  support: number;
}

/** Rows for the visible graph: nodes by kind then label, edges by support. */
export function tableRows(model: Model, view: View): { nodes: NodeRow[]; edges: EdgeRow[] } {
  const degree = new Map<string, number>();
  for (const id of view.edges) {
    const e = model.edges.get(id)!;
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const order: Record<NodeKind, number> = { role: 0, skill: 1, tool: 2, education: 3 };
  const nodes = [...view.nodes]
    .map((id) => {
      const n = model.nodes.get(id)!;
      return { id, label: n.label, kind: n.kind, degree: degree.get(id) ?? 0, evidence: n.support.statements };
    })
    .sort((a, b) => order[a.kind] - order[b.kind] || compareText(a.label, b.label));
  const edges = [...view.edges]
    .map((id) => {
      const e = model.edges.get(id)!;
      return {
        id,
        source: e.source,
        sourceLabel: model.nodes.get(e.source)!.label,
        relation: EDGE_LABELS[e.kind],
        target: e.target,
        targetLabel: model.nodes.get(e.target)!.label,
        support: supportIn(model, view, id),
      };
    })
    .sort(
      (a, b) => b.support - a.support || compareText(a.sourceLabel, b.sourceLabel) || compareText(a.targetLabel, b.targetLabel),
    );
  return { nodes, edges };
}
