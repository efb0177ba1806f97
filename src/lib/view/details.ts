/** What the details panel shows for a node: its connections grouped by relation. Pure. */
import { compareText } from './text';
import type { GraphEdge, GraphNode } from '../schema';
import type { View } from './filters';
import { relationFrom, type Model } from './model';

/** One connection of the selected node. */
export interface Connection {
  edge: GraphEdge;
  other: GraphNode;
  visible: boolean;
}

/** Connections grouped by relation, groups and members in a stable order. */
export function connections(model: Model, id: string, view: View | null): { relation: string; items: Connection[] }[] {
  const groups = new Map<string, Connection[]>();
  for (const eid of model.incident.get(id) ?? []) {
    const edge = model.edges.get(eid)!;
    const other = model.nodes.get(edge.source === id ? edge.target : edge.source)!;
    const relation = relationFrom(edge, id);
    const list = groups.get(relation) ?? [];
    list.push({ edge, other, visible: view ? view.edges.has(eid) : true });
    groups.set(relation, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([relation, items]) => ({
      relation,
      items: items.sort(
        (x, y) => y.edge.support.statements - x.edge.support.statements || compareText(x.other.label, y.other.label),
      ),
    }));
}
