// Level of detail on large graphs: budgets hold, what the person looks at is kept, the rest is counted.
import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../scripts/bench/largeGraph';
import { DEFAULT_FILTERS, filterView } from '../../src/lib/view/filters';
import { LANDMARKS, levelOfDetail, moreLabel } from '../../src/lib/view/lod';
import { createModel } from '../../src/lib/view/model';

const model = createModel(generateGraph(200, 30));
const view = filterView(model, DEFAULT_FILTERS);

describe('levelOfDetail', () => {
  it('leaves small views alone', () => {
    const small = levelOfDetail(model, view, new Set(), { maxNodes: 1e6, maxEdges: 1e6 });
    expect(small.reduced).toBe(false);
    expect(small.view).toBe(view);
  });

  it('keeps within its budgets, keeps every role and only edges between drawn nodes', () => {
    const d = levelOfDetail(model, view, new Set(), { maxNodes: 400, maxEdges: 800 });
    expect(d.reduced).toBe(true);
    expect(d.view.nodes.size).toBeLessThanOrEqual(400);
    expect(d.view.edges.size).toBeLessThanOrEqual(800);
    expect(model.byKind.role.every((r) => d.view.nodes.has(r))).toBe(true);
    for (const id of d.view.edges) {
      const e = model.edges.get(id)!;
      expect(d.view.nodes.has(e.source) && d.view.nodes.has(e.target)).toBe(true);
    }
  });

  it('always keeps what is revealed, with its edges', () => {
    const role = model.byKind.role[7];
    const neighbours = (model.incident.get(role) ?? [])
      .map((id) => model.edges.get(id)!)
      .map((e) => (e.source === role ? e.target : e.source));
    const budget = { maxNodes: 300, maxEdges: 200 };
    const d = levelOfDetail(model, view, new Set([role, ...neighbours]), budget, { anchors: new Set([role]) });
    for (const n of neighbours) expect(d.view.nodes.has(n)).toBe(true);
    const own = model.incident.get(role) ?? [];
    for (const id of own) expect(d.view.edges.has(id)).toBe(true);
    // the neighbours' other edges (a popular skill is needed by most roles) stay within the budget
    const theirs = [...view.edges].filter((id) => {
      const e = model.edges.get(id)!;
      return e.source !== role && e.target !== role && (neighbours.includes(e.source) || neighbours.includes(e.target));
    });
    expect(theirs.length).toBeGreaterThan(budget.maxEdges);
    expect(d.view.edges.size).toBeLessThanOrEqual(budget.maxEdges + own.length);
    // and they are what that budget draws first
    expect(theirs.filter((id) => d.view.edges.has(id)).length).toBeGreaterThan(budget.maxEdges / 2);
  });

  it('draws the edges it is given, whatever the budget', () => {
    const role = model.byKind.role[3];
    const own = (model.incident.get(role) ?? []).slice(0, 20);
    const ends = new Set(own.flatMap((id) => [model.edges.get(id)!.source, model.edges.get(id)!.target]));
    const d = levelOfDetail(model, view, ends, { maxNodes: 120, maxEdges: 5 }, { edges: new Set(own) });
    for (const id of own) expect(d.view.edges.has(id)).toBe(true);
  });

  it('counts what it leaves out per role', () => {
    const d = levelOfDetail(model, view, new Set(), { maxNodes: 400, maxEdges: 500 });
    let hidden = 0;
    for (const counts of d.more.values()) hidden += counts.skill + counts.tool + counts.education;
    const drawnRoleEdges = [...d.view.edges].filter((id) => model.nodes.get(model.edges.get(id)!.target)!.kind !== 'role').length;
    const allRoleEdges = [...view.edges].filter((id) => model.nodes.get(model.edges.get(id)!.target)!.kind !== 'role').length;
    expect(hidden).toBe(allRoleEdges - drawnRoleEdges);
    // and per drawn role, by kind, against a direct count of its undrawn edges
    for (const role of d.view.nodes) {
      if (model.nodes.get(role)!.kind !== 'role') continue;
      const left = { skill: 0, tool: 0, education: 0 };
      for (const id of view.edges) {
        const e = model.edges.get(id)!;
        const kind = model.nodes.get(e.target)!.kind;
        if (e.source === role && kind !== 'role' && !d.view.edges.has(id)) left[kind]++;
      }
      expect(d.more.get(role) ?? { skill: 0, tool: 0, education: 0 }).toEqual(left);
    }
    expect(moreLabel({ tool: 412, skill: 1, education: 0 })).toBe('+412 more tools, +1 more skill');
  });

  it('names the best-connected drawn roles as landmarks, and none when nothing is cut', () => {
    const d = levelOfDetail(model, view, new Set(), { maxNodes: 400, maxEdges: 500 });
    const degree = (id: string) =>
      [...view.edges].filter((e) => model.edges.get(e)!.source === id || model.edges.get(e)!.target === id).length;
    const drawnRoles = [...d.view.nodes].filter((id) => model.nodes.get(id)!.kind === 'role');
    expect(d.landmarks.size).toBe(Math.min(LANDMARKS, drawnRoles.length));
    const least = Math.min(...[...d.landmarks].map(degree));
    for (const id of drawnRoles) if (!d.landmarks.has(id)) expect(degree(id)).toBeLessThanOrEqual(least);
    const whole = levelOfDetail(model, view, new Set(), { maxNodes: 1e6, maxEdges: 1e7 });
    expect(whole.reduced).toBe(false);
    expect(whole.landmarks.size).toBe(0);
  });
});
