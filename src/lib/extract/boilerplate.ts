/**
 * Boilerplate detection by general signs, not by known strings: lines repeated many times, file
 * paths, link-only lines, search-snippet dates, text in another script than the document's, a copy of
 * the title after the start, and the page tail where such noise takes over (text after the article's
 * end). Returns the set of block indices that must produce nothing.
 */
import type { Block } from './structure';
import { isSpace, oneLine } from './text';

const PATH =
  /(?:^|[\s("'])(?:[A-Za-z]:\\|\\\\[\w.-]+\\)|(?:[\w.-]+\\){2,}[\w.-]+|(?:^|\s)\/(?:usr|home|var|etc|opt|tmp|mnt|Users)\//;
const LINK_MD = /!?\[([^\]]*)\]\([^)]*\)/g;
const AUTOLINK = /<https?:\/\/[^>\s]*>|https?:\/\/\S+|www\.\S+/g;
/**
 * A reference list's entry: a back-link caret ("^ Mullins, …"), an ISBN or DOI, an access date
 * ("Retrieved 2024-03-01"), or an author and year opening it ("Smith, J. (2019).").
 */
const CITATION =
  /^\^\s|\bISBN(?:-1[03])?:?\s*[\d-]{10}|\bdoi:?\s*10\.\d|\b(?:Retrieved|Accessed)(?: on)? (?:\d{1,2} )?(?:\d{4}|[A-Z][a-z]+ \d)|^(?:[\p{Lu}][\p{L}'-]+,\s+(?:\p{Lu}[\p{L}'-]*\.?\s*){1,3}(?:(?:and|&)\s+[^(]{2,40})?\(\d{4}[a-z]?\)\.)/u;
const SNIPPET_DATE = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}\s*·/i;

/** Letters in Latin and in other scripts, ASCII digits, and the code units that are not white space. */
function letters(s: string): { latin: number; other: number; all: number; digits: number; nonSpace: number } {
  let latin = 0;
  let other = 0;
  let digits = 0;
  let space = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    else if (c >= 48 && c <= 57) digits++;
    else if (isSpace(c)) space++;
    else if (c > 127) {
      const ch = s[i];
      if (/\p{L}/u.test(ch)) {
        if (/\p{Script=Latin}/u.test(ch)) latin++;
        else other++;
      }
    }
  }
  return { latin, other, all: latin + other, digits, nonSpace: s.length - space };
}

function normalise(s: string): string {
  return oneLine(s).toLowerCase();
}

type Letters = ReturnType<typeof letters>;

/**
 * Whether one block looks like page furniture on its own. `counted` is the block's letters when
 * they were counted already (trimming removes only white space, which the counts leave out).
 */
function noisyBlock(text: string, dominantLatin: boolean, repeated: boolean, counted: Letters | null): string | null {
  const t = text.trim();
  if (!t) return null;
  if (repeated) return 'repeated';
  // each sign needs a character most prose lacks: looking for it first skips the pattern
  if ((t.includes('\\') || t.includes('/')) && PATH.test(t)) return 'file path';
  if (SNIPPET_DATE.test(t)) return 'search snippet';
  if (CITATION.test(t)) return 'citation';
  const linked = t.includes('](') || t.includes('http') || t.includes('www.');
  const withoutLinks = linked ? t.replace(LINK_MD, '$1').replace(AUTOLINK, ' ') : t;
  if (t !== withoutLinks && letters(t.replace(LINK_MD, ' ').replace(AUTOLINK, ' ')).all < 3) return 'link only';
  if (linked && linkList(t, withoutLinks)) return 'link list';
  const l = counted ?? letters(t);
  if (l.all >= 3) {
    const foreign = dominantLatin ? l.other / l.all : l.latin / l.all;
    if (foreign > 0.5) return 'other language';
  }
  // amounts are words here ("**Salary:** €85,000–€110,000 + equity")
  if (l.nonSpace >= 4 && (l.all + l.digits) / l.nonSpace < 0.5) return 'not prose';
  return null;
}

/**
 * "See also: [A](…) | [B](…)": navigation, where two links or more carry most of the words. Also
 * asked of each sentence, as such a line may close a paragraph of furniture ("Sign up! Related: …").
 */
export function linkList(text: string, withoutLinks = text.replace(LINK_MD, '$1').replace(AUTOLINK, ' ')): boolean {
  const links = text.match(LINK_MD)?.length ?? 0;
  return links >= 2 && letters(text.replace(LINK_MD, ' ')).all * 2 < letters(withoutLinks).all;
}

/** Result of boilerplate detection. */
export interface Boilerplate {
  /** Block indices that produce nothing, with the sign that marked them. */
  skip: Map<number, string>;
  /** 1-based line where the page tail (text after the article's end) starts, if any. */
  tailLine: number | null;
}

/** Mark the blocks of a document that are boilerplate. */
export function detectBoilerplate(blocks: Block[], title: string): Boilerplate {
  const skip = new Map<number, string>();
  let latin = 0;
  let all = 0;
  const counts = new Map<string, number>();
  const keys = blocks.map((b) => normalise(b.text));
  const lettersOf: (Letters | null)[] = [];
  blocks.forEach((b, i) => {
    const whole = b.text.length <= 2000;
    const l = letters(whole ? b.text : b.text.slice(0, 2000));
    lettersOf.push(whole ? l : null);
    latin += l.latin;
    all += l.all;
    const key = keys[i];
    if (key.length >= 25) counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  const dominantLatin = all === 0 || latin / all >= 0.5;
  const titleKey = normalise(title);
  const noisy: boolean[] = blocks.map((b, i) => {
    const key = keys[i];
    let sign = noisyBlock(b.text, dominantLatin, key.length >= 25 && (counts.get(key) ?? 0) >= 3, lettersOf[i]);
    if (!sign && i > 1 && b.type === 'heading' && titleKey && key === titleKey && blocks[0] && i > blocks.length / 2) {
      sign = 'title repeated';
    }
    if (sign) skip.set(i, sign);
    return sign !== null;
  });
  // The tail: the earliest noisy block from which at least half of the remaining blocks are noisy
  // and that is followed by at least two more noisy blocks; everything from there on is page chrome.
  let tailLine: number | null = null;
  let noisyAfter = 0;
  const n = blocks.length;
  let tailStart = -1;
  for (let i = n - 1; i >= 0; i--) {
    if (noisy[i]) noisyAfter++;
    const remaining = n - i;
    if (noisy[i] && noisyAfter >= 3 && noisyAfter * 2 >= remaining) tailStart = i;
  }
  if (tailStart >= 0) {
    // a short lead-in right before the tail ("Find other articles:", "Outlines") belongs to it
    let start = tailStart;
    const prev = blocks[start - 1];
    if (prev && prev.text.trim().length < 60 && (/:\s*$/.test(prev.text.trim()) || prev.type === 'heading')) start--;
    tailLine = blocks[start].line;
    for (let i = start; i < n; i++) if (!skip.has(i)) skip.set(i, 'after the article');
  }
  return { skip, tailLine };
}
