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
  /**
   * {@link find} over tokens read before: `count` tokens from `at` in the three arrays, numbered by
   * this matcher's {@link Vocabulary} ({@link Vocabulary.scan}); what `find(text)` would return.
   */
  findTokens(
    text: string,
    ids: ArrayLike<number>,
    starts: ArrayLike<number>,
    ends: ArrayLike<number>,
    at: number,
    count: number,
  ): Match[];
  /** The numbering of words this matcher reads tokens with. */
  vocabulary: Vocabulary;
  byKey(kind: NodeKind, key: string): Term | undefined;
  anyKind(key: string): Term | undefined;
  terms: Term[];
}

/** Key used to merge mentions of one term: roles fold plurals and expand abbreviations. */
export function canonicalKey(kind: NodeKind, s: string, abbreviations: Record<string, string>): string {
  if (kind === 'education') return educationKey(termKey(s));
  if (kind !== 'role') return termKey(s);
  // the same role titles recur all through a corpus: keep their keys, within a bound
  let kept = roleKeys.get(abbreviations);
  if (!kept) roleKeys.set(abbreviations, (kept = new Map()));
  let k = kept.get(s);
  if (k === undefined) {
    if (kept.size >= 50_000) kept.clear();
    kept.set(s, (k = roleKey(s, abbreviations)));
  }
  return k;
}
/** A credential is the same with its kind named or not ("the OSCP certification" is OSCP). */
function educationKey(key: string): string {
  const name = key.replace(/ (?:professional )?(?:certificate|certification)s?$/, '');
  return name || key;
}
const roleKeys = new WeakMap<Record<string, string>, Map<string, string>>();

function roleKey(s: string, abbreviations: Record<string, string>): string {
  const words = termKey(s)
    .split(' ')
    .map((w) => abbreviations[w] ?? w);
  // every word in the singular: "system administrators" and "Systems Administrator" are one role, and
  // so are "Solutions Architect" and "solution architects" (the label keeps the spelling people use)
  return words.join(' ').split(' ').map(singular).join(' ');
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

/** Where the token that starts at `i` (a letter or digit) ends. */
function tokenEnd(text: string, i: number): number {
  const n = text.length;
  i += letterOrDigit(text, i);
  for (;;) {
    let w = letterOrDigit(text, i);
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
  return i;
}

/** A token as matched: lower-cased, with ’ as '. */
function tokenWord(text: string, start: number, end: number): string {
  const raw = text.slice(start, end).toLowerCase();
  return raw.includes('’') ? raw.replace(/’/g, "'") : raw;
}

/**
 * Word tokens for matching: letters and digits, keeping inner apostrophes, dots and slashes (Ph.D,
 * A/B, Master's) and trailing + or # (C++, C#), lower-cased with ’ as '. Read by one scan without a
 * regular expression.
 */
export function scanTokens(text: string): Tokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length;) {
    if (!letterOrDigit(text, i)) {
      i++;
      continue;
    }
    const start = i;
    i = tokenEnd(text, i);
    words.push(tokenWord(text, start, i));
    starts.push(start);
    ends.push(i);
  }
  return { text, words, starts, ends };
}

/** A text's tokens as word numbers of a {@link Vocabulary}, with their offsets. */
export interface NumberedTokens {
  text: string;
  ids: number[];
  starts: number[];
  ends: number[];
}

/** A string hash over code units (FNV-1a), the same for a word and for its lower-cased ASCII spelling in a text. */
function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}
const HASH_SEED = 0x811c9dc5 | 0;
function hashOf(word: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  return h;
}
/** Per ASCII code: the lower-cased letter or the digit, 0 for anything else. */
const LOWER = new Uint8Array(128);
for (let c = 48; c <= 57; c++) LOWER[c] = c;
for (let c = 97; c <= 122; c++) LOWER[c] = LOWER[c - 32] = c;

/**
 * Numbers for words: each lower-cased token gets one the first time it is read, so matchers compare
 * small integers instead of strings. Reading a text does not build its tokens' strings: an ASCII
 * token is hashed and compared in place, lower-casing as it goes (most tokens are words seen before),
 * and only a new word or one with other characters is cut out. Matchers that share a vocabulary read
 * a text once, and tokens kept as numbers can be matched again without reading the text.
 */
export class Vocabulary {
  private words: string[] = [];
  /** Open addressing: word number + 1 at its hash's slot or after it, 0 for free. */
  private slots = new Int32Array(1 << 12);
  private hashes: number[] = [];
  /** Per word: the number of the word less a final s / es, -1 when there is none, -2 not yet looked up. */
  private less1: number[] = [];
  private less2: number[] = [];
  private last: NumberedTokens | null = null;

  /** The number of a word, given one if it has none. */
  id(word: string): number {
    return this.find(hashOf(word), word, null, 0, 0, true);
  }

  /** The word of a number. */
  word(id: number): string {
    return this.words[id];
  }

  /**
   * The number of the word hashed `h`: `word` itself, or (when it is null) the ASCII token at
   * `start`…`end` of `text` lower-cased. -1 when it has none and `add` is false.
   */
  private find(h: number, word: string | null, text: string | null, start: number, end: number, add: boolean): number {
    const mask = this.slots.length - 1;
    const length = word === null ? end - start : word.length;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const at = this.slots[slot];
      if (at === 0) break;
      const id = at - 1;
      if (this.hashes[id] !== h) continue;
      const w = this.words[id];
      if (w.length !== length) continue;
      if (word !== null) {
        if (w === word) return id;
        continue;
      }
      let same = true;
      for (let k = 0; k < length; k++) {
        let c = text!.charCodeAt(start + k);
        if (c >= 65 && c <= 90) c += 32;
        if (w.charCodeAt(k) !== c) {
          same = false;
          break;
        }
      }
      if (same) return id;
    }
    if (!add) return -1;
    const id = this.words.length;
    this.words.push(word ?? text!.slice(start, end).toLowerCase());
    this.hashes.push(h);
    this.less1.push(-2);
    this.less2.push(-2);
    if (this.words.length * 2 > this.slots.length) this.grow();
    else this.place(id, h);
    return id;
  }

  private place(id: number, h: number): void {
    const mask = this.slots.length - 1;
    let slot = h & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = id + 1;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let id = 0; id < this.words.length; id++) this.place(id, this.hashes[id]);
  }

  /** A text's tokens as numbers (the last text's are kept: matchers read a statement in turn). */
  scan(text: string): NumberedTokens {
    if (this.last && this.last.text === text) return this.last;
    const ids: number[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    const n = text.length;
    for (let i = 0; i < n;) {
      const c = text.charCodeAt(i);
      if (c < 128 ? !LOWER[c] : !letterOrDigit(text, i)) {
        i++;
        continue;
      }
      // an ASCII token is read and hashed lower-cased in one go; any other is read by tokenEnd
      const start = i;
      let h = HASH_SEED;
      let ascii = true;
      for (;;) {
        const d = text.charCodeAt(i);
        if (d >= 128 || d !== d) {
          if (i < n) ascii = false;
          break;
        }
        const l = LOWER[d];
        if (l) {
          h = hashStep(h, l);
          i++;
        } else if ((d === 39 || d === 46 || d === 47) && i + 1 < n && letterOrDigit(text, i + 1)) {
          h = hashStep(h, d);
          i++;
        } else break;
      }
      if (ascii) {
        while (i < n && (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 35)) h = hashStep(h, text.charCodeAt(i++));
      } else i = tokenEnd(text, start);
      ids.push(ascii ? this.find(h, null, text, start, i, true) : this.id(tokenWord(text, start, i)));
      starts.push(start);
      ends.push(i);
    }
    this.last = { text, ids, starts, ends };
    return this.last;
  }

  /** The number of the word less its last `cut` letters (1 or 2), or -1 when that word has none. */
  less(id: number, cut: 1 | 2): number {
    const cache = cut === 1 ? this.less1 : this.less2;
    let n = cache[id];
    if (n === -2) {
      const w = this.words[id].slice(0, -cut);
      n = cache[id] = this.find(hashOf(w), w, null, 0, 0, false);
    }
    return n;
  }

  /** Forget looked-up stems: words numbered since may be what an earlier look missed. */
  freshen(): void {
    this.less1.fill(-2);
    this.less2.fill(-2);
  }
}

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
  next: Map<number, TrieNode>;
  term?: Term;
  /** Whether a plural of the last word also matches (roles). */
  plural?: boolean;
}

/**
 * Compile terms into a matcher: a trie over numbered word tokens, matched longest-first at each token,
 * so matching costs one pass over the text whatever the size of the lexicon. Matchers compiled with
 * the same vocabulary share the reading of each text.
 */
export function compileMatcher(terms: Term[], abbreviations: Record<string, string>, vocabulary = new Vocabulary()): Matcher {
  const keyed = new Map<string, Term>();
  const anyKind = new Map<string, Term>();
  const root: TrieNode = { next: new Map() };
  const insert = (words: string[], t: Term) => {
    let node = root;
    for (const w of words) {
      const id = vocabulary.id(w);
      let child = node.next.get(id);
      if (!child) {
        child = { next: new Map() };
        node.next.set(id, child);
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
  vocabulary.freshen();
  const findTokens: Matcher['findTokens'] = (text, ids, starts, ends, at, count) => {
    const out: Match[] = [];
    const stop = at + count;
    for (let i = at; i < stop;) {
      let node: TrieNode | undefined = root;
      let best: Term | undefined;
      let bestEnd = -1;
      for (let j = i; j < stop && node; j++) {
        const id = ids[j];
        const next: TrieNode | undefined = node.next.get(id);
        if (!next) {
          // a role's last word in the plural: the word less its s, else less its es ("engineers", "coaches")
          const w = vocabulary.word(id);
          if (w.length > 3 && w.endsWith('s')) {
            const stemOf = (cut: 1 | 2) => {
              const less = vocabulary.less(id, cut);
              return less >= 0 ? node!.next.get(less) : undefined;
            };
            const stem = stemOf(1) ?? (w.endsWith('es') ? stemOf(2) : undefined);
            if (stem?.term && stem.plural) {
              best = stem.term;
              bestEnd = j;
            }
          }
          break;
        }
        if (next.term) {
          best = next.term;
          bestEnd = j;
        }
        node = next;
        // a token must not run straight into the next one ("data-engineer" is two tokens, but "a.b" is one)
        if (j + 1 < stop) {
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
    return out;
  };
  // the last text's matches: a statement is looked up by the gate and then by its analysis
  let lastText: string | null = null;
  let lastFound: Match[] = [];
  return {
    terms,
    vocabulary,
    find(text: string): Match[] {
      if (text === lastText) return lastFound;
      const t = vocabulary.scan(text);
      lastFound = findTokens(text, t.ids, t.starts, t.ends, 0, t.ids.length);
      lastText = text;
      return lastFound;
    },
    findTokens,
    byKey: (kind, key) => keyed.get(`${kind}\u0000${key}`),
    anyKind: (key) => anyKind.get(termKey(key)),
  };
}
