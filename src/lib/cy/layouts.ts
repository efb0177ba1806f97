/** The layouts a person can choose (kept apart from the Cytoscape module so it can load lazily). */
export const LAYOUTS = [
  { id: 'preset', label: 'Force-directed (precomputed)' },
  { id: 'fcose', label: 'Force-directed (fCoSE, live)' },
  { id: 'concentric', label: 'Rings by kind' },
  { id: 'grid', label: 'Grid' },
] as const;
/** A layout id. */
export type LayoutId = (typeof LAYOUTS)[number]['id'];
