// The schema module is the one door for graph files: it must say precisely what is wrong.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Check } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { SCHEMA_CHECK_FILE, schemaCheckSource } from '../../scripts/schema-check';
import { Check as compiledCheck } from '../../src/lib/schema.check';
import { GraphFileSchema, nodeId, parseGraph, slugify, type GraphFile } from '../../src/lib/schema';

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
    ['an id with a space', { ...graph(), nodes: [{ ...graph().nodes[0], id: 'role:a b' }, graph().nodes[1]] }, /nodes\.0\.id/],
    [
      'a fractional line',
      { ...graph(), edges: [{ ...graph().edges[0], evidence: [{ ...ev[0], line: 1.5 }] }] },
      /edges\.0\.evidence\.0\.line/,
    ],
    ['a missing list', { ...graph(), edges: undefined }, /edges/],
  ])('rejects %s with a message saying which', (_name, data, message) => {
    const r = parseGraph(data);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(message);
  });
});

describe('the compiled check', () => {
  it('is generated from the schema as it stands (npm run gen:check)', () => {
    expect(readFileSync(SCHEMA_CHECK_FILE, 'utf8')).toBe(schemaCheckSource());
  });

  it('agrees with TypeBox reading the schema, on valid files and on files with one field changed', () => {
    const paths = [
      ['format'],
      ['version'],
      ['documents', 0, 'lines'],
      ['nodes', 0, 'id'],
      ['nodes', 0, 'kind'],
      ['nodes', 1, 'label'],
      ['nodes', 1, 'aliases'],
      ['nodes', 0, 'x'],
      ['nodes', 0, 'support', 'statements'],
      ['nodes', 0, 'evidence', 0, 'line'],
      ['edges', 0, 'source'],
      ['edges', 0, 'kind'],
      ['edges', 0, 'evidence'],
      ['edges', 0, 'inferred'],
    ] as const;
    fc.assert(
      fc.property(fc.option(fc.tuple(fc.constantFrom(...paths), fc.jsonValue())), (change) => {
        const g = structuredClone(graph()) as unknown as Record<string | number, unknown>;
        if (change) {
          const [path, value] = change;
          let at = g;
          for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
          at[path.at(-1)!] = value;
        }
        expect(compiledCheck(g)).toBe(Check(GraphFileSchema, g));
        if (!change) expect(compiledCheck(g)).toBe(true);
      }),
      { numRuns: 400 },
    );
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
