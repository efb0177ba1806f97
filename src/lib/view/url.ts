/**
 * The view in the URL: parse and serialise the shareable state. Parsing is defensive: anything
 * unknown, malformed or oversized is dropped with a notice, never thrown. Pure.
 */
import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type NodeKind } from '../schema';
import { DEFAULT_FILTERS, type Filters } from './filters';

/** Path search modes. */
export const PATH_MODES = ['fewest', 'documented'] as const;
/** A path mode. */
export type PathMode = (typeof PATH_MODES)[number];

/** Everything a shared link restores. */
export interface UrlState {
  graph: string | null;
  selected: string | null;
  focus: 1 | 2 | null;
  filters: Filters;
  view: 'graph' | 'text';
  layout: string;
  compare: string[];
  k: number;
  from: string | null;
  to: string | null;
  mode: PathMode;
  have: string[];
  maxSteps: number | null;
  avoid: string[];
}

/** The state of a plain link. */
export const DEFAULT_URL_STATE: UrlState = {
  graph: null,
  selected: null,
  focus: null,
  filters: DEFAULT_FILTERS,
  view: 'graph',
  layout: 'preset',
  compare: [],
  k: 2,
  from: null,
  to: null,
  mode: 'fewest',
  have: [],
  maxSteps: null,
  avoid: [],
};

const MAX_PARAM = 4000;
const MAX_LIST = 200;
const ID = /^[a-z]+:[^\s]{1,300}$/;

/** Checks ids against the loaded graph; absent when no graph is loaded yet. */
export type IdCheck = (id: string) => boolean;

/** Parse a query string; returns the state and notices about what was dropped. */
export function parseUrlState(
  search: string,
  knownId: IdCheck = () => true,
  knownDoc: IdCheck = () => true,
  layouts: readonly string[] = ['preset'],
): { state: UrlState; notices: string[] } {
  const notices: string[] = [];
  const state: UrlState = { ...DEFAULT_URL_STATE, filters: { ...DEFAULT_FILTERS } };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > 20_000 ? '' : search);
    if (search.length > 20_000) notices.push('The link was too long and was ignored.');
  } catch {
    return { state, notices: ['The link could not be read and was ignored.'] };
  }
  const get = (key: string): string | null => {
    const v = params.get(key);
    if (v === null) return null;
    if (v.length > MAX_PARAM) {
      notices.push(`"${key}" in the link was too long and was ignored.`);
      return null;
    }
    return v;
  };
  const id = (key: string): string | null => {
    const v = get(key);
    if (v === null || v === '') return null;
    if (!ID.test(v) || !knownId(v)) {
      notices.push(`"${clip(v)}" (${key}) is not in this graph and was ignored.`);
      return null;
    }
    return v;
  };
  const ids = (key: string): string[] => {
    const v = get(key);
    if (!v) return [];
    const out: string[] = [];
    for (const part of v.split(',').slice(0, MAX_LIST)) {
      if (!part) continue;
      if (ID.test(part) && knownId(part)) {
        if (!out.includes(part)) out.push(part);
      } else notices.push(`"${clip(part)}" (${key}) is not in this graph and was ignored.`);
    }
    return out;
  };
  const int = (key: string, min: number, max: number): number | null => {
    const v = get(key);
    if (v === null) return null;
    const n = Number(v);
    if (!/^\d{1,6}$/.test(v) || n < min || n > max) {
      notices.push(`"${key}" must be a whole number from ${min} to ${max}; "${clip(v)}" was ignored.`);
      return null;
    }
    return n;
  };
  const list = <T extends string>(key: string, allowed: readonly T[]): T[] | null => {
    const v = get(key);
    if (v === null) return null;
    const parts = v.split(',').filter(Boolean);
    const ok = parts.filter((p): p is T => (allowed as readonly string[]).includes(p));
    if (ok.length !== parts.length) notices.push(`Unknown values in "${key}" were ignored.`);
    return ok;
  };

  const graph = get('graph');
  if (graph) state.graph = graph;
  state.selected = id('node');
  const focus = int('focus', 1, 2);
  state.focus = focus === 1 || focus === 2 ? focus : null;
  const kinds = list<NodeKind>('kinds', NODE_KINDS);
  if (kinds) state.filters.kinds = kinds;
  const edges = list<EdgeKind>('edges', EDGE_KINDS);
  if (edges) state.filters.edgeKinds = edges;
  const docs = get('docs');
  if (docs) {
    const parts = docs.split(',').slice(0, MAX_LIST).filter(Boolean);
    state.filters.documents = parts.filter((d) => knownDoc(d));
    if (state.filters.documents.length !== parts.length) notices.push('Unknown documents in the link were ignored.');
  }
  const min = int('min', 1, 1000);
  if (min) state.filters.minSupport = min;
  const view = get('view');
  if (view === 'text' || view === 'graph') state.view = view;
  else if (view !== null) notices.push(`Unknown view "${clip(view)}" was ignored.`);
  const layout = get('layout');
  if (layout && layouts.includes(layout)) state.layout = layout;
  else if (layout) notices.push(`Unknown layout "${clip(layout)}" was ignored.`);
  state.compare = ids('compare');
  const k = int('k', 1, 100);
  if (k) state.k = k;
  state.from = id('from');
  state.to = id('to');
  const mode = get('mode');
  if (mode && (PATH_MODES as readonly string[]).includes(mode)) state.mode = mode as PathMode;
  else if (mode) notices.push(`Unknown path mode "${clip(mode)}" was ignored.`);
  state.have = ids('have');
  state.maxSteps = int('steps', 1, 20);
  state.avoid = ids('avoid');
  return { state, notices };
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** Serialise the state; only values that differ from a plain link are written. */
export function serialiseUrlState(s: UrlState): string {
  const p = new URLSearchParams();
  if (s.graph) p.set('graph', s.graph);
  if (s.selected) p.set('node', s.selected);
  if (s.focus) p.set('focus', String(s.focus));
  if (s.filters.kinds.length !== NODE_KINDS.length) p.set('kinds', s.filters.kinds.join(','));
  if (s.filters.edgeKinds.length !== EDGE_KINDS.length) p.set('edges', s.filters.edgeKinds.join(','));
  if (s.filters.documents.length) p.set('docs', s.filters.documents.join(','));
  if (s.filters.minSupport > 1) p.set('min', String(s.filters.minSupport));
  if (s.view !== 'graph') p.set('view', s.view);
  if (s.layout !== 'preset') p.set('layout', s.layout);
  if (s.compare.length) p.set('compare', s.compare.join(','));
  if (s.k !== 2) p.set('k', String(s.k));
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.mode !== 'fewest') p.set('mode', s.mode);
  if (s.have.length) p.set('have', s.have.join(','));
  if (s.maxSteps) p.set('steps', String(s.maxSteps));
  if (s.avoid.length) p.set('avoid', s.avoid.join(','));
  const q = p.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
  return q ? `?${q}` : '';
}
