/** What the person is looking at: filters, selection, hover, focus, view and layout. */
import { DEFAULT_FILTERS, type Filters } from '../view/filters';
import { toggle } from './transitions';
import type { EdgeKind, NodeKind } from '../schema';
import type { LayoutId } from '../cy/layouts';

const WEBGL_KEY = 'rolegraph:webgl';

function readWebgl(): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(WEBGL_KEY) === '1';
  } catch {
    return false;
  }
}

/** Exploration state. */
export class ExploreState {
  filters = $state<Filters>({ ...DEFAULT_FILTERS });
  selected = $state<string | null>(null);
  hover = $state<string | null>(null);
  focus = $state<1 | 2 | null>(null);
  view = $state<'graph' | 'text'>('graph');
  layout = $state<LayoutId>('preset');
  /** The side panel in use. */
  panel = $state<'explore' | 'compare' | 'path'>('explore');
  /** Draw with Cytoscape's WebGL renderer: a preference of this browser, kept between visits. */
  webgl = $state(readWebgl());

  /** Turn the WebGL renderer on or off, and remember the choice. */
  setWebgl(on: boolean): void {
    this.webgl = on;
    try {
      localStorage.setItem(WEBGL_KEY, on ? '1' : '0');
    } catch {
      // storage may be unavailable (private modes, sandboxes): the choice lasts for this visit
    }
  }

  /** Select a node, or clear with null (clearing also drops the focus). */
  select(id: string | null): void {
    this.selected = id;
    if (!id) this.focus = null;
  }

  /** Show or hide a node kind. */
  toggleKind(kind: NodeKind): void {
    this.filters = { ...this.filters, kinds: toggle(this.filters.kinds, kind) };
  }

  /** Show or hide an edge kind. */
  toggleEdgeKind(kind: EdgeKind): void {
    this.filters = { ...this.filters, edgeKinds: toggle(this.filters.edgeKinds, kind) };
  }

  /** Count or ignore a document (an empty list counts all). */
  setDocuments(ids: string[]): void {
    this.filters = { ...this.filters, documents: ids };
  }

  /** Hide edges with less support. */
  setMinSupport(n: number): void {
    this.filters = { ...this.filters, minSupport: Math.max(1, Math.min(1000, Math.round(n) || 1)) };
  }

  /** Reset every filter. */
  resetFilters(): void {
    this.filters = { ...DEFAULT_FILTERS };
  }
}
