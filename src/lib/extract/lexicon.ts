/**
 * The lexicon: known terms read from `graph-data/lexicon.json` (data, never code), validated at the
 * boundary and compiled into one matcher together with the terms discovered in the documents.
 */
import * as Type from 'typebox';
import type { Static } from 'typebox';
import { Check, Errors } from 'typebox/value';
import { NODE_KINDS, problemText, type NodeKind } from '../schema';
import { singular, termKey } from './text';

const Label = Type.String({ minLength: 1, maxLength: 200 });
const TermSchema = Type.Object({
  label: Label,
  kind: Type.Enum(NODE_KINDS),
  aliases: Type.Optional(Type.Array(Label)),
  ambiguous: Type.Optional(Type.Boolean()),
});
const LexiconSchema = Type.Object({
  version: Type.Literal(1),
  roleHeads: Type.Array(Type.String({ minLength: 2 })),
  abbreviations: Type.Optional(Type.Record(Type.String(), Type.String())),
  terms: Type.Array(TermSchema),
});

/** A known term (aliases and ambiguity filled in). */
export type Term = Required<Static<typeof TermSchema>> & { discovered?: boolean };
/** A validated lexicon. */
export type Lexicon = Omit<Static<typeof LexiconSchema>, 'terms'> & { terms: Term[] };

/** An empty lexicon with the usual role heads, for runs without a lexicon file. */
export const EMPTY_LEXICON: Lexicon = {
  version: 1,
  roleHeads: [
    'engineer',
    'scientist',
    'analyst',
    'developer',
    'architect',
    'manager',
    'designer',
    'administrator',
    'specialist',
    'consultant',
  ],
  abbreviations: {},
  terms: [],
};

/** Validate lexicon data; throws an Error whose message says what is wrong. */
export function parseLexicon(data: unknown): Lexicon {
  // a lexicon is small: TypeBox's interpreter reads it, as it describes rejected graph files
  if (!Check(LexiconSchema, data)) throw new Error(`invalid lexicon: ${problemText(Errors(LexiconSchema, data)[0])}`);
  return {
    ...data,
    abbreviations: data.abbreviations ?? {},
    terms: data.terms.map((t) => ({ ...t, aliases: t.aliases ?? [], ambiguous: t.ambiguous ?? false })),
  };
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

/** Word tokens: letters and digits, keeping inner apostrophes, dots and slashes (Ph.D, A/B, Master's) and trailing + or # (C++, C#). */
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}]|['’./](?=[\p{L}\p{N}]))*[+#]*/gu;

/** Tokenise for matching: lower-cased words with their offsets. */
export function tokens(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)))
    out.push({ word: m[0].toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + m[0].length });
  return out;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  term?: Term;
  /** Whether a plural of the last word also matches (roles). */
  plural?: boolean;
}

/**
 * Compile terms into a matcher: a trie over lower-cased word tokens, matched longest-first at each
 * token, so matching costs one pass over the text whatever the size of the lexicon.
 */
export function compileMatcher(terms: Term[], abbreviations: Record<string, string>): Matcher {
  const keyed = new Map<string, Term>();
  const anyKind = new Map<string, Term>();
  const root: TrieNode = { next: new Map() };
  const insert = (words: string[], t: Term) => {
    let node = root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map() };
        node.next.set(w, child);
      }
      node = child;
    }
    if (!node.term) {
      node.term = t;
      node.plural = t.kind === 'role';
    }
  };
  for (const t of terms) {
    for (const a of [t.label, ...t.aliases]) {
      const k = termKey(a);
      const ck = `${t.kind}\u0000${canonicalKey(t.kind, a, abbreviations)}`;
      if (!keyed.has(ck)) keyed.set(ck, t);
      if (!anyKind.has(k)) anyKind.set(k, t);
      const words = tokens(a).map((x) => x.word);
      if (!words.length) continue;
      insert(words, t);
      if (words.length > 1) insert([words.join('')], t); // "Power BI" written "PowerBI"
    }
  }
  return {
    terms,
    find(text: string): Match[] {
      const toks = tokens(text);
      const out: Match[] = [];
      for (let i = 0; i < toks.length;) {
        let node: TrieNode | undefined = root;
        let best: { term: Term; end: number } | null = null;
        for (let j = i; j < toks.length && node; j++) {
          const w = toks[j].word;
          const next: TrieNode | undefined = node.next.get(w);
          if (!next && w.length > 3 && w.endsWith('s')) {
            const stem = node.next.get(w.endsWith('es') && !node.next.get(w.slice(0, -1)) ? w.slice(0, -2) : w.slice(0, -1));
            if (stem?.term && stem.plural) best = { term: stem.term, end: j };
          }
          if (!next) break;
          if (next.term) best = { term: next.term, end: j };
          node = next;
          // a token must not run straight into the next one ("data-engineer" is two tokens, but "a.b" is one)
          if (
            j + 1 < toks.length &&
            toks[j + 1].start !== toks[j].end &&
            !/^[\s-]+$/.test(text.slice(toks[j].end, toks[j + 1].start))
          ) {
            if (!/^[\s,]+$/.test(text.slice(toks[j].end, toks[j + 1].start)) || !node.next.size) break;
          }
        }
        if (best) {
          const start = toks[i].start;
          const end = toks[best.end].end;
          out.push({ term: best.term, start, end, surface: text.slice(start, end) });
          i = best.end + 1;
        } else i++;
      }
      return out;
    },
    byKey: (kind, key) => keyed.get(`${kind}\u0000${key}`),
    anyKind: (key) => anyKind.get(termKey(key)),
  };
}
