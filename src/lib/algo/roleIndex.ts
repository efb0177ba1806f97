/**
 * Role index: each role's requirements (skills, tools, education) as sorted arrays of small integers,
 * the inverted index from requirement to roles, and the documented transitions. Built once per graph
 * so overlap and path queries never rescan the graph.
 */
import type Graph from 'graphology';
import type { NodeKind } from '../schema';

/** The index. */
export interface RoleIndex {
  roles: string[];
  roleIndex: Map<string, number>;
  items: string[];
  itemIndex: Map<string, number>;
  itemKind: NodeKind[];
  /** Requirements per role, sorted ascending. */
  needs: Int32Array[];
  /** Roles per requirement, sorted ascending. */
  holders: Int32Array[];
  /** Documented transitions: role → [target role, edge id]. */
  transitions: Map<number, { to: number; edge: string }[]>;
}

const NEED_EDGES = new Set(['requires', 'uses', 'typical-education']);

/** Index a graphology graph whose nodes carry `kind` and edges carry `kind`. */
export function buildRoleIndex(graph: Graph): RoleIndex {
  const roles: string[] = [];
  graph.forEachNode((id, a) => {
    if (a.kind === 'role') roles.push(id);
  });
  roles.sort();
  const roleIndex = new Map(roles.map((r, i) => [r, i]));
  const items: string[] = [];
  const itemIndex = new Map<string, number>();
  const itemKind: NodeKind[] = [];
  const needLists: number[][] = roles.map(() => []);
  const transitions = new Map<number, { to: number; edge: string }[]>();
  graph.forEachEdge((edge, a, source, target) => {
    const s = roleIndex.get(source);
    if (s === undefined) return;
    if (NEED_EDGES.has(a.kind)) {
      let i = itemIndex.get(target);
      if (i === undefined) {
        i = items.length;
        items.push(target);
        itemIndex.set(target, i);
        itemKind.push(graph.getNodeAttribute(target, 'kind'));
      }
      needLists[s].push(i);
    } else if (a.kind === 'transitions-to') {
      const t = roleIndex.get(target);
      if (t === undefined || t === s) return;
      const list = transitions.get(s) ?? [];
      list.push({ to: t, edge });
      transitions.set(s, list);
    }
  });
  const needs = needLists.map((l) => Int32Array.from(new Set(l)).sort());
  const holderLists: number[][] = items.map(() => []);
  needs.forEach((n, r) => n.forEach((i) => holderLists[i].push(r)));
  return {
    roles,
    roleIndex,
    items,
    itemIndex,
    itemKind,
    needs,
    holders: holderLists.map((l) => Int32Array.from(l)),
    transitions,
  };
}

/** Items of sorted `a` not in sorted `b`. */
export function difference(a: Int32Array, b: Int32Array): Int32Array {
  const out: number[] = [];
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    while (j < b.length && b[j] < a[i]) j++;
    if (j >= b.length || b[j] !== a[i]) out.push(a[i]);
  }
  return Int32Array.from(out);
}

/** Items in both sorted arrays. */
export function intersection(a: Int32Array, b: Int32Array): Int32Array {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push(a[i]);
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return Int32Array.from(out);
}
