/**
 * The lexicon: known terms read from `graph-data/lexicon.json` (data, never code), validated at the
 * boundary and compiled into one matcher together with the terms discovered in the documents.
 */
import * as v from 'valibot';
import { NODE_KINDS, type NodeKind } from '../schema';
import { escapeRe, singular, termKey } from './text';

const TermSchema = v.object({
  label: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  kind: v.picklist(NODE_KINDS),
  aliases: v.optional(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(200))), []),
  ambiguous: v.optional(v.boolean(), false),
});
const LexiconSchema = v.object({
  version: v.literal(1),
  roleHeads: v.array(v.pipe(v.string(), v.minLength(2))),
  abbreviations: v.optional(v.record(v.string(), v.string()), {}),
  terms: v.array(TermSchema),
});

/** A known term. */
export type Term = v.InferOutput<typeof TermSchema> & { discovered?: boolean };
/** A validated lexicon. */
export type Lexicon = v.InferOutput<typeof LexiconSchema>;

/** An empty lexicon with the usual role heads, for runs without a lexicon file. */
export const EMPTY_LEXICON: Lexicon = {
  version: 1,
  roleHeads: ['engineer', 'scientist', 'analyst', 'developer', 'architect', 'manager', 'designer', 'administrator', 'specialist', 'consultant'],
  abbreviations: {},
  terms: [],
};

/** Validate lexicon data; throws an Error whose message says what is wrong. */
export function parseLexicon(data: unknown): Lexicon {
  const r = v.safeParse(LexiconSchema, data);
  if (!r.success) {
    const i = r.issues[0];
    throw new Error(`invalid lexicon: ${v.getDotPath(i) ?? '(root)'}: ${i.message}`);
  }
  return r.output;
}

/** A term matched in a text. */
export interface Match {
  term: Term;
  start: number;
  end: number;
  surface: string;
}

/** Compiled matcher over a set of terms. */
export interface Matcher {
  find(text: string): Match[];
  byKey(kind: NodeKind, key: string): Term | undefined;
  anyKind(key: string): Term | undefined;
  terms: Term[];
}

/** Key used to merge mentions of one term: roles fold plurals and expand abbreviations. */
export function canonicalKey(kind: NodeKind, s: string, abbreviations: Record<string, string>): string {
  let k = termKey(s);
  if (kind === 'role') {
    const words = k.split(' ').map((w) => abbreviations[w] ?? w);
    k = words.join(' ');
    const parts = k.split(' ');
    parts[parts.length - 1] = singular(parts[parts.length - 1]);
    k = parts.join(' ');
  }
  return k;
}

function pattern(alias: string, plural: boolean): string {
  const body = alias
    .trim()
    .split(/[\s-]+/)
    .map((w) => escapeRe(w).replace(/'/g, "['’]"))
    .join('[\\s\\-]?');
  return plural ? `${body}(?:e?s)?` : body;
}

/** Compile terms into a matcher: one alternation, longest alias first, word-bounded, case-insensitive. */
export function compileMatcher(terms: Term[], abbreviations: Record<string, string>): Matcher {
  const byAlias = new Map<string, Term>();
  const keyed = new Map<string, Term>();
  const anyKind = new Map<string, Term>();
  for (const t of terms) {
    for (const a of [t.label, ...t.aliases]) {
      const k = termKey(a);
      if (!byAlias.has(k)) byAlias.set(k, t);
      const ck = `${t.kind}\u0000${canonicalKey(t.kind, a, abbreviations)}`;
      if (!keyed.has(ck)) keyed.set(ck, t);
      if (!anyKind.has(k)) anyKind.set(k, t);
    }
  }
  const squeezed = new Map<string, Term>();
  for (const [a, t] of byAlias) if (!squeezed.has(a.replace(/[\s-]/g, ''))) squeezed.set(a.replace(/[\s-]/g, ''), t);
  const aliases = [...byAlias.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const alternatives = aliases.map((a) => pattern(a, byAlias.get(a)!.kind === 'role'));
  const re = alternatives.length
    ? new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_+#]|\\.\\p{L})`, 'giu')
    : null;
  const resolve = (surface: string): Term | undefined => {
    const k = termKey(surface).replace(/’/g, "'");
    const t = byAlias.get(k);
    if (t) return t;
    for (const suffix of ['es', 's']) {
      if (k.endsWith(suffix)) {
        const t2 = byAlias.get(k.slice(0, -suffix.length));
        if (t2) return t2;
      }
    }
    return squeezed.get(k.replace(/[\s-]/g, ''));
  };
  return {
    terms,
    find(text: string): Match[] {
      if (!re) return [];
      const out: Match[] = [];
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        const term = resolve(m[0]);
        if (term) out.push({ term, start: m.index, end: m.index + m[0].length, surface: m[0] });
      }
      return out;
    },
    byKey: (kind, key) => keyed.get(`${kind}\u0000${key}`),
    anyKind: (key) => anyKind.get(termKey(key)),
  };
}
