/**
 * The peer page for the browser benchmark: sigma.js 3 (WebGL, the renderer Gephi Lite uses) drawing a
 * whole rolegraph file. It records when its first frame was drawn in body[data-rendered-at].
 */
import Graph from 'graphology';
import Sigma from 'sigma';

const COLOURS: Record<string, string> = { role: '#0072B2', skill: '#E69F00', tool: '#009E73', education: '#CC79A7' };
const file = new URLSearchParams(location.search).get('graph') ?? '../large.json';

void fetch(file)
  .then((r) => r.json())
  .then(
    (data: {
      nodes: { id: string; kind: string; label: string; x?: number; y?: number; support: { statements: number } }[];
      edges: { id: string; source: string; target: string }[];
    }) => {
      const g = new Graph({ multi: true });
      data.nodes.forEach((n, i) =>
        g.addNode(n.id, {
          x: n.x ?? Math.cos(i),
          y: n.y ?? Math.sin(i),
          size: 2 + Math.log2(1 + n.support.statements),
          label: n.label,
          color: COLOURS[n.kind],
        }),
      );
      for (const e of data.edges) g.addEdgeWithKey(e.id, e.source, e.target, { size: 0.5, color: '#c0c6cc' });
      const renderer = new Sigma(g, document.getElementById('sigma')!, { renderLabels: true, labelRenderedSizeThreshold: 8 });
      renderer.once('afterRender', () => {
        document.body.dataset.renderedAt = String(Math.round(performance.now()));
      });
      renderer.refresh();
    },
  )
  .catch((e: Error) => {
    document.body.dataset.error = e.message;
  });
