// The schema module is the one door for graph files: it must say precisely what is wrong.
import { describe, expect, it } from 'vitest';
import { nodeId, parseGraph, slugify, type GraphFile } from '../../src/lib/schema';

const ev = [{ document: 'd', line: 1, quote: 'q' }];
const sup = { statements: 1, documents: 1 };
function graph(): GraphFile {
  return {
    format: 'rolegraph',
    version: 1,
    documents: [{ id: 'd', file: 'd.md', title: 'D', lines: 1 }],
    nodes: [
      { id: 'role:a', kind: 'role', label: 'A', aliases: [], support: sup, evidence: ev },
      { id: 'tool:b', kind: 'tool', label: 'B', aliases: [], support: sup, evidence: ev },
    ],
    edges: [{ id: 'role:a|uses|tool:b', source: 'role:a', target: 'tool:b', kind: 'uses', support: sup, evidence: ev }],
  };
}

describe('parseGraph', () => {
  it('accepts a valid graph', () => expect(parseGraph(graph()).ok).toBe(true));

  it.each([
    ['not an object', [], /expected a JSON object/],
    ['another format', { ...graph(), format: 'gexf' }, /not a rolegraph file/],
    ['an unknown version', { ...graph(), version: 7 }, /unsupported format version 7/],
    [
      'a node without evidence',
      { ...graph(), nodes: [{ ...graph().nodes[0], evidence: [] }, graph().nodes[1]] },
      /nodes\.0\.evidence/,
    ],
    ['an unknown kind', { ...graph(), nodes: [{ ...graph().nodes[0], kind: 'planet' }, graph().nodes[1]] }, /nodes\.0\.kind/],
    [
      'a duplicate id',
      { ...graph(), nodes: [graph().nodes[0], graph().nodes[0], graph().nodes[1]] },
      /duplicate node id "role:a"/,
    ],
    ['a dangling edge', { ...graph(), nodes: [graph().nodes[0]] }, /dangling target "tool:b"/],
    [
      'an edge from a node to itself',
      {
        ...graph(),
        edges: [{ ...graph().edges[0], id: 'role:a|transitions-to|role:a', kind: 'transitions-to', target: 'role:a' }],
      },
      /joins "role:a" to itself/,
    ],
    ['an edge of the wrong kinds', { ...graph(), edges: [{ ...graph().edges[0], kind: 'requires' }] }, /must join role → skill/],
  ])('rejects %s with a message saying which', (_name, data, message) => {
    const r = parseGraph(data);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(message);
  });
});

describe('ids', () => {
  it('are stable slugs of kind and label', () => {
    expect(nodeId('tool', 'scikit-learn')).toBe('tool:scikit-learn');
    expect(nodeId('tool', 'C++')).toBe('tool:c-plus-plus');
    expect(nodeId('tool', 'Power BI')).toBe('tool:power-bi');
    expect(nodeId('education', "Master's Degree")).toBe('education:masters-degree');
    expect(slugify('  ')).toBe('x');
  });
});
