// Level of detail on large graphs: budgets hold, what the person looks at is kept, the rest is counted.
import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../scripts/bench/largeGraph';
import { DEFAULT_FILTERS, filterView } from '../../src/lib/view/filters';
import { LANDMARKS, levelOfDetail, moreLabel, NEIGHBOURS } from '../../src/lib/view/lod';
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

  it('draws a selected hub with its best-connected neighbours only, and counts the roles left out', () => {
    // the skill or tool most roles need, as Python or SQL would be
    const items = [...model.nodes.values()].filter((n) => n.kind !== 'role').map((n) => n.id);
    const degree = (id: string) => (model.incident.get(id) ?? []).length;
    const hub = items.sort((a, b) => degree(b) - degree(a))[0];
    const roles = (model.incident.get(hub) ?? []).map((id) => model.edges.get(id)!.source);
    const budget = { maxNodes: 100, maxEdges: 200 };
    expect(roles.length).toBeGreaterThan(budget.maxNodes);
    const d = levelOfDetail(model, view, new Set([hub]), budget, { anchors: new Set([hub]) });
    const drawn = roles.filter((r) => d.view.nodes.has(r));
    expect(d.view.nodes.size).toBeLessThanOrEqual(budget.maxNodes + 1);
    expect(drawn.length).toBeGreaterThanOrEqual(budget.maxNodes * NEIGHBOURS);
    // the best-connected of them: none left out is better connected than one drawn
    const least = Math.min(...drawn.map(degree));
    for (const r of roles) if (!d.view.nodes.has(r)) expect(degree(r)).toBeLessThanOrEqual(least);
    // every drawn neighbour is joined to it, and the rest are counted for its label
    for (const r of drawn)
      expect(d.view.edges.has((model.incident.get(hub) ?? []).find((id) => model.edges.get(id)!.source === r)!)).toBe(true);
    expect(d.moreRoles.get(hub)).toBe(roles.length - drawn.length);
    expect(moreLabel({ tool: 0, skill: 0, education: 0 }, d.moreRoles.get(hub))).toBe(
      `+${roles.length - drawn.length} more roles`,
    );
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
