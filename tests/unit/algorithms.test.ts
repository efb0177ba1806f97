// Overlap and transition paths on small handmade graphs with exact answers, and properties that must
// hold on any graph (fast-check), including Dijkstra against brute force.
import fc from 'fast-check';
import Graph, { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { overlap } from '../../src/lib/algo/overlap';
import { findPaths, PATH_DEFAULTS, yen } from '../../src/lib/algo/path';
import { roleGraph, type RoleGraph } from '../../src/lib/algo/roleGraph';
import { cheapestPath, compileSteps, stepBetween } from '../../src/lib/algo/steps';
import { buildRoleIndex } from '../../src/lib/algo/roleIndex';
import { createModel } from '../../src/lib/view/model';
import { tiny } from '../helpers/tiny';

const index = (lines: string[]) => buildRoleIndex(createModel(tiny(lines)).graph);

describe('overlap', () => {
  const idx = index([
    'r:A > s:SQL',
    'r:A > s:Stats',
    'r:A > t:Excel',
    'r:B > s:SQL',
    'r:B > s:Stats',
    'r:B > t:Python',
    'r:C > s:SQL',
    'r:C > t:Python',
    'r:C > e:CS',
  ]);

  it('finds what all share, what at least k share and what is unique', () => {
    const o = overlap(idx, ['role:a', 'role:b', 'role:c'], { k: 2 });
    expect(o.shared).toEqual(['skill:sql']);
    expect(o.atLeastK.map((x) => [x.id, x.roles.length])).toEqual([
      ['skill:sql', 3],
      ['skill:stats', 2],
      ['tool:python', 2],
    ]);
    expect(o.unique).toEqual({ 'role:a': ['tool:excel'], 'role:b': [], 'role:c': ['education:cs'] });
  });

  it('gives Jaccard over skills and tools with its counts, and both gaps', () => {
    const o = overlap(idx, ['role:a', 'role:c']);
    expect(o.matrix[0][1]).toEqual({ jaccard: 1 / 4, shared: 1, union: 4 });
    expect(o.matrix[1][0]).toEqual(o.matrix[0][1]);
    expect(o.matrix[0][0].jaccard).toBe(1);
    expect(o.gaps[0][1]).toEqual(['education:cs', 'tool:python']);
    expect(o.gaps[1][0]).toEqual(['skill:stats', 'tool:excel']);
  });

  it('refuses ids that are not roles', () => expect(() => overlap(idx, ['role:a', 'skill:sql'])).toThrow(/not a role/));
});

describe('transition paths', () => {
  // Junior shares SQL with Analyst (documented move); Analyst → Scientist documented;
  // Junior → Scientist is possible (shares SQL) but undocumented.
  const lines = [
    'r:Junior > s:SQL',
    'r:Analyst > s:SQL',
    'r:Analyst > t:Excel',
    'r:Scientist > s:SQL',
    'r:Scientist > t:Excel',
    'r:Scientist > t:Python',
    'r:Scientist > s:Stats',
    'r:Junior > r:Analyst',
    'r:Analyst > r:Scientist',
    'r:Island > s:Painting',
  ];
  const idx = index(lines);

  it('prefers documented steps and carries skills forward', () => {
    const r = findPaths(idx, 'role:junior', 'role:scientist');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.best.roles).toEqual(['role:junior', 'role:analyst', 'role:scientist']);
    expect(r.best.steps[0]).toMatchObject({ documented: true, learn: ['tool:excel'], carry: ['skill:sql'] });
    expect(r.best.steps[1]).toMatchObject({
      documented: true,
      learn: ['skill:stats', 'tool:python'],
      carry: ['skill:sql', 'tool:excel'],
    });
    expect(r.best.total).toBe(3);
    expect(r.best.steps[0].edges).toEqual(['role:junior|transitions-to|role:analyst']);
    // the direct, undocumented jump is an alternative with the same things to learn but an inferred step
    expect(r.alternatives.map((p) => p.roles)).toContainEqual(['role:junior', 'role:scientist']);
    const direct = r.alternatives.find((p) => p.roles.length === 2)!;
    expect(direct.total).toBe(3);
    expect(direct.inferredSteps).toBe(1);
  });

  it('is free to stay where you are', () => {
    const r = findPaths(idx, 'role:analyst', 'role:analyst');
    expect(r.ok && r.best.steps.length === 0 && r.best.total === 0).toBe(true);
  });

  it('explains why there is no path, with the closest roles', () => {
    const r = findPaths(idx, 'role:junior', 'role:island');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toMatch(/shares skills or tools/);
    // the roles one can reach, nearest to what the target needs first (Painting: 1 to learn from either)
    expect(r.closest).toEqual([
      { role: 'role:analyst', gap: 1 },
      { role: 'role:scientist', gap: 1 },
    ]);
    const doc = findPaths(idx, 'role:scientist', 'role:junior', { mode: 'documented' });
    expect(!doc.ok && doc.reason).toMatch(/No documented transition reaches this role/);
    if (!doc.ok) expect(doc.closest.map((c) => c.role)).toEqual([]);
    const back = findPaths(idx, 'role:scientist', 'role:analyst', { mode: 'documented' });
    expect(!back.ok && back.reason).toMatch(/No chain of documented transitions/);
  });

  it('names no closest roles for a target the documents say nothing about', () => {
    // as in an occupational database where some occupations have no ratings: every role is as far
    const vacant = index([...lines, 'r:Vacant']);
    const r = findPaths(vacant, 'role:junior', 'role:vacant');
    expect(!r.ok && r.reason).toMatch(/name nothing this role needs/);
    expect(!r.ok && r.closest).toEqual([]);
  });

  it('changes the answer with "already have", "avoid" and the step limit', () => {
    const have = findPaths(idx, 'role:junior', 'role:scientist', { have: ['tool:python', 'skill:stats'] });
    expect(have.ok && have.best.total).toBe(1);
    const avoid = findPaths(idx, 'role:junior', 'role:scientist', { avoid: ['role:analyst'] });
    expect(avoid.ok && avoid.best.roles).toEqual(['role:junior', 'role:scientist']);
    const docAvoid = findPaths(idx, 'role:junior', 'role:scientist', { avoid: ['role:analyst'], mode: 'documented' });
    expect(docAvoid.ok).toBe(false);
    const oneStep = findPaths(idx, 'role:junior', 'role:scientist', { maxSteps: 1 });
    expect(oneStep.ok && oneStep.best.roles).toEqual(['role:junior', 'role:scientist']);
  });

  it('returns distinct alternatives and breaks ties the same way every time', () => {
    const tie = index([
      'r:S > s:X',
      'r:P > s:X',
      'r:Q > s:X',
      'r:T > s:X',
      'r:T > s:Y',
      'r:S > r:P',
      'r:S > r:Q',
      'r:P > r:T',
      'r:Q > r:T',
    ]);
    const a = findPaths(tie, 'role:s', 'role:t');
    const b = findPaths(tie, 'role:s', 'role:t');
    expect(a).toEqual(b);
    if (!a.ok) throw new Error('expected a path');
    const all = [a.best, ...a.alternatives].map((p) => p.roles.join('>'));
    expect(new Set(all).size).toBe(all.length);
    // equal things to learn: documented steps win over the direct inferred jump, then names decide P over Q
    expect(a.best.roles).toEqual(['role:s', 'role:p', 'role:t']);
    expect(all).toEqual(['role:s>role:p>role:t', 'role:s>role:q>role:t', 'role:s>role:t', 'role:s>role:p>role:q>role:t']);
  });
});

// Random role graphs: roles with random requirements and random documented transitions.
const arbGraph = fc
  .record({
    roles: fc.integer({ min: 2, max: 7 }),
    items: fc.integer({ min: 1, max: 8 }),
    needs: fc.array(fc.tuple(fc.nat(6), fc.nat(7)), { maxLength: 30 }),
    moves: fc.array(fc.tuple(fc.nat(6), fc.nat(6)), { maxLength: 10 }),
  })
  .map(({ roles, items, needs, moves }) => {
    const g = new Graph({ type: 'mixed', multi: true });
    for (let r = 0; r < roles; r++) g.addNode(`role:r${r}`, { kind: 'role' });
    for (let i = 0; i < items; i++) g.addNode(`skill:i${i}`, { kind: 'skill' });
    for (const [r, i] of needs)
      if (r < roles && i < items && !g.hasEdge(`role:r${r}`, `skill:i${i}`))
        g.addDirectedEdge(`role:r${r}`, `skill:i${i}`, { kind: 'requires' });
    for (const [a, b] of moves)
      if (a < roles && b < roles && a !== b)
        g.addDirectedEdgeWithKey(`m${a}-${b}-${g.size}`, `role:r${a}`, `role:r${b}`, { kind: 'transitions-to' });
    return { g, roles };
  });

/** Cheapest fixed-cost path by trying every simple path. */
function bruteForce(
  rg: ReturnType<typeof roleGraph>,
  s: string,
  t: string,
  mode: 'fewest' | 'documented',
  have: Set<number> = new Set(),
  avoid: Set<string> = new Set(),
): number {
  const w = (e: string) => {
    const a = rg.getEdgeAttributes(e);
    if (mode === 'documented' && !a.documented) return Infinity;
    if (avoid.has(rg.source(e)) || avoid.has(rg.target(e))) return Infinity;
    const gap = [...a.gap].filter((i) => !have.has(i)).length;
    return a.documented ? PATH_DEFAULTS.documentedBase + PATH_DEFAULTS.documentedFactor * gap : PATH_DEFAULTS.inferredBase + gap;
  };
  let best = Infinity;
  const walk = (v: string, seen: Set<string>, cost: number) => {
    if (cost >= best) return;
    if (v === t) {
      best = cost;
      return;
    }
    rg.forEachOutEdge(v, (e, _a, _s, u) => {
      if (!seen.has(u)) walk(u, new Set([...seen, u]), cost + w(e));
    });
  };
  walk(s, new Set([s]), 0);
  return best;
}

describe('path properties', () => {
  it('start at A, end at B, use existing steps, avoid what is avoided, cost the sum of its steps, and match brute force', () => {
    fc.assert(
      fc.property(
        arbGraph,
        fc.nat(6),
        fc.nat(6),
        fc.constantFrom('fewest' as const, 'documented' as const),
        fc.subarray([0, 1, 2, 3, 4, 5, 6, 7]),
        fc.subarray([0, 1, 2, 3, 4, 5, 6]),
        ({ g, roles }, x, y, mode, held, avoided) => {
          const idx = buildRoleIndex(g);
          const rg = roleGraph(idx);
          const from = `role:r${x % roles}`;
          const to = `role:r${y % roles}`;
          const have = held.map((i) => `skill:i${i}`).filter((id) => idx.itemIndex.has(id));
          const avoid = avoided.map((r) => `role:r${r}`).filter((id) => id !== from && id !== to && idx.roleIndex.has(id));
          const r = findPaths(idx, from, to, { mode, have, avoid });
          const brute =
            from === to ? 0 : bruteForce(rg, from, to, mode, new Set(have.map((id) => idx.itemIndex.get(id)!)), new Set(avoid));
          if (!r.ok) {
            expect(brute).toBe(Infinity);
            return;
          }
          for (const p of [r.best, ...r.alternatives]) {
            expect(p.roles[0]).toBe(from);
            expect(p.roles.at(-1)).toBe(to);
            expect(new Set(p.roles).size).toBe(p.roles.length);
            expect(p.roles.some((role) => avoid.includes(role))).toBe(false);
            for (const s of p.steps) expect(rg.hasEdge(s.from, s.to)).toBe(true);
            expect(p.total).toBe(p.steps.reduce((n, s) => n + s.learn.length, 0));
            if (mode === 'documented') expect(p.steps.every((s) => s.documented)).toBe(true);
          }
          // the cheapest candidate under the search costs is what brute force finds
          const cheapest = Math.min(...[r.best, ...r.alternatives].map((p) => p.searchCost));
          expect(cheapest).toBeCloseTo(brute, 9);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the compiled search', () => {
  /** A role graph of `n` roles with the arcs [from, to, gap size] that fit, compiled. */
  const compiledDigraph = (n: number, arcs: [number, number, number][]) => {
    const g: RoleGraph = new DirectedGraph();
    for (let i = 0; i < n; i++) g.addNode(`r${i}`, { index: i });
    for (const [a, b, w] of arcs)
      if (a < n && b < n && a !== b && !g.hasEdge(`r${a}`, `r${b}`))
        g.addDirectedEdge(`r${a}`, `r${b}`, { documented: false, edges: [], gap: new Int32Array(w) });
    return compileSteps(g);
  };
  // random weighted digraphs of up to 14 nodes; Floyd-Warshall gives the exact cheapest costs
  const arbDigraph = fc.record({
    n: fc.integer({ min: 2, max: 14 }),
    arcs: fc.array(fc.tuple(fc.nat(13), fc.nat(13), fc.nat(9)), { maxLength: 60 }),
  });
  it('finds the cheapest path between every pair, as Floyd-Warshall does', () => {
    fc.assert(
      fc.property(arbDigraph, ({ n, arcs }) => {
        const steps = compiledDigraph(n, arcs);
        const cost = (e: number) => steps.gap[e].length + 0.5;
        const d = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : Infinity)));
        for (let e = 0; e < steps.m; e++) d[steps.src[e]][steps.dst[e]] = cost(e);
        for (let k = 0; k < n; k++)
          for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) d[i][j] = Math.min(d[i][j], d[i][k] + d[k][j]);
        for (let s = 0; s < n; s++)
          for (let t = 0; t < n; t++) {
            const p = cheapestPath(steps, s, t, cost);
            if (d[s][t] === Infinity) {
              expect(p).toBeNull();
              continue;
            }
            expect(p![0]).toBe(s);
            expect(p!.at(-1)).toBe(t);
            let c = 0;
            for (let i = 0; i + 1 < p!.length; i++) {
              const e = stepBetween(steps, p![i], p![i + 1]);
              c += e < 0 ? Infinity : cost(e);
            }
            expect(c).toBeCloseTo(d[s][t], 9);
          }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the k cheapest loopless paths, as enumerating every simple path does', () => {
    const small = fc.record({
      n: fc.integer({ min: 2, max: 7 }),
      arcs: fc.array(fc.tuple(fc.nat(6), fc.nat(6), fc.nat(5)), { maxLength: 30 }),
      k: fc.integer({ min: 1, max: 6 }),
    });
    fc.assert(
      fc.property(small, ({ n, arcs, k }) => {
        const steps = compiledDigraph(n, arcs);
        const cost = (e: number) => steps.gap[e].length + 0.5;
        const costOf = (p: number[]) => {
          let c = 0;
          for (let i = 0; i + 1 < p.length; i++) c += cost(stepBetween(steps, p[i], p[i + 1]));
          return c;
        };
        for (let s = 0; s < n; s++)
          for (let t = 0; t < n; t++) {
            if (s === t) continue;
            // every simple path from s to t, by depth-first search
            const all: number[][] = [];
            const walk = (p: number[]) => {
              const v = p[p.length - 1];
              if (v === t) return void all.push(p);
              for (let x = steps.outStart[v]; x < steps.outStart[v + 1]; x++) {
                const u = steps.dst[steps.outStep[x]];
                if (!p.includes(u)) walk([...p, u]);
              }
            };
            walk([s]);
            const expected = all
              .map(costOf)
              .sort((x, y) => x - y)
              .slice(0, k);
            const got = yen(steps, s, t, k, cost);
            expect(got.map(costOf)).toEqual(expected);
            // loopless, distinct, from s to t
            expect(new Set(got.map((p) => p.join())).size).toBe(got.length);
            for (const p of got) {
              expect([p[0], p.at(-1)]).toEqual([s, t]);
              expect(new Set(p).size).toBe(p.length);
            }
          }
      }),
      { numRuns: 300 },
    );
  });
});
