/**
 * The lexicon: known terms read from `graph-data/lexicon.json` (data, never code), validated at the
 * boundary and compiled into one matcher together with the terms discovered in the documents.
 */
import * as Type from 'typebox';
import type { Static } from 'typebox';
import { Check, Errors } from 'typebox/value';
import { NODE_KINDS, problemText, type NodeKind } from '../schema';
import { isSpace, singular, termKey } from './text';

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

/** Word tokens of one text as parallel arrays, lower-cased, with their offsets. */
export interface Tokens {
  text: string;
  words: string[];
  starts: number[];
  ends: number[];
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;

/** Code units of the letter or digit at `i` (2 for an astral letter), or 0 when there is none. */
function letterOrDigit(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  LETTER_OR_DIGIT.lastIndex = i;
  return LETTER_OR_DIGIT.test(text) ? LETTER_OR_DIGIT.lastIndex - i : 0;
}

/**
 * Word tokens for matching: letters and digits, keeping inner apostrophes, dots and slashes (Ph.D,
 * A/B, Master's) and trailing + or # (C++, C#), lower-cased with ’ as '. Read by one scan without a
 * regular expression, as the build tokenises every statement; the last text's tokens are kept, as the
 * matchers of one build read the same statement in turn.
 */
export function scanTokens(text: string): Tokens {
  if (lastTokens && lastTokens.text === text) return lastTokens;
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let w = letterOrDigit(text, i);
    if (!w) {
      i++;
      continue;
    }
    const start = i;
    i += w;
    for (;;) {
      w = letterOrDigit(text, i);
      if (w) {
        i += w;
        continue;
      }
      const c = text.charCodeAt(i);
      if ((c === 39 || c === 0x2019 || c === 46 || c === 47) && (w = letterOrDigit(text, i + 1))) {
        i += 1 + w;
        continue;
      }
      break;
    }
    while (i < n && (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 35)) i++;
    const raw = text.slice(start, i).toLowerCase();
    words.push(raw.includes('’') ? raw.replace(/’/g, "'") : raw);
    starts.push(start);
    ends.push(i);
  }
  lastTokens = { text, words, starts, ends };
  return lastTokens;
}
let lastTokens: Tokens | null = null;

/**
 * What lies between two tokens: 0 nothing, or only white space and hyphens ("data-engineer"); 1 only
 * white space and commas; 2 anything else.
 */
function gapKind(text: string, from: number, to: number): 0 | 1 | 2 {
  let dash = false;
  let comma = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 45) dash = true;
    else if (c === 44) comma = true;
    else if (!isSpace(c)) return 2;
  }
  return !comma ? 0 : dash ? 2 : 1;
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
      const words = scanTokens(a).words;
      if (!words.length) continue;
      insert(words, t);
      if (words.length > 1) insert([words.join('')], t); // "Power BI" written "PowerBI"
    }
  }
  // the last text's matches: a statement is looked up by the gate and then by its analysis
  let lastText: string | null = null;
  let lastFound: Match[] = [];
  return {
    terms,
    find(text: string): Match[] {
      if (text === lastText) return lastFound;
      const { words, starts, ends } = scanTokens(text);
      const out: Match[] = [];
      for (let i = 0; i < words.length;) {
        let node: TrieNode | undefined = root;
        let best: Term | undefined;
        let bestEnd = -1;
        for (let j = i; j < words.length && node; j++) {
          const w = words[j];
          const next: TrieNode | undefined = node.next.get(w);
          if (!next && w.length > 3 && w.endsWith('s')) {
            const stem = node.next.get(w.endsWith('es') && !node.next.get(w.slice(0, -1)) ? w.slice(0, -2) : w.slice(0, -1));
            if (stem?.term && stem.plural) {
              best = stem.term;
              bestEnd = j;
            }
          }
          if (!next) break;
          if (next.term) {
            best = next.term;
            bestEnd = j;
          }
          node = next;
          // a token must not run straight into the next one ("data-engineer" is two tokens, but "a.b" is one)
          if (j + 1 < words.length) {
            const gap = gapKind(text, ends[j], starts[j + 1]);
            if (gap === 2 || (gap === 1 && !node.next.size)) break;
          }
        }
        if (best) {
          const start = starts[i];
          const end = ends[bestEnd];
          out.push({ term: best, start, end, surface: text.slice(start, end) });
          i = bestEnd + 1;
        } else i++;
      }
      lastText = text;
      lastFound = out;
      return out;
    },
    byKey: (kind, key) => keyed.get(`${kind}\u0000${key}`),
    anyKind: (key) => anyKind.get(termKey(key)),
  };
}
