/**
 * Reading graph files people open or link: size cap, JSON, schema. Returns the model or one clear
 * message saying what is wrong. Pure apart from the text it is given.
 */
import { parseJson } from '../json';
import { parseGraph } from '../schema';
import { createModel, type Model } from './model';

/** Largest graph file the explorer opens. */
export const MAX_GRAPH_BYTES = 60 * 1024 * 1024;

/** The loaded model or why not. */
export type LoadResult = { ok: true; model: Model } | { ok: false; message: string };

/** Parse the text of a graph file named `name`. */
export function loadGraphText(text: string, name: string): LoadResult {
  if (text.length > MAX_GRAPH_BYTES)
    return { ok: false, message: `${name}: the file is larger than ${MAX_GRAPH_BYTES / 1024 / 1024} MB.` };
  const json = parseJson(text);
  if (!json.ok) return { ok: false, message: `${name}${json.line ? ` line ${json.line}` : ''}: not valid JSON.` };
  const r = parseGraph(json.value);
  if (!r.ok) return { ok: false, message: `${name}: not a valid rolegraph file: ${r.errors.slice(0, 3).join('; ')}` };
  return { ok: true, model: createModel(r.graph, r.index) };
}

/** Whether a graph URL is on the page's own origin. */
export function sameOrigin(url: string, base: string): boolean {
  try {
    return new URL(url, base).origin === new URL(base).origin;
  } catch {
    return false;
  }
}
