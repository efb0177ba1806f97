/**
 * The derived scene: from the state modules to what the panels and the canvas show — the filtered
 * view, comparison and path answers, what to highlight, the level of detail and the Cytoscape
 * elements. Every field is $derived; nothing here is written from outside.
 */
/* eslint-disable svelte/prefer-svelte-reactivity -- Maps and Sets built inside a $derived are replaced
   wholesale when their inputs change, never mutated, so they need no reactive wrappers */
import { toElements } from '../cy/elements';
import { overlap } from '../algo/overlap';
import { findPaths } from '../algo/path';
import { buildRoleIndex } from '../algo/roleIndex';
import { overlapHighlight, pathHighlight } from '../view/emphasis';
import { filterView } from '../view/filters';
import { LOD_FOCUSED, levelOfDetail, moreLabel } from '../view/lod';
import { buildViewModel, NO_EMPHASIS } from '../view/viewModel';
import type { Stores } from './url.svelte';

/** Above this many nodes the canvas uses its large-graph settings. */
const LARGE = 2000;

/** The scene derived from the state modules. */
export class Scene {
  /** Draw every element, whatever the size (the person asked for it). */
  showAll = $state(false);

  private readonly s: Stores;

  constructor(stores: Stores) {
    this.s = stores;
  }

  readonly model = $derived.by(() => this.s.graph.model);
  readonly view = $derived.by(() => {
    const { focus, filters } = this.s.explore;
    // the selection narrows the view only with a focus: read it only then, so selecting alone
    // does not filter the whole graph again
    const selected = focus ? this.s.explore.selected : null;
    return this.model ? filterView(this.model, filters, focus && selected ? { node: selected, hops: focus } : null) : null;
  });
  /** Built on first use (a comparison, a path, or the idle-time warm-up). */
  readonly roleIndex = $derived.by(() => (this.model ? buildRoleIndex(this.model.graph) : null));
  readonly overlapResult = $derived.by(() => {
    const { roles, k } = this.s.compare;
    return roles.length >= 2 && this.roleIndex ? overlap(this.roleIndex, roles, { k }) : null;
  });
  readonly pathResult = $derived.by(() => {
    const p = this.s.path;
    return p.from && p.to && this.roleIndex
      ? findPaths(this.roleIndex, p.from, p.to, { mode: p.mode, have: p.have, maxSteps: p.maxSteps, avoid: p.avoid })
      : null;
  });
  readonly highlight = $derived.by(() => {
    const panel = this.s.explore.panel;
    if (!this.model) return null;
    if (panel === 'path' && this.pathResult?.ok) return pathHighlight(this.model, this.pathResult.best);
    if (panel === 'compare' && this.overlapResult) return overlapHighlight(this.model, this.overlapResult);
    return null;
  });
  /** What to draw: the filtered view, cut to a readable level of detail on large graphs. */
  readonly detailed = $derived.by(() => {
    const { model, view, highlight } = this;
    if (!model || !view) return null;
    if (this.showAll) return { view, reduced: false, more: new Map(), landmarks: new Set<string>(), moreRoles: new Map() };
    const selected = this.s.explore.selected;
    // the selection comes with its neighbours (the best-connected ones, when there are hundreds)
    const reveal = new Set([...(selected ? [selected] : []), ...(highlight?.nodes ?? [])]);
    return levelOfDetail(model, view, reveal, highlight ? LOD_FOCUSED : {}, {
      anchors: new Set(selected ? [selected] : []),
      edges: highlight?.edges,
    });
  });
  readonly elements = $derived.by(() => {
    const { model, detailed, highlight } = this;
    if (!model || !detailed) return [];
    const emphasis = {
      ...NO_EMPHASIS,
      hover: this.s.explore.hover,
      selected: this.s.explore.selected,
      highlight: highlight?.nodes ?? null,
      highlightEdges: highlight?.edges ?? null,
      landmarks: detailed.landmarks,
    };
    const more = new Map([...detailed.more].map(([id, c]) => [id, moreLabel(c)]));
    for (const [id, roles] of detailed.moreRoles) more.set(id, moreLabel(detailed.more.get(id), roles));
    const { nodes, edges } = buildViewModel(model, detailed.view, emphasis, more);
    return toElements(nodes, edges);
  });
  readonly large = $derived.by(() => !!this.model && this.model.file.nodes.length > LARGE);
}
