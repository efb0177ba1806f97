/** Keeping the view in the address bar: read a link into the state modules, write them back. */
import { LAYOUTS, type LayoutId } from '../cy/layouts';
import { parseUrlState, serialiseUrlState, type UrlState } from '../view/url';
import type { CompareState } from './compare.svelte';
import type { ExploreState } from './explore.svelte';
import type { GraphState } from './graph.svelte';
import type { PathState } from './path.svelte';

/** The state modules the URL mirrors. */
export interface Stores {
  graph: GraphState;
  explore: ExploreState;
  compare: CompareState;
  path: PathState;
}

/** Read a query string against the loaded graph and apply it; returns notices for what was dropped. */
export function applyUrl(search: string, s: Stores): string[] {
  const model = s.graph.model;
  const { state, notices } = parseUrlState(
    search,
    (id) => !!model?.nodes.has(id),
    (id) => !!model?.documents.has(id),
    LAYOUTS.map((l) => l.id),
  );
  s.explore.filters = state.filters;
  s.explore.selected = state.selected;
  s.explore.focus = state.selected ? state.focus : null;
  s.explore.view = state.view;
  s.explore.layout = state.layout as LayoutId;
  s.compare.roles = state.compare.filter((id) => model?.nodes.get(id)?.kind === 'role');
  s.compare.k = state.k;
  s.path.from = state.from && model?.nodes.get(state.from)?.kind === 'role' ? state.from : null;
  s.path.to = state.to && model?.nodes.get(state.to)?.kind === 'role' ? state.to : null;
  s.path.mode = state.mode;
  s.path.have = state.have;
  s.path.maxSteps = state.maxSteps;
  s.path.avoid = state.avoid;
  if (s.path.from || s.path.to) s.explore.panel = 'path';
  else if (s.compare.roles.length) s.explore.panel = 'compare';
  return notices;
}

/** The current state as a query string. */
export function currentSearch(s: Stores): string {
  const state: UrlState = {
    graph: s.graph.link,
    selected: s.explore.selected,
    focus: s.explore.focus,
    filters: s.explore.filters,
    view: s.explore.view,
    layout: s.explore.layout,
    compare: s.compare.roles,
    k: s.compare.k,
    from: s.path.from,
    to: s.path.to,
    mode: s.path.mode,
    have: s.path.have,
    maxSteps: s.path.maxSteps,
    avoid: s.path.avoid,
  };
  return serialiseUrlState(state);
}

/**
 * Mirror the view in the URL so it can be shared; back and forward walk through views. Written when
 * the page is next idle (within a second): nobody waits for the address bar, and writing history costs
 * the browser several milliseconds, which would otherwise delay the frame after the one that shows the
 * change. Call while a component initialises.
 */
export function mirrorUrl(s: Stores, ready: () => boolean): void {
  let queued = false;
  $effect(() => {
    const search = currentSearch(s);
    if (!ready() || search === location.search || queued) return;
    queued = true;
    const write = () => {
      queued = false;
      const latest = currentSearch(s);
      if (latest !== location.search) history.pushState(null, '', latest || location.pathname);
    };
    if ('requestIdleCallback' in window) requestIdleCallback(write, { timeout: 1000 });
    else requestAnimationFrame(() => setTimeout(write));
  });
}

/** The `?graph=` value of a query string, before any graph is loaded. */
export function graphParam(search: string): string | null {
  return parseUrlState(search).state.graph;
}
