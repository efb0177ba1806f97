// The build's static layout: every node placed, the same graph always placed the same way, and no
// node's name lying on another node or name, on the bundled graph and on graphs made up at random.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../scripts/bench/largeGraph';
import { LABEL, labelSize, nodeSize } from '../../src/lib/geometry';
import { layoutGraph, NAMES_APART_UP_TO } from '../../src/lib/layout';
import type { GraphFile, GraphNode } from '../../src/lib/schema';
import { ROOT } from '../helpers/build';

type Box = { x1: number; y1: number; x2: number; y2: number; id: string };

/** A node with its name beneath it, as the stylesheet draws them at zoom 1. */
function boxOf(n: GraphNode): Box {
  const size = nodeSize(n.kind, n.support.statements);
  const name = labelSize(n.kind, n.label);
  const half = Math.max(size, name.width) / 2;
  return { id: n.id, x1: n.x! - half, x2: n.x! + half, y1: n.y! - size / 2, y2: n.y! + size / 2 + LABEL.margin + name.height };
}

function overlapping(file: GraphFile): [string, string][] {
  const boxes = file.nodes.map(boxOf).sort((a, b) => a.x1 - b.x1);
  const out: [string, string][] = [];
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) {
      if (b.x1 >= a.x2) break;
      if (a.y1 < b.y2 && b.y1 < a.y2) out.push([a.id, b.id]);
    }
  return out;
}

const bundled = JSON.parse(readFileSync(join(ROOT, 'graph-data', 'graph.json'), 'utf8')) as GraphFile;

describe('layoutGraph', () => {
  it('keeps every name of the bundled graph off other nodes and names, as the build wrote it', () => {
    expect(bundled.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
    expect(overlapping(bundled)).toEqual([]);
    // the build's file is what the layout makes of it, to the pixel
    expect(layoutGraph(bundled).nodes.map((n) => [n.x, n.y])).toEqual(bundled.nodes.map((n) => [n.x, n.y]));
  });

  it('keeps names apart on a generated graph of 1,100 nodes with long-tailed support', () => {
    const file = generateGraph(100, 20);
    expect(file.nodes.length).toBeLessThanOrEqual(NAMES_APART_UP_TO);
    expect(overlapping(layoutGraph(file, { iterations: 60 }))).toEqual([]);
  });

  it('keeps names apart whatever the names, sizes and links, and places a graph the same way twice', () => {
    const kinds = ['role', 'skill', 'tool', 'education'] as const;
    const graph = fc
      .array(
        fc.record({
          kind: fc.constantFrom(...kinds),
          label: fc.stringMatching(/^[A-Za-z][A-Za-z' +#.-]{0,40}$/),
          statements: fc.integer({ min: 1, max: 200 }),
        }),
        { minLength: 2, maxLength: 40 },
      )
      .chain((nodes) =>
        fc.record({
          nodes: fc.constant(nodes),
          links: fc.array(fc.tuple(fc.nat(nodes.length - 1), fc.nat(nodes.length - 1)), { maxLength: 80 }),
        }),
      );
    fc.assert(
      fc.property(graph, ({ nodes, links }) => {
        const file = {
          nodes: nodes.map((n, i) => ({
            id: `${n.kind}:n${i}`,
            kind: n.kind,
            label: n.label,
            aliases: [],
            support: { statements: n.statements, documents: 1 },
            evidence: [],
          })),
          edges: links
            .filter(([a, b]) => a !== b)
            .map(([a, b]) => ({
              id: `uses:${a}->${b}`,
              source: `${nodes[a].kind}:n${a}`,
              target: `${nodes[b].kind}:n${b}`,
              kind: 'uses',
              support: { statements: 1, documents: 1 },
              evidence: [],
            })),
        } as unknown as GraphFile;
        const laid = layoutGraph(file, { iterations: 20 });
        expect(overlapping(laid)).toEqual([]);
        expect(layoutGraph(file, { iterations: 20 })).toEqual(laid);
      }),
      { numRuns: 60 },
    );
  });
});
