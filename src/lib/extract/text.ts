/**
 * Text helpers for extraction: sentence and clause splitting with source lines, inline-markup
 * stripping, canonical keys and proper-case labels. Pure and allocation-light: the build runs these
 * over every sentence of every document.
 */

/** A sentence of a block with the 1-based line where it starts. */
export interface Sentence {
  line: number;
  /** Exact source text of the sentence (may span lines). */
  quote: string;
}

const ABBREV = /(?:\b(?:e\.g|i\.e|etc|vs|ph\.d|mr|mrs|ms|dr|prof|inc|ltd|approx|no|u\.s|st|jr|sr|fig|cf)|\b\p{L})\.$/iu;

/** Split a block's text into sentences, each with its starting line. */
export function splitSentences(text: string, firstLine: number): Sentence[] {
  const out: Sentence[] = [];
  const re = /[.!?]+["')\]]*(?=\s+["'([]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = m.index + m[0].length;
    const candidate = text.slice(start, end);
    if (m[0].startsWith('.') && ABBREV.test(text.slice(Math.max(start, m.index - 6), m.index + 1))) continue;
    push(out, text, start, candidate, firstLine);
    start = end;
  }
  push(out, text, start, text.slice(start), firstLine);
  return out;
}

/** A separator of an inline list: a middle dot, bullet or bar with space around it. */
const INLINE_SEPARATOR = /\s+[·•|]\s+/;

/**
 * The items of a one-line list written inline ("Python · SQL · Apache Spark · Data modeling"), or
 * null: three items or more, each of at most six words and none a sentence.
 */
export function separatedItems(text: string): string[] | null {
  const t = text.trim();
  if (t.includes('\n') || !INLINE_SEPARATOR.test(t)) return null;
  const items = t.split(INLINE_SEPARATOR);
  if (items.length < 3) return null;
  for (const item of items) if (!/\p{L}/u.test(item) || item.split(/\s+/).length > 6 || /[.!?]$/.test(item)) return null;
  return items;
}

/** Longest statement kept whole; longer run-on text is cut at spaces into statements this long. */
export const MAX_STATEMENT = 1000;

function push(out: Sentence[], text: string, start: number, candidate: string, firstLine: number): void {
  const lead = candidate.length - candidate.trimStart().length;
  const quote = candidate.trim();
  if (!quote) return;
  if (quote.length > MAX_STATEMENT) {
    let from = 0;
    while (from < quote.length) {
      let to = Math.min(quote.length, from + MAX_STATEMENT);
      if (to < quote.length) {
        const space = quote.lastIndexOf(' ', to);
        if (space > from + MAX_STATEMENT / 2) to = space;
      }
      push(out, text, start + lead + from, quote.slice(from, to), firstLine);
      from = to;
    }
    return;
  }
  out.push({ line: lineAt(text, start + lead, firstLine), quote });
}

/** 1-based line of an offset; remembers the last answer so a long paragraph is walked once. */
let lineCache: { text: string; offset: number; line: number; first: number } | null = null;
function lineAt(text: string, offset: number, firstLine: number): number {
  let from = 0;
  let line = firstLine;
  if (lineCache && lineCache.text === text && lineCache.first === firstLine && lineCache.offset <= offset) {
    from = lineCache.offset;
    line = lineCache.line;
  }
  for (let i = text.indexOf('\n', from); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  lineCache = { text, offset, line, first: firstLine };
  return line;
}

/** Text on one line: runs of white space as one space, trimmed. */
export function oneLine(s: string): string {
  return /[^\S ]| {2}/.test(s) ? s.replace(/\s+/g, ' ').trim() : s.trim();
}

/** Anything one of {@link plain}'s replacements would change. */
const MARKUP_OR_SPACING = /[<[*_`\\‘’´“”–—]|[^\S ]| {2}/;

/** Strip inline markdown (bold, escapes, links, code ticks) and HTML tags (script and style with their content), unify quotes and spaces. */
export function plain(s: string): string {
  // most statements hold no markup, no typographic quote or dash and no run of spaces: then only the
  // trim changes anything
  return MARKUP_OR_SPACING.test(s) ? stripMarkup(s) : s.trim();
}

/** {@link plain} by its replacements alone (what the fast path must agree with). */
export function stripMarkup(s: string): string {
  return s
    .replace(/<(script|style)\b[^>]{0,500}>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?[a-z][^<>]{0,500}>/gi, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!$])/g, '$1')
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a text is written in capitals (so its case says nothing about proper nouns). */
export function isShouting(s: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c > 127) {
      const ch = s[i];
      if (ch !== ch.toLowerCase()) upper++;
      else if (ch !== ch.toUpperCase()) lower++;
    }
  }
  return upper >= 4 && lower * 5 < upper;
}

/** Canonical matching key: lower case, one space, apostrophes unified, trailing plural folded. */
export function termKey(s: string): string {
  let k = termKeys.get(s);
  if (k === undefined) {
    // the same few thousand surfaces recur all through a corpus: keep their keys, within a bound
    if (termKeys.size >= 50_000) termKeys.clear();
    termKeys.set(s, (k = readTermKey(s)));
  }
  return k;
}
const termKeys = new Map<string, string>();

/** {@link termKey} without the kept keys. */
export function readTermKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[\s\-_]+/g, ' ')
    .replace(/[.,;:!?]+$/g, '')
    .trim();
}

/** Fold an English plural on the last word ("engineers" → "engineer", "libraries" → "library"). */
export function singular(word: string): string {
  if (word.length <= 3) return word;
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/(ss|us|is|ics)$/.test(word)) return word;
  if (/(sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word)) return word.slice(0, -1);
  return word;
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'or', 'of', 'for', 'in', 'on', 'at', 'to', 'with', 'the', 'by', 'as', 'vs']);
const SHORT_ENGLISH = new Set([
  ...SMALL_WORDS,
  'big',
  'new',
  'web',
  'key',
  'top',
  'low',
  'end',
  'app',
  'use',
  'all',
  'any',
  'how',
  'why',
  'box',
  'map',
  'net',
  'log',
  'run',
  'set',
  'lab',
  'art',
  'law',
  'tax',
  'air',
  'sea',
  'oil',
  'gas',
  'bio',
  'pro',
  'day',
  'ops',
  'dev',
  'go',
  'it',
]);

/** Proper-case a label seen only in capitals or lower case; short non-words stay as acronyms (AI, SQL). */
export function properCase(s: string, keepAcronyms: boolean): string {
  return s
    .split(/(\s+|-|\/)/)
    .map((w, i) => {
      if (!/\p{L}/u.test(w)) return w;
      const lower = w.toLowerCase();
      if (keepAcronyms && /^[\p{L}]{1,3}$/u.test(w) && !SHORT_ENGLISH.has(lower)) return w.toUpperCase();
      if (i > 0 && SMALL_WORDS.has(lower)) return lower;
      if (/[\p{Ll}][\p{Lu}]|^[\p{Lu}]{2,}$/u.test(w) && !keepAcronyms) return w; // PyTorch, SQL as written
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join('');
}

/** Whether a code unit is one of JavaScript's white space characters (what `\s` matches). */
export function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13) || c === 160) return true;
  if (c < 0x1680) return false;
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
