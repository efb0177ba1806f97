// @vitest-environment jsdom
// Panels as a person meets them, rendered with @testing-library/svelte (no Cytoscape in jsdom).
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Details from '../../src/components/Details.svelte';
import Legend from '../../src/components/Legend.svelte';
import PathResult from '../../src/components/PathResult.svelte';
import Search from '../../src/components/Search.svelte';
import Sidebar from '../../src/components/Sidebar.svelte';
import TextView from '../../src/components/TextView.svelte';
import { findPaths } from '../../src/lib/algo/path';
import { CompareState } from '../../src/lib/state/compare.svelte';
import { ExploreState } from '../../src/lib/state/explore.svelte';
import { PathState } from '../../src/lib/state/path.svelte';
import { buildRoleIndex } from '../../src/lib/algo/roleIndex';
import { DEFAULT_FILTERS, filterView } from '../../src/lib/view/filters';
import { createModel } from '../../src/lib/view/model';
import { createSearch } from '../../src/lib/view/search';
import { tiny } from '../helpers/tiny';

const file = tiny(['r:Analyst > s:SQL *2', 'r:Analyst > t:Excel', 'r:Analyst > r:Scientist', 'r:Scientist > t:Python']);
file.nodes[0].attributes = {
  salary: [
    {
      min: 50000,
      max: 70000,
      currency: 'USD',
      period: 'year',
      evidence: { document: 'doc1', line: 9, quote: 'Analysts earn $50,000 to $70,000 a year.' },
    },
  ],
};
const model = createModel(file);
const view = filterView(model, DEFAULT_FILTERS);
afterEach(() => cleanup());

/** Open every <details> (jsdom neither opens one on a click nor fires toggle). */
async function openAll(root: HTMLElement) {
  for (const d of root.querySelectorAll('details')) {
    d.open = true;
    await fireEvent(d, new Event('toggle'));
  }
  await tick();
}

describe('Details', () => {
  it('shows kind, salary, connections grouped by relation and the evidence quotes', async () => {
    const onSelect = vi.fn();
    render(Details, { model, id: 'role:analyst', view, focus: null, onSelect, onFocus: vi.fn() });
    expect(screen.getByRole('heading', { level: 2, name: 'Analyst' })).toBeTruthy();
    expect(screen.getByText('$50,000 – $70,000 a year')).toBeTruthy();
    expect(screen.getByText('Analysts earn $50,000 to $70,000 a year.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Requires skills/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Can move on to/ })).toBeTruthy();
    // a connection's quotes appear when it is opened
    expect(screen.queryAllByText('Analyst and SQL.')).toHaveLength(0);
    await openAll(document.body);
    expect(screen.getAllByText('Analyst and SQL.')).toHaveLength(2);
    expect(screen.getAllByText(/Document doc1, line 1\b/).length).toBeGreaterThan(0);
    await fireEvent.click(screen.getByRole('button', { name: 'Go to Scientist' }));
    expect(onSelect).toHaveBeenCalledWith('role:scientist');
    await fireEvent.click(screen.getByRole('button', { name: 'Close details' }));
    expect(onSelect).toHaveBeenCalledWith(null);
  });

  it('renders markup in quotes as text, never as HTML', async () => {
    const hostile = tiny(['r:Analyst > s:SQL']);
    hostile.edges[0].evidence[0].quote = '<img src=x onerror="window.__pwned=1"> Analysts use SQL.';
    const m = createModel(hostile);
    const { container } = render(Details, {
      model: m,
      id: 'role:analyst',
      view: filterView(m, DEFAULT_FILTERS),
      focus: null,
      onSelect: vi.fn(),
      onFocus: vi.fn(),
    });
    await openAll(container);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(/<img src=x/)).toBeTruthy();
  });
});

describe('PathResult', () => {
  it("lists each step with what to learn, and draws a move's evidence when it is opened", async () => {
    const result = findPaths(buildRoleIndex(model.graph), 'role:analyst', 'role:scientist');
    render(PathResult, { model, result });
    const path = screen.getByRole('list', { name: 'Transition path' });
    expect(within(path).getByText('Scientist')).toBeTruthy();
    expect(within(path).getByRole('list', { name: 'Learn for Scientist' }).textContent).toMatch(/Python/);
    expect(screen.queryByText('Analyst and Scientist.')).toBeNull();
    await openAll(document.body);
    expect(screen.getByText('Analyst and Scientist.')).toBeTruthy();
  });
});

describe('Search', () => {
  it('lists matches as options and chooses one with the keyboard', async () => {
    const onChoose = vi.fn();
    render(Search, { index: createSearch(file.nodes), onChoose });
    const box = screen.getByRole('combobox', { name: 'Search' });
    await fireEvent.input(box, { target: { value: 'pythn' } });
    const list = screen.getByRole('listbox');
    expect(within(list).getAllByRole('option')[0].textContent).toMatch(/Python/);
    await fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe('search-hit-0');
    await fireEvent.keyDown(box, { key: 'Enter' });
    expect(onChoose).toHaveBeenCalledWith('tool:python');
  });

  it('says when nothing matches', async () => {
    render(Search, { index: createSearch(file.nodes), onChoose: vi.fn() });
    await fireEvent.input(screen.getByRole('combobox', { name: 'Search' }), { target: { value: 'zzzzqqq' } });
    expect(screen.getByRole('status').textContent).toMatch(/No node matches/);
  });
});

describe('Legend and text view', () => {
  it('counts each kind and toggles it', async () => {
    const onToggle = vi.fn();
    render(Legend, {
      shown: ['role', 'skill', 'tool', 'education'],
      visible: { role: 2, skill: 1, tool: 0, education: 0 },
      total: { role: 2, skill: 1, tool: 2, education: 0 },
      onToggle,
    });
    expect(screen.getByTestId('count-tool').textContent).toMatch(/0\s*\/\s*2/);
    await fireEvent.click(screen.getByRole('checkbox', { name: /Tools/ }));
    expect(onToggle).toHaveBeenCalledWith('tool');
  });

  it('lists nodes and relations in tables', async () => {
    const onSelect = vi.fn();
    render(TextView, { model, view, selected: null, onSelect });
    const nodes = screen.getByRole('table', { name: /Nodes \(5\)/ });
    expect(within(nodes).getAllByRole('row')).toHaveLength(6);
    await fireEvent.click(within(nodes).getByRole('button', { name: /Excel/ }));
    expect(onSelect).toHaveBeenCalledWith('tool:excel');
    expect(screen.getByRole('table', { name: /Relations \(4\)/ })).toBeTruthy();
  });

  it('shows a large graph a page at a time, and more on request', async () => {
    const big = createModel(tiny(Array.from({ length: 300 }, (_, i) => `r:Analyst > t:Tool ${i}`)));
    const all = filterView(big, DEFAULT_FILTERS);
    const { rerender } = render(TextView, { model: big, view: all, selected: null, onSelect: vi.fn() });
    const nodes = screen.getByRole('table', { name: /Nodes \(301\)/ });
    const relations = screen.getByRole('table', { name: /Relations \(300\)/ });
    // a header row and the first 250
    expect(within(nodes).getAllByRole('row')).toHaveLength(251);
    expect(within(relations).getAllByRole('row')).toHaveLength(251);
    expect(screen.getByText(/Showing 250 of 301 nodes/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Show 51 more nodes' }));
    expect(within(nodes).getAllByRole('row')).toHaveLength(302);
    expect(screen.queryByRole('button', { name: /more nodes/ })).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Show 50 more relations' }));
    expect(within(relations).getAllByRole('row')).toHaveLength(301);
    // another view starts from the first page again
    await rerender({ model: big, view: filterView(big, DEFAULT_FILTERS), selected: null, onSelect: vi.fn() });
    expect(within(screen.getByRole('table', { name: /Nodes/ })).getAllByRole('row')).toHaveLength(251);
  });
});

describe('Sidebar', () => {
  it('shows the filters of a graph with 300,000 relations, support slider up to its strongest edge', async () => {
    // spreading every edge's support into Math.max overflowed the call stack here and left no sidebar
    const many = structuredClone(file);
    const [first] = many.edges;
    many.edges = Array.from({ length: 300_000 }, (_, i) => ({
      ...first,
      id: `${first.id}#${i}`,
      support: { statements: i === 4_321 ? 7 : 1, documents: 1 },
    }));
    const big = createModel(many);
    render(Sidebar, {
      model: big,
      view: filterView(big, DEFAULT_FILTERS),
      explore: new ExploreState(),
      compare: new CompareState(),
      path: new PathState(),
      overlapResult: null,
      pathResult: null,
    });
    expect(screen.getByTestId('summary').textContent).toContain('300000 relations');
    expect(screen.getByRole('slider').getAttribute('max')).toBe('7');
  });
});
