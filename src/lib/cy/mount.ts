/**
 * The one place that creates, updates and destroys the Cytoscape instance. Elements come in already
 * mapped; Cytoscape events go out as callbacks. Cytoscape is never the source of truth: updates diff
 * the incoming elements against what is drawn.
 */
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions } from 'cytoscape';
import type { LayoutId } from './layouts';
import { LABEL } from '../geometry';
import { RING, stylesheet, type Theme } from './style';

export type { LayoutId } from './layouts';

/** Callbacks from the canvas. */
export interface CanvasEvents {
  onSelect(id: string | null): void;
  onHover(id: string | null): void;
}

/** Handle on a mounted canvas. */
export interface Canvas {
  /** What draws: WebGL when it was asked for and the browser has WebGL 2, else the 2D canvas. */
  readonly renderer: 'webgl' | 'canvas';
  update(elements: ElementDefinition[]): { added: number; removed: number };
  layout(id: LayoutId, fit?: boolean): Promise<void>;
  fit(ids?: string[]): void;
  /** Bring nodes into view: the viewport moves only when one of them is off screen. */
  reveal(ids: string[]): void;
  zoom(factor: number): void;
  center(id: string): void;
  setTheme(theme: Theme): void;
  png(): Blob;
  core(): Core;
  destroy(): void;
}

const KIND_RING: Record<string, number> = { role: 4, skill: 3, tool: 2, education: 1 };

/**
 * Smallest on-screen sizes, in CSS pixels, of what is looked at on a large graph: the overview is
 * fitted at a zoom where names would be drawn a few pixels high, or not at all. What is looked at: the
 * selected or hovered node and its neighbours, the roles of a path or comparison and the moves between
 * them (the skills and tools of a path are listed beside the graph), and the overview's landmark roles.
 */
const READABLE = { font: 12, node: 18 };
const EMPHASISED = 'node.selected, node.hovered, node.near, node[kind = "role"].highlight, node.landmark';
/** The closest a path or comparison is brought when it is shown for its names: names at their own size. */
const REVEAL_ZOOM = 1;
const EMPHASISED_EDGES = 'edge.near, edge[kind = "transitions-to"].highlight';
const ENLARGED_PROPS =
  'label font-size width height text-margin-y text-outline-width text-max-width border-width underlay-padding';

function layoutOptions(id: LayoutId, hasPositions: boolean): LayoutOptions {
  switch (id) {
    case 'preset':
      return hasPositions
        ? ({
            name: 'preset',
            fit: true,
            padding: 40,
            positions: (n: cytoscape.NodeSingular) => ({ x: n.data('px'), y: n.data('py') }),
          } as LayoutOptions)
        : layoutOptions('concentric', false);
    case 'fcose':
      return {
        name: 'fcose',
        animate: false,
        randomize: true,
        quality: 'default',
        nodeSeparation: 90,
        idealEdgeLength: 110,
        padding: 40,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        concentric: (n: cytoscape.NodeSingular) => KIND_RING[n.data('kind') as string] ?? 0,
        levelWidth: () => 1,
        minNodeSpacing: 14,
        padding: 40,
        animate: false,
      } as LayoutOptions;
    case 'grid':
      return {
        name: 'grid',
        padding: 40,
        avoidOverlap: true,
        sort: (a, b) => (a.data('kind') < b.data('kind') ? -1 : 1),
      } as LayoutOptions;
  }
}

let fcoseReady: Promise<void> | null = null;
function ensureFcose(): Promise<void> {
  fcoseReady ??= import('cytoscape-fcose').then((m) => {
    cytoscape.use(m.default);
  });
  return fcoseReady;
}

function hasWebgl2(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return !!gl;
  } catch {
    return false;
  }
}

/** The parts of Cytoscape's 2D renderer the first frame reaches into (not in its typings). */
interface CanvasRenderer {
  drawLayeredElements?(context: CanvasRenderingContext2D, eles: unknown, ...rest: unknown[]): void;
  drawElements?(context: CanvasRenderingContext2D, eles: unknown): void;
  /** Which of the stacked canvases (selection box, dragged elements, the rest) a frame repaints. */
  data?: { canvasNeedsRedraw?: boolean[] };
  SELECT_BOX?: number;
  DRAG?: number;
  getCachedZSortedEles?(): { drag?: ArrayLike<unknown> };
}

/**
 * Draw the first frame with elements straight onto the canvas. Cytoscape's 2D renderer first paints
 * every element into a cached texture and the frame from those textures: that pays back on every later
 * frame (pan, zoom, hover) but makes the first one wait for all of them. Returns what to call once that
 * frame is on screen: the renderer's own drawing comes back and a redraw fills the caches, while nobody
 * waits for it.
 */
function drawFirstFrameDirectly(cy: Core): () => void {
  const r = (cy as unknown as { renderer(): CanvasRenderer }).renderer();
  const cached = r.drawLayeredElements;
  const direct = r.drawElements;
  if (typeof cached !== 'function' || typeof direct !== 'function') return () => {};
  r.drawLayeredElements = function (this: CanvasRenderer, context, eles) {
    direct.call(this, context, eles);
    // The canvases for dragged elements and the selection box lie blank above this one. Clearing them
    // is a canvas's first drawing, which allocates its pixels (~15 ms each for a 1400 x 900 canvas
    // here), so the first frame leaves them alone; Cytoscape clears them when it first draws there.
    const need = this.data?.canvasNeedsRedraw;
    if (need && this.DRAG !== undefined && this.SELECT_BOX !== undefined && !this.getCachedZSortedEles?.().drag?.length) {
      need[this.DRAG] = false;
      need[this.SELECT_BOX] = false;
    }
  };
  return () => {
    r.drawLayeredElements = cached;
    const warm = () => {
      if (!cy.destroyed()) cy.forceRender();
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 200 });
    else setTimeout(warm, 0);
  };
}

/** How a canvas draws: large-graph settings, and Cytoscape's WebGL renderer instead of its 2D canvas. */
export interface CanvasOptions {
  large?: boolean;
  webgl?: boolean;
  /** How far down from the canvas's top edge controls lie over it: fitting keeps nodes below them. */
  insetTop?: () => number;
}

/** Mount Cytoscape into a container. */
export function mountCanvas(
  container: HTMLElement,
  elements: ElementDefinition[],
  theme: Theme,
  events: CanvasEvents,
  { large = false, webgl = false, insetTop = () => 0 }: CanvasOptions = {},
): Canvas {
  // Cytoscape's WebGL renderer needs WebGL 2, and clears to the container's own (inline) background
  webgl &&= hasWebgl2();
  if (webgl) container.style.backgroundColor = getComputedStyle(container).backgroundColor;
  const cy = cytoscape({
    container,
    style: stylesheet(theme, large),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
    hideEdgesOnViewport: large,
    textureOnViewport: large,
    motionBlur: false,
    pixelRatio: large ? 1 : 'auto',
    webgl,
    // created empty: no layout pass (the default is a grid) before the elements and their positions come
    layout: { name: 'null' },
  });
  // what Cytoscape actually draws with, for people (the controls say so) and tests
  const renderer = (cy as unknown as { renderer(): { webgl?: boolean } }).renderer().webgl ? 'webgl' : 'canvas';
  container.dataset.renderer = renderer;
  // for benchmarks and tests: when the first frame with elements was drawn (ms since navigation);
  // the WebGL renderer emits no render event, so there it is the frame after the elements arrive
  const markRendered = () => {
    container.dataset.renderedAt ??= String(Math.round(performance.now()));
  };
  /** `then` once a frame has been drawn with elements in it (checked now, then after each render). */
  const whenDrawn = (then: () => void) => {
    const check = () => (cy.elements().length ? then() : void cy.one('render', check));
    return check;
  };
  if (webgl) requestAnimationFrame(() => requestAnimationFrame(whenDrawn(markRendered)));
  else {
    const restoreDrawing = drawFirstFrameDirectly(cy);
    cy.one(
      'render',
      whenDrawn(() => {
        markRendered();
        restoreDrawing();
      }),
    );
  }
  // added after the constructor, which would otherwise run a layout pass over every node: positions
  // come with the elements, and fitting waits for the first layout() call
  cy.add(elements);
  cy.on('tap', 'node', (e) => events.onSelect(e.target.id()));
  cy.on('tap', (e) => {
    if (e.target === cy) events.onSelect(null);
  });
  cy.on('mouseover', 'node', (e) => events.onHover(e.target.id()));
  cy.on('mouseout', 'node', () => events.onHover(null));
  const drawn = new Map<string, ElementDefinition>(elements.map((el) => [el.data.id as string, el]));
  const count = () => {
    container.dataset.nodes = String(cy.nodes().length);
    container.dataset.edges = String(cy.edges().length);
  };
  count();
  // On a large graph what is looked at keeps a readable size whatever the zoom (an element style
  // on those few nodes only; everything else keeps the stylesheet's sizes).
  let enlarged: cytoscape.NodeCollection = cy.collection().nodes();
  let widened: cytoscape.EdgeCollection = cy.collection().edges();
  /** Call inside a batch: the elements are restyled once, with whatever else changed. */
  const keepReadable = () => {
    if (!large) return;
    const k = READABLE.font / (13 * cy.zoom());
    const wanted = k > 1 ? cy.nodes(EMPHASISED) : cy.collection().nodes();
    const lines = k > 1 ? cy.edges(EMPHASISED_EDGES) : cy.collection().edges();
    enlarged.difference(wanted).removeStyle(ENLARGED_PROPS);
    widened.difference(lines).removeStyle('width');
    if (wanted.nonempty())
      wanted.style({
        'font-size': 13 * k,
        'text-margin-y': 4 * k,
        'text-outline-width': 2 * k,
        'text-max-width': `${220 * k}px`,
      });
    wanted.forEach((n) => {
      const size = Math.max(Number(n.data('size')) || 20, READABLE.node / cy.zoom());
      // the same precedence as the stylesheet's rings: hovered, then selected, then highlighted
      const ring = (['hovered', 'selected', 'highlight'] as const).find((c) => n.hasClass(c));
      n.style({ width: size, height: size, 'border-width': 1.5 * k, 'underlay-padding': (ring ? RING[ring] : 0) * k });
      // a landmark of the overview shows its name only ("+412 more tools" is for a closer look)
      if (!n.is('.selected, .hovered, .near, .highlight')) n.style('label', n.data('name'));
      else n.removeStyle('label');
    });
    // the moves of a path stand out from the requirements around them (arrows grow with the width)
    lines.forEach((e) => {
      e.style({ width: (e.data('kind') === 'transitions-to' ? 3 : 1) * k });
    });
    enlarged = wanted;
    widened = lines;
  };
  /**
   * A landmark's name gives way to a better-ranked one it would overlap: the best-connected roles
   * often lie close together, and overlapping names read as neither. Measured after the restyle,
   * from the labels' own boxes; a name that gives way is made transparent, as an empty label would
   * only bring back the stylesheet's.
   */
  let muted: cytoscape.NodeCollection = cy.collection().nodes();
  const declutter = () => {
    if (!large) return;
    let hide: cytoscape.NodeCollection = cy.collection().nodes();
    // closer in, every role shows its name at the stylesheet's size, landmark or not
    if (READABLE.font / (13 * cy.zoom()) > 1) {
      const named = cy.nodes('.landmark').filter((n) => !n.is('.selected, .hovered, .near, .highlight'));
      const byRank = named.toArray().sort((a, b) => Number(a.data('rank') ?? 0) - Number(b.data('rank') ?? 0));
      const kept: cytoscape.BoundingBox12[] = [];
      for (const n of byRank as cytoscape.NodeSingular[]) {
        const bb = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
        if (!bb.w || !bb.h) continue;
        if (kept.some((k) => bb.x1 < k.x2 && k.x1 < bb.x2 && bb.y1 < k.y2 && k.y1 < bb.y2)) hide = hide.union(n);
        else kept.push(bb);
      }
    }
    // (a name that gave way may since have left the canvas)
    const back = muted.filter((n) => !n.removed()).difference(hide);
    const gone = hide.difference(muted);
    if (back.nonempty() || gone.nonempty())
      cy.batch(() => {
        back.removeStyle('text-opacity');
        gone.style('text-opacity', 0);
      });
    muted = hide;
  };
  const readable = () => {
    cy.batch(keepReadable);
    declutter();
  };
  let zoomTimer: ReturnType<typeof setTimeout> | undefined;
  if (large)
    cy.on('zoom', () => {
      clearTimeout(zoomTimer);
      zoomTimer = setTimeout(readable, 120);
    });
  /**
   * Fit nodes into view from their positions and sizes. Cytoscape's own fit measures every label,
   * which on a large graph costs more than drawing it.
   */
  const fitNodes = (nodes: cytoscape.CollectionReturnValue | cytoscape.NodeCollection, maxZoom = cy.maxZoom()) => {
    const list = nodes.nodes();
    if (list.empty()) return;
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    list.forEach((n) => {
      const p = n.position();
      const r = (Number(n.data('size')) || 20) / 2;
      x1 = Math.min(x1, p.x - r - 60);
      x2 = Math.max(x2, p.x + r + 60);
      y1 = Math.min(y1, p.y - r);
      y2 = Math.max(y2, p.y + r + 24);
    });
    const w = cy.width();
    const h = cy.height();
    const pad = 40;
    const top = Math.max(pad, Math.min(h / 3, insetTop() + 8));
    const zoom = Math.min(maxZoom, Math.max(cy.minZoom(), Math.min((w - 2 * pad) / (x2 - x1), (h - top - pad) / (y2 - y1))));
    cy.viewport({ zoom, pan: { x: (w - zoom * (x1 + x2)) / 2, y: (h + top - pad - zoom * (y1 + y2)) / 2 } });
    // sizes that follow the zoom are right in the next frame, not once the zoom has settled
    clearTimeout(zoomTimer);
    readable();
  };
  const nodesOf = (ids: string[]) => ids.reduce((acc, i) => acc.union(cy.getElementById(i)), cy.collection()).nodes();
  // the canvas follows its container (panels opening, window resizing)
  const resize = new ResizeObserver(() => cy.resize());
  resize.observe(container);
  const hasPositions = () => elements.every((el) => el.group !== 'nodes' || typeof el.data.px === 'number');

  return {
    renderer,
    update(next) {
      const incoming = new Map(next.map((el) => [el.data.id as string, el]));
      let removed = 0;
      let added = 0;
      cy.batch(() => {
        cy.elements().forEach((el) => {
          if (!incoming.has(el.id())) {
            el.remove();
            drawn.delete(el.id());
            removed++;
          }
        });
        const toAdd: ElementDefinition[] = [];
        for (const [id, def] of incoming) {
          const before = drawn.get(id);
          if (!before) {
            toAdd.push(def);
          } else if (before !== def) {
            // touch only what changed: restyling thousands of elements is what makes a large graph slow
            const el = cy.getElementById(id);
            if ((before.classes ?? '') !== (def.classes ?? '')) el.classes(def.classes ?? '');
            if (
              before.data.label !== def.data.label ||
              before.data.size !== def.data.size ||
              before.data.width !== def.data.width ||
              before.data.rank !== def.data.rank
            )
              el.data(def.data);
            if (before.data.px !== def.data.px || before.data.py !== def.data.py) el.data({ px: def.data.px, py: def.data.py });
          }
          drawn.set(id, def);
        }
        // nodes before edges so every edge finds its ends
        toAdd.sort((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1));
        if (toAdd.length) cy.add(toAdd);
        added = toAdd.length;
        keepReadable();
      });
      declutter();
      elements = next;
      count();
      return { added, removed };
    },
    async layout(id, fit = true) {
      // nodes are added at their build positions: the precomputed layout only needs to put back
      // the ones another layout moved, not a pass over every node
      if (id === 'preset' && hasPositions()) {
        cy.batch(() => {
          cy.nodes().forEach((n) => {
            const x = n.data('px') as number;
            const y = n.data('py') as number;
            const p = n.position();
            if (p.x !== x || p.y !== y) n.position({ x, y });
          });
        });
        if (fit) fitNodes(cy.nodes());
        return;
      }
      if (id === 'fcose') await ensureFcose();
      const opts = { ...layoutOptions(id, hasPositions()), fit: false } as LayoutOptions;
      const run = cy.layout(opts);
      const done = new Promise<void>((resolve) => run.one('layoutstop', () => resolve()));
      run.run();
      await done;
      if (fit) fitNodes(cy.nodes());
    },
    fit(ids) {
      fitNodes(ids?.length ? nodesOf(ids) : cy.nodes());
    },
    reveal(ids) {
      const nodes = nodesOf(ids);
      const { x1, y1, x2, y2 } = cy.extent();
      const off = nodes.filter((n) => {
        const p = n.position();
        const r = (Number(n.data('size')) || 20) / 2;
        return p.x - r < x1 || p.x + r > x2 || p.y - r < y1 || p.y + r > y2;
      });
      // a viewport that already shows them stays: moving it redraws every node at a new scale and
      // takes away what the person was looking at; unless their names are too small there to be drawn
      // (a large graph keeps what is looked at readable at any zoom)
      const unnamed = !large && cy.zoom() * LABEL.font < LABEL.minOnScreen;
      if (off.nonempty() || unnamed) fitNodes(nodes, unnamed ? REVEAL_ZOOM : cy.maxZoom());
    },
    zoom(factor) {
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    center(id) {
      const n = cy.getElementById(id);
      if (n.empty()) return;
      container.dataset.centred = id;
      // animating a large graph costs a full redraw per frame: jump instead
      if (large) cy.viewport({ zoom: Math.max(cy.zoom(), 1), pan: cy.pan() }).center(n);
      else cy.animate({ center: { eles: n }, zoom: Math.max(cy.zoom(), 1) }, { duration: 250 });
    },
    setTheme(t) {
      cy.style(stylesheet(t, large));
    },
    png() {
      return cy.png({ output: 'blob', full: false, scale: 2, bg: getComputedStyle(container).backgroundColor || '#ffffff' });
    },
    core: () => cy,
    destroy() {
      clearTimeout(zoomTimer);
      resize.disconnect();
      cy.destroy();
    },
  };
}
