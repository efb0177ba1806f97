/**
 * How big a node and its name are drawn, in the graph's own units (pixels at zoom 1). Shared by the
 * view model (node sizes), the stylesheet (label fonts) and the layout, which keeps names from lying
 * on each other. Pure.
 */
import type { NodeKind } from './schema';

/** Node diameter in pixels from its support. */
export function nodeSize(kind: NodeKind, statements: number): number {
  const base = kind === 'role' ? 34 : 18;
  return Math.round(base + 7 * Math.log2(1 + statements));
}

/** How names are set under their nodes. */
export const LABEL = {
  font: 13,
  roleFont: 15,
  /** Gap between a node and its name. */
  margin: 4,
  /** The halo drawn around the letters. */
  outline: 2,
  /** Names wider than this wrap onto more lines. */
  maxWidth: 220,
  /** Names smaller than this on screen are not drawn (Cytoscape's min-zoomed-font-size). */
  minOnScreen: 7,
} as const;

/**
 * Average advance of a character as a share of the font size, generous for common sans-serif faces
 * (DejaVu Sans, the widest usual fallback, sets regular text at about 0.56 em and bold at 0.62).
 */
const ADVANCE = { regular: 0.6, bold: 0.66 };

/** The box a node's name takes: its estimated width and height, wrapped as the stylesheet wraps it. */
export function labelSize(kind: NodeKind, label: string): { width: number; height: number } {
  const font = kind === 'role' ? LABEL.roleFont : LABEL.font;
  const advance = font * (kind === 'role' ? ADVANCE.bold : ADVANCE.regular);
  let lines = 0;
  let widest = 0;
  let line = 0;
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const w = word.length * advance;
    const next = line ? line + advance + w : w;
    if (line && next > LABEL.maxWidth) {
      widest = Math.max(widest, line);
      lines++;
      line = w;
    } else line = next;
  }
  if (line) {
    widest = Math.max(widest, line);
    lines++;
  }
  return { width: Math.min(widest, LABEL.maxWidth) + 2 * LABEL.outline, height: lines * font * 1.25 + 2 * LABEL.outline };
}
