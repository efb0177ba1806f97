/**
 * Level of detail: a large filtered view is cut down to what a canvas can draw quickly and a person
 * can read — every role (or the most connected ones), then the most connected skills, tools and
 * education, then each role's strongest edges — while what the person is looking at (a selection and
 * its neighbours, a comparison, a path) is always kept. What is left out is counted per role, so the
 * canvas can say "+412 more". Pure.
 */
import type { NodeKind } from '../schema';
import { supportIn, type View } from './filters';
import type { Model } from './model';
import { neighbourhood } from './viewModel';

/** Budgets for the drawn graph. */
export interface LodOptions {
  maxNodes: number;
  maxEdges: number;
}

/**
 * Defaults for {@link levelOfDetail}. Each drawn element costs Cytoscape's canvas about half a
 * millisecond on its first frame here (style, label measure, texture layers), so the overview stays
 * small enough to paint fast and to read; everything else is one search or click away. Going from
 * 350 nodes / 700 edges to 250 / 500 took the 11,000-node benchmark graph's first paint from about
 * 2.3 to 2.0 s on the reference machine; at fit zoom neither shows more readable names.
 */
export const LOD_DEFAULTS: LodOptions = { maxNodes: 250, maxEdges: 500 };

/**
 * Budgets with a path or comparison on screen: the answer plus a little faded context. Every drawn
 * element is restyled when the answer changes, so a smaller context shows it sooner (on the
 * 11,000-node benchmark graph, From/To → path on screen took about 650 ms with 300 nodes of context
 * and about 400 ms with 120). The context is the top of the overview's own ranking, so little is
 * added back when the answer is cleared.
 */
export const LOD_FOCUSED: LodOptions = { maxNodes: 120, maxEdges: 200 };

/** The drawn view and what it leaves out. */
export interface Detailed {
  view: View;
  /** Whether anything was left out. */
  reduced: boolean;
  /** Per drawn role: how many of its skills, tools and education are not drawn. */
  more: Map<string, Record<Exclude<NodeKind, 'role'>, number>>;
  /**
   * The best-connected roles drawn, when something was left out: names to find one's way by in an
   * overview too wide for every name to be read.
   */
  landmarks: Set<string>;
  /** Per selected node: how many of its neighbouring roles are not drawn (a tool most roles use). */
  moreRoles: Map<string, number>;
}

/** How many roles of a cut overview are landmarks. */
export const LANDMARKS = 20;

/** Share of the node budget a selection's neighbours may take. */
export const NEIGHBOURS = 0.6;

/** What the cut needs that depends only on the view: nodes by degree, computed once per view. */
interface Ranking {
  roles: string[];
  others: string[];
  /** Degree of every node in the view. */
  degree: Map<string, number>;
}

const rankings = new WeakMap<View, Ranking>();

/** Whether every edge of the graph is in the view (no filter left any out). */
function whole(model: Model, view: View): boolean {
  return view.edges.size === model.edges.size;
}

/**
 * Nodes by degree in the view, most connected first (ties by id). Degrees come from each node's
 * incident edges, which on the whole graph are simply counted, so ranking costs no pass over the
 * edges themselves.
 */
function rank(model: Model, view: View): Ranking {
  const hit = rankings.get(view);
  if (hit) return hit;
  const all = whole(model, view);
  const roles: { id: string; degree: number }[] = [];
  const others: { id: string; degree: number }[] = [];
  const degrees = new Map<string, number>();
  for (const id of view.nodes) {
    const incident = model.incident.get(id) ?? [];
    let degree = incident.length;
    if (!all) {
      degree = 0;
      for (const eid of incident) if (view.edges.has(eid)) degree++;
    }
    degrees.set(id, degree);
    (model.nodes.get(id)!.kind === 'role' ? roles : others).push({ id, degree });
  }
  const byDegree = (a: { id: string; degree: number }, b: { id: string; degree: number }) =>
    b.degree - a.degree || (a.id < b.id ? -1 : 1);
  const ids = (list: { id: string }[]) => list.map((x) => x.id);
  const ranking = { roles: ids(roles.sort(byDegree)), others: ids(others.sort(byDegree)), degree: degrees };
  rankings.set(view, ranking);
  return ranking;
}

/** Edges drawn whatever the budget (with both ends drawn). */
export interface Always {
  /**
   * Nodes drawn with their neighbours (the best-connected {@link NEIGHBOURS} of the budget's nodes when
   * there are more) and every edge between them: the selection.
   */
  anchors?: Set<string>;
  /** Edges of their own: a path's moves and what it learns, a comparison's shared requirements. */
  edges?: Set<string>;
}

/**
 * Cut a view down to its budgets, keeping `reveal`. Edges of an anchor and the edges asked for are
 * always drawn; other edges of revealed nodes come first within the edge budget (a selected role's
 * skills are needed by hundreds of other roles in an occupational database: drawing every such edge
 * made a selection a hairball of ~2,000 lines). The orderings are cached per view, so a new
 * selection on the same view only redoes the cut.
 */
export function levelOfDetail(
  model: Model,
  view: View,
  reveal: Set<string>,
  options: Partial<LodOptions> = {},
  always: Always = {},
): Detailed {
  const opts = { ...LOD_DEFAULTS, ...options };
  const anchors = always.anchors ?? new Set<string>();
  const own = always.edges ?? new Set<string>();
  if (view.nodes.size <= opts.maxNodes && view.edges.size <= opts.maxEdges)
    return { view, reduced: false, more: new Map(), landmarks: new Set(), moreRoles: new Map() };

  const ranking = rank(model, view);
  const all = whole(model, view);
  const keep = new Set<string>([...reveal].filter((id) => view.nodes.has(id)));
  // a selection's neighbours, the best-connected first, up to a share of the budget: a tool most
  // roles use would otherwise draw every role with its name
  const cap = Math.floor(opts.maxNodes * NEIGHBOURS);
  const around = new Map<string, string[]>();
  for (const anchor of anchors) {
    if (!view.nodes.has(anchor)) continue;
    keep.add(anchor);
    const near = neighbourhood(model, view, anchor);
    near.delete(anchor);
    const best = [...near].sort((a, b) => ranking.degree.get(b)! - ranking.degree.get(a)! || (a < b ? -1 : 1));
    for (const id of best.slice(0, cap)) keep.add(id);
    around.set(anchor, best);
  }
  for (const r of ranking.roles.slice(0, Math.max(0, Math.floor(opts.maxNodes * 0.6) - keep.size))) keep.add(r);
  for (const id of ranking.others) {
    if (keep.size >= opts.maxNodes) break;
    keep.add(id);
  }
  // what a selected tool or skill leaves undrawn of the roles around it ("+659 more roles")
  const moreRoles = new Map<string, number>();
  for (const [anchor, best] of around) {
    const left = best.filter((id) => !keep.has(id) && model.nodes.get(id)!.kind === 'role').length;
    if (left && model.nodes.get(anchor)!.kind !== 'role') moreRoles.set(anchor, left);
  }

  // edges: everything touching what is revealed, then each role's strongest edges within budget. Only
  // the kept nodes' own edges are read (a few thousand, not the whole view); the same pass counts what
  // each kept role links to in the view, for "+N more".
  const inside: string[] = [];
  const linked = new Map<string, Record<Exclude<NodeKind, 'role'>, number>>();
  for (const id of keep) {
    for (const eid of model.incident.get(id) ?? []) {
      const e = model.edges.get(eid)!;
      if (e.source !== id || !(all || view.edges.has(eid))) continue;
      countLink(model, e.source, e.target, linked);
      if (keep.has(e.target)) inside.push(eid);
    }
  }
  const supports = new Map(inside.map((id) => [id, supportIn(model, view, id)]));
  const support = (id: string) => supports.get(id)!;
  inside.sort((a, b) => support(b) - support(a) || (a < b ? -1 : 1));
  const edges = new Set<string>();
  const near: string[] = [];
  const candidates: string[] = [];
  for (const id of inside) {
    const e = model.edges.get(id)!;
    if (own.has(id) || anchors.has(e.source) || anchors.has(e.target)) edges.add(id);
    else if (reveal.has(e.source) || reveal.has(e.target)) near.push(id);
    else candidates.push(id);
  }
  const perRole = Math.max(3, Math.ceil(opts.maxEdges / Math.max(1, ranking.roles.length)));
  const used = new Map<string, number>();
  for (const id of [...near, ...candidates]) {
    if (edges.size >= opts.maxEdges) break;
    const e = model.edges.get(id)!;
    const n = used.get(e.source) ?? 0;
    if (n >= perRole) continue;
    used.set(e.source, n + 1);
    edges.add(id);
  }

  // what each drawn role leaves out: all it links to in the view, less what is drawn
  const drawnLinks = roleLinks(model, edges);
  const more = new Map<string, Record<Exclude<NodeKind, 'role'>, number>>();
  for (const [role, counts] of linked) {
    const drawn = drawnLinks.get(role);
    if (drawn) for (const k of ['skill', 'tool', 'education'] as const) counts[k] -= drawn[k];
    if (counts.skill || counts.tool || counts.education) more.set(role, counts);
  }
  const edgeSupport = new Map<string, number>();
  for (const id of edges) {
    const s = view.edgeSupport.get(id);
    if (s !== undefined) edgeSupport.set(id, s);
  }
  const landmarks = new Set(ranking.roles.filter((id) => keep.has(id)).slice(0, LANDMARKS));
  return { view: { nodes: keep, edges, edgeSupport }, reduced: true, more, landmarks, moreRoles };
}

/** Per role: how many skills, tools and education these edges link it to. */
function roleLinks(model: Model, edges: Iterable<string>): Map<string, Record<Exclude<NodeKind, 'role'>, number>> {
  const out = new Map<string, Record<Exclude<NodeKind, 'role'>, number>>();
  for (const id of edges) {
    const e = model.edges.get(id)!;
    countLink(model, e.source, e.target, out);
  }
  return out;
}

/** Count an edge from a role to a skill, tool or education in `counts`. */
function countLink(
  model: Model,
  source: string,
  target: string,
  counts: Map<string, Record<Exclude<NodeKind, 'role'>, number>>,
): void {
  if (model.nodes.get(source)!.kind !== 'role') return;
  const kind = model.nodes.get(target)!.kind;
  if (kind === 'role') return;
  let c = counts.get(source);
  if (!c) counts.set(source, (c = { skill: 0, tool: 0, education: 0 }));
  c[kind]++;
}

/** "+412 more tools, +30 more skills" for a role; "+659 more roles" for a selected tool or skill. */
export function moreLabel(counts: Record<Exclude<NodeKind, 'role'>, number> | undefined, roles = 0): string {
  const parts: string[] = [];
  if (roles) parts.push(`+${roles} more role${roles === 1 ? '' : 's'}`);
  if (!counts) return parts.join(', ');
  if (counts.tool) parts.push(`+${counts.tool} more tool${counts.tool === 1 ? '' : 's'}`);
  if (counts.skill) parts.push(`+${counts.skill} more skill${counts.skill === 1 ? '' : 's'}`);
  if (counts.education) parts.push(`+${counts.education} more education`);
  return parts.join(', ');
}
