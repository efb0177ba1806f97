/**
 * Overlap of N roles: what all share, what at least k share, what is unique to each, a Jaccard
 * similarity matrix over skills and tools (with the counts behind it), and the asymmetric gaps.
 * Reference: Jaccard, P. (1912), "The distribution of the flora in the alpine zone".
 */
import { difference, intersection, type RoleIndex } from './roleIndex';

/** Overlap options. */
export interface OverlapOptions {
  /** "Shared by at least k" threshold (clamped to 1…roles). */
  k: number;
  /** Compute the pairwise gaps (n² lists); by default only for up to 4 roles, as the panel shows them. */
  gaps: boolean | null;
}

/** Defaults for {@link overlap}. */
export const OVERLAP_DEFAULTS: OverlapOptions = { k: 2, gaps: null };

/** A requirement and the compared roles that have it. */
export interface SharedItem {
  id: string;
  roles: string[];
}

/** Similarity of two roles. */
export interface Similarity {
  jaccard: number;
  shared: number;
  union: number;
}

/** The overlap answer. */
export interface OverlapResult {
  roles: string[];
  shared: string[];
  atLeastK: SharedItem[];
  k: number;
  unique: Record<string, string[]>;
  /** matrix[i][j] compares roles[i] and roles[j] over skills and tools. */
  matrix: Similarity[][];
  /** gaps[i][j]: what roles[j] needs that roles[i] lacks (empty when not computed). */
  gaps: string[][][];
}

/** Compute the overlap of two or more roles. Throws on unknown or non-role ids. */
export function overlap(index: RoleIndex, roleIds: string[], options: Partial<OverlapOptions> = {}): OverlapResult {
  const roles = [...new Set(roleIds)];
  const idx = roles.map((r) => {
    const i = index.roleIndex.get(r);
    if (i === undefined) throw new Error(`overlap: "${r}" is not a role of this graph`);
    return i;
  });
  const n = roles.length;
  const k = Math.max(1, Math.min(n, Math.round(options.k ?? OVERLAP_DEFAULTS.k)));
  const counts = new Map<number, number[]>();
  idx.forEach((r, pos) => {
    for (const item of index.needs[r]) {
      const list = counts.get(item);
      if (list) list.push(pos);
      else counts.set(item, [pos]);
    }
  });
  const byLabel = (a: number, b: number) => (index.items[a] < index.items[b] ? -1 : 1);
  const sortedItems = [...counts.keys()].sort(byLabel);
  const shared = n ? sortedItems.filter((i) => counts.get(i)!.length === n).map((i) => index.items[i]) : [];
  const atLeastK = sortedItems
    .filter((i) => counts.get(i)!.length >= k)
    .sort((a, b) => counts.get(b)!.length - counts.get(a)!.length || byLabel(a, b))
    .map((i) => ({ id: index.items[i], roles: counts.get(i)!.map((p) => roles[p]) }));
  const unique: Record<string, string[]> = {};
  for (const r of roles) unique[r] = [];
  for (const i of sortedItems) {
    const holders = counts.get(i)!;
    if (holders.length === 1) unique[roles[holders[0]]].push(index.items[i]);
  }
  const skillsTools = idx.map((r) => Int32Array.from([...index.needs[r]].filter((i) => index.itemKind[i] !== 'education')));
  const matrix = idx.map((_, a) =>
    idx.map((__, b) => {
      const s = intersection(skillsTools[a], skillsTools[b]).length;
      const u = skillsTools[a].length + skillsTools[b].length - s;
      return { jaccard: u ? s / u : a === b ? 1 : 0, shared: s, union: u };
    }),
  );
  const wantGaps = options.gaps ?? n <= 4;
  const gaps = wantGaps
    ? idx.map((a) => idx.map((b) => [...difference(index.needs[b], index.needs[a])].sort(byLabel).map((i) => index.items[i])))
    : [];
  return { roles, shared, atLeastK, k, unique, matrix, gaps };
}
