/** The pure mapping from the view model to Cytoscape element definitions. */
import type { ElementDefinition } from 'cytoscape';
import type { EdgeVM, NodeVM } from '../view/viewModel';

/** Map the view model to Cytoscape elements (positions from the build when present). */
export function toElements(nodes: NodeVM[], edges: EdgeVM[]): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (const n of nodes) {
    out.push({
      group: 'nodes',
      data: {
        id: n.id,
        label: n.more ? `${n.label}\n${n.more}` : n.label,
        name: n.label,
        kind: n.kind,
        size: n.size,
        rank: n.rank,
        px: n.x,
        py: n.y,
      },
      classes: n.classes.join(' '),
      position: n.x !== undefined && n.y !== undefined ? { x: n.x, y: n.y } : undefined,
    });
  }
  for (const e of edges) {
    out.push({
      group: 'edges',
      data: { id: e.id, source: e.source, target: e.target, kind: e.kind, width: e.width },
      classes: e.classes.join(' '),
    });
  }
  return out;
}
