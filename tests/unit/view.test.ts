// The pure view pipeline: filters, focus, view model, and the Cytoscape mapping (headless).
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../src/lib/cy/elements';
import { stylesheet, THEMES } from '../../src/lib/cy/style';
import { DEFAULT_FILTERS, countKinds, filterView, supportIn } from '../../src/lib/view/filters';
import { createModel } from '../../src/lib/view/model';
import { tableRows } from '../../src/lib/view/table';
import { buildViewModel, NO_EMPHASIS, nodeSize } from '../../src/lib/view/viewModel';
import { tiny } from '../helpers/tiny';

const model = createModel(
  tiny([
    'r:Analyst > s:SQL *3',
    'r:Analyst > t:Excel',
    'r:Scientist > s:SQL @doc2',
    'r:Scientist > t:Python *2',
    'r:Analyst > r:Scientist',
    'r:Scientist ~ r:Engineer',
    'r:Engineer > e:Computer Science',
    't:Python > s:Statistics',
  ]),
);

describe('createModel', () => {
  it('lists nodes by kind in reading order and counts them', () => {
    expect(model.kindCounts).toEqual({ role: 3, skill: 2, tool: 2, education: 1 });
    expect(model.byKind.role.map((id) => model.nodes.get(id)!.label)).toEqual(['Analyst', 'Engineer', 'Scientist']);
    expect(model.maxSupport).toBe(3);
  });
});

describe('filterView', () => {
  it('shows everything by default', () => {
    const v = filterView(model, DEFAULT_FILTERS);
    expect(v.nodes.size).toBe(model.file.nodes.length);
    expect(v.edges.size).toBe(model.file.edges.length);
    expect(countKinds(model, v)).toEqual({ role: 3, skill: 2, tool: 2, education: 1 });
  });

  it('drops a kind with its edges and leaves orphaned skills out', () => {
    const v = filterView(model, { ...DEFAULT_FILTERS, kinds: ['role', 'skill'] });
    expect(countKinds(model, v)).toEqual({ role: 3, skill: 1, tool: 0, education: 0 });
    expect([...v.nodes]).not.toContain('skill:statistics');
  });

  it('counts only the chosen documents and hides weakly supported edges', () => {
    const d2 = filterView(model, { ...DEFAULT_FILTERS, documents: ['doc2'] });
    expect([...d2.edges]).toEqual(['role:scientist|requires|skill:sql']);
    const strong = filterView(model, { ...DEFAULT_FILTERS, minSupport: 2 });
    expect([...strong.edges].sort()).toEqual(['role:analyst|requires|skill:sql', 'role:scientist|uses|tool:python']);
    expect(supportIn(model, strong, 'role:analyst|requires|skill:sql')).toBe(3);
    // an edge stated in two documents counts only the chosen one's statements
    const file = structuredClone(model.file);
    const both = file.edges.find((e) => e.id === 'role:scientist|requires|skill:sql')!;
    both.evidence.push({ ...both.evidence[0], document: 'doc1' });
    both.support = { statements: 2, documents: 2 };
    const mixed = createModel(file);
    expect(supportIn(mixed, filterView(mixed, DEFAULT_FILTERS), both.id)).toBe(2);
    expect(supportIn(mixed, filterView(mixed, { ...DEFAULT_FILTERS, documents: ['doc2'] }), both.id)).toBe(1);
  });

  it('focuses on 1 or 2 hops around a node', () => {
    const one = filterView(model, DEFAULT_FILTERS, { node: 'role:engineer', hops: 1 });
    expect([...one.nodes].sort()).toEqual(['education:computer-science', 'role:engineer', 'role:scientist']);
    const two = filterView(model, DEFAULT_FILTERS, { node: 'role:engineer', hops: 2 });
    expect(two.nodes.has('tool:python')).toBe(true);
    expect(two.nodes.has('tool:excel')).toBe(false);
  });
});

describe('view model and Cytoscape mapping', () => {
  it('sizes nodes by support and fades what is not next to the hovered node', () => {
    const v = filterView(model, DEFAULT_FILTERS);
    const vm = buildViewModel(model, v, { ...NO_EMPHASIS, hover: 'role:engineer', selected: 'role:engineer' });
    const byId = new Map(vm.nodes.map((n) => [n.id, n]));
    expect(byId.get('role:engineer')!.classes).toEqual(['near', 'selected', 'hovered']);
    expect(byId.get('role:scientist')!.classes).toEqual(['near']);
    expect(byId.get('tool:excel')!.classes).toEqual(['faded']);
    expect(nodeSize('role', 10)).toBeGreaterThan(nodeSize('role', 1));
    expect(nodeSize('role', 1)).toBeGreaterThan(nodeSize('skill', 1));
  });

  it('maps to elements that headless Cytoscape accepts and styles by kind', () => {
    const v = filterView(model, DEFAULT_FILTERS);
    const { nodes, edges } = buildViewModel(model, v, NO_EMPHASIS);
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements(nodes, edges),
      style: stylesheet(THEMES.light),
    });
    expect(cy.nodes().length).toBe(8);
    expect(cy.edges().length).toBe(8);
    expect(cy.$('node[kind = "tool"]').length).toBe(2);
    expect(cy.getElementById('tool:python').style('shape')).toBe('diamond');
    expect(cy.getElementById('role:analyst').style('shape')).toBe('ellipse');
    expect(cy.getElementById('role:analyst|transitions-to|role:scientist').style('target-arrow-shape')).toBe('triangle');
    expect(cy.getElementById('role:analyst').data('label')).toBe('Analyst');
    cy.destroy();
  });

  it('rings emphasised nodes without changing how the node itself is drawn', () => {
    const v = filterView(model, DEFAULT_FILTERS);
    const { nodes, edges } = buildViewModel(model, v, NO_EMPHASIS);
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements(nodes, edges),
      style: stylesheet(THEMES.dark),
    });
    // what Cytoscape caches a node's drawing by: changing any of these redraws it on every emphasis
    const body = ['width', 'height', 'shape', 'background-color', 'border-width', 'border-color', 'label', 'font-size'];
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`;
    const look = (id: string) => Object.fromEntries(body.map((p) => [p, cy.getElementById(id).style(p)]));
    const plain = { skill: look('skill:sql'), role: look('role:analyst') };
    expect(cy.getElementById('skill:sql').style('underlay-opacity')).toBe('0');
    const rings: [string, string, string][] = [
      ['highlight', THEMES.dark.accent, 'round-rectangle'],
      ['selected', THEMES.dark.accent, 'round-rectangle'],
      ['hovered', THEMES.dark.text, 'round-rectangle'],
    ];
    for (const [cls, colour, shape] of rings) {
      const n = cy.getElementById('skill:sql').classes(cls);
      expect(n.style('underlay-opacity'), cls).not.toBe('0');
      expect(n.style('underlay-color'), cls).toBe(rgb(colour));
      expect(n.style('underlay-shape'), cls).toBe(shape);
      expect(look('skill:sql'), cls).toEqual(plain.skill);
    }
    // the node under the pointer answers even when it is part of a path already
    const both = cy.getElementById('skill:sql').classes('highlight hovered');
    expect(both.style('underlay-color')).toBe(rgb(THEMES.dark.text));
    const role = cy.getElementById('role:analyst').classes('selected');
    expect(role.style('underlay-shape')).toBe('ellipse');
    expect(look('role:analyst')).toEqual(plain.role);
    cy.destroy();
  });

  it('lists rows for the text view with degree and evidence counts', () => {
    const rows = tableRows(model, filterView(model, DEFAULT_FILTERS));
    expect(rows.nodes[0]).toMatchObject({ label: 'Analyst', kind: 'role', degree: 3 });
    expect(rows.edges[0]).toMatchObject({ sourceLabel: 'Analyst', relation: 'requires skill', targetLabel: 'SQL', support: 3 });
  });
});
