/**
 * Structure readers: turn a document's text into blocks (headings, paragraphs, list items) that keep
 * their 1-based source line, their exact source text and the structure around them (enclosing
 * headings, the paragraph or item that introduces a list). Markdown goes through marked's lexer;
 * plain text (video summaries, notes) through a line reader. Pure: text in, blocks out.
 */
import { Lexer, type Token, type Tokens } from 'marked';

/** A unit of document structure. */
export interface Block {
  type: 'heading' | 'paragraph' | 'item';
  /** Heading level (1-6) or list depth (1-based); 0 for paragraphs. */
  level: number;
  /** 1-based line of the block's first character. */
  line: number;
  /** Exact source text of the block, without list marker or heading hashes; may span lines. */
  text: string;
  /** Index of the nearest enclosing heading of each level above this block (outermost first). */
  headings: number[];
  /** For items: index of the block that introduces the list (parent item or preceding paragraph), or -1. */
  intro: number;
  /** Text to analyse instead of `text` (table rows are read as sentences); quotes stay `text`. */
  analysis?: string;
}

/** A document's structure. */
export interface Structure {
  title: string;
  blocks: Block[];
  /** Source lines, for tests and quotes. */
  lines: string[];
}

const MARKDOWN_SIGNS = /^(#{1,6}\s|\s*[-*+]\s+\*\*|\s{2,}[-*+]\s|```)/m;

/** Whether a text should be read as markdown (by extension, or by markdown signs in a .txt). */
export function looksLikeMarkdown(file: string, text: string): boolean {
  if (/\.(md|markdown)$/i.test(file)) return true;
  return MARKDOWN_SIGNS.test(text.slice(0, 200_000));
}

/** Read a document's structure: markdown or plain text. */
export function readStructure(file: string, text: string): Structure {
  // a lone carriage return ends a line too (old Mac files), as it does for marked and for editors
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  if (looksLikeMarkdown(file, text)) {
    try {
      return readMarkdown(text, lines);
    } catch {
      // marked can exhaust the stack on pathological nesting; the line reader never recurses.
      return readPlain(lines);
    }
  }
  return readPlain(lines);
}

class Builder {
  blocks: Block[] = [];
  headingStack: number[] = [];
  lastParagraph = -1;
  constructor(readonly lines: string[]) {}

  heading(level: number, line: number, text: string): void {
    while (this.headingStack.length && this.blocks[this.headingStack.at(-1)!].level >= level) this.headingStack.pop();
    const index = this.push({ type: 'heading', level, line, text, intro: -1 });
    this.headingStack.push(index);
    this.lastParagraph = -1;
  }

  paragraph(line: number, text: string): number {
    const index = this.push({ type: 'paragraph', level: 0, line, text, intro: -1 });
    this.lastParagraph = index;
    return index;
  }

  item(level: number, line: number, text: string, intro: number, analysis?: string): number {
    return this.push({ type: 'item', level, line, text, intro, analysis });
  }

  private push(b: Omit<Block, 'headings'>): number {
    this.blocks.push({ ...b, headings: [...this.headingStack] });
    return this.blocks.length - 1;
  }

  /** Find the 1-based line at or after `from` whose text contains the first line of `text`. */
  locate(text: string, from: number): number {
    const first =
      text
        .split('\n')
        .find((l) => l.trim())
        ?.trim() ?? '';
    if (!first) return from;
    for (let i = from - 1; i < this.lines.length; i++) if (this.lines[i].includes(first)) return i + 1;
    return from;
  }
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

function readMarkdown(text: string, lines: string[]): Structure {
  // block structure is all the extractor uses: skip marked's inline pass
  const lexer = new Lexer({ gfm: true });
  const tokens = lexer.blockTokens(flattenDeepNesting(text), []);
  const b = new Builder(lines);
  let line = 1;
  let title = '';
  for (const token of tokens) {
    const start = line;
    line += countNewlines(token.raw);
    if (token.type === 'heading') {
      const t = token as Tokens.Heading;
      const own = lines[start - 1]?.replace(/^\s*#{1,6}\s*/, '').replace(/\s#+\s*$/, '') ?? t.text;
      if (!title && t.text.trim()) title = t.text.trim();
      b.heading(t.depth, start, own);
    } else if (token.type === 'paragraph' || token.type === 'text') {
      const lead = token.raw.match(/^\n*/)?.[0].length ?? 0;
      b.paragraph(start + lead, token.raw.trim());
    } else if (token.type === 'list') {
      walkList(b, token as Tokens.List, start, b.lastParagraph);
    } else if (token.type === 'table') {
      readTable(b, token as Tokens.Table, start, lines);
    } else if (token.type === 'blockquote') {
      for (const inner of (token as Tokens.Blockquote).tokens) {
        if (inner.type === 'paragraph') {
          const at = b.locate(inner.raw, start);
          b.paragraph(at, stripQuoteMarks(lines, at, countNewlines(inner.raw.trim())));
        }
      }
    }
    // code, html, tables, rules and spaces carry no prose for the extractor.
  }
  return { title, blocks: b.blocks, lines };
}

/** Deepest list or quote nesting handed to marked; deeper lines join that level. */
const MAX_INDENT = 32;

/**
 * marked's list tokenizer grows with the square of the nesting depth: clamp indentation and quote
 * markers so a pathological document (thousands of levels) stays linear. Only leading whitespace and
 * '>' runs change, so every line's text (and so every quote) is found in the source as before.
 */
function flattenDeepNesting(text: string): string {
  if (!/^(?:[ \t]{33}|(?:\s*>){17})/m.test(text)) return text;
  return text.replace(/^[ \t]{33,}/gm, ' '.repeat(MAX_INDENT)).replace(/^(?:\s*>){17,}/gm, '>'.repeat(16));
}

/** What a table column holds, read from its header. */
function columnRole(header: string): 'role' | 'tool' | 'skill' | 'education' | 'salary' | 'next' | 'previous' | null {
  const h = header.toLowerCase();
  if (/\b(?:next|moves? (?:on )?to|transition|career path|grows? into|becomes?|progression)\b/.test(h)) return 'next';
  if (/\b(?:previous|comes? from|before|entry|background role)\b/.test(h)) return 'previous';
  if (/\b(?:role|job|title|position|career|occupation|profession)s?\b/.test(h)) return 'role';
  if (/\b(?:tools?|stack|technolog|software|platforms?|languages?|libraries|frameworks)\b/.test(h)) return 'tool';
  if (/\b(?:skills?|competenc|knowledge|abilities)\b/.test(h)) return 'skill';
  if (/\b(?:education|degrees?|qualifications?|certifications?|study)\b/.test(h)) return 'education';
  if (/\b(?:salary|salaries|pay|compensation|earnings?)\b/.test(h)) return 'salary';
  return null;
}

/**
 * A table row becomes one statement: its source line is the quote, and it is read as sentences built
 * from the headers ("Data Engineer uses tools like Airflow, Spark; Data Engineer can transition into …").
 */
function readTable(b: Builder, table: Tokens.Table, start: number, lines: string[]): void {
  const kinds = table.header.map((h) => columnRole(h.text));
  let roleCol = kinds.indexOf('role');
  if (roleCol < 0) roleCol = 0;
  let line = start + 2;
  for (const row of table.rows) {
    while (line <= lines.length && !lines[line - 1].includes('|')) line++;
    const source = (lines[line - 1] ?? '').trim();
    const role = row[roleCol]?.text.trim();
    const parts: string[] = [];
    row.forEach((cell, i) => {
      const c = cell.text.trim();
      if (i === roleCol || !c || !role) return;
      const kind = kinds[i];
      if (kind === 'tool') parts.push(`${role} uses tools like ${c}`);
      else if (kind === 'skill') parts.push(`${role} needs skills like ${c}`);
      else if (kind === 'education') parts.push(`${role} typically holds a degree in ${c}`);
      else if (kind === 'salary') parts.push(`${role} earns a salary of ${c}`);
      else if (kind === 'next') parts.push(`${role} can transition into ${c}`);
      else if (kind === 'previous') parts.push(`${role} can first gain experience as ${c}`);
    });
    if (source) b.item(1, line, source.replace(/^\|\s*|\s*\|$/g, ''), -1, parts.length ? parts.join('; ') + '.' : undefined);
    line++;
  }
}

function stripQuoteMarks(lines: string[], at: number, extra: number): string {
  return lines
    .slice(at - 1, at + extra)
    .map((l) => l.replace(/^\s*>\s?/, ''))
    .join('\n');
}

/** Walk a list without recursion: each item's own text, line and introducing block. */
function walkList(b: Builder, list: Tokens.List, from: number, intro: number): void {
  let cursor = from;
  // Depth-first, in document order: process items and push nested lists right after their item.
  const queue: { item: Tokens.ListItem; depth: number; intro: number }[] = [];
  const expand = (l: Tokens.List, depth: number, introIndex: number) =>
    l.items.map((item) => ({ item, depth, intro: introIndex }));
  queue.push(...expand(list, 1, intro));
  while (queue.length) {
    const { item, depth, intro: parentIntro } = queue.shift()!;
    const nested = item.tokens.filter((t: Token): t is Tokens.List => t.type === 'list');
    const own = item.tokens
      .filter((t: Token) => t.type !== 'list')
      .map((t: Token) => t.raw)
      .join('')
      .trim();
    let index = parentIntro;
    if (own) {
      const at = b.locate(own, cursor);
      cursor = at;
      const exact = ownSourceText(b, at, own);
      index = b.item(depth, at, exact, parentIntro);
    }
    // nested items come before the next sibling
    const children = nested.flatMap((l) => expand(l, depth + 1, index));
    queue.unshift(...children);
  }
}

/** The item's own text as it stands in the source lines (marker removed), for exact quotes. */
function ownSourceText(b: Builder, at: number, own: string): string {
  const lines = b.lines;
  const n = countNewlines(own);
  const src = lines.slice(at - 1, at + n);
  if (src.length) src[0] = src[0].replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/, '');
  const joined = src.map((l) => l.trim()).join('\n');
  return joined || own;
}

const BULLET = /^\s*(?:[-*•●▪]\s+|\d{1,3}[.)]\s+)/;
const ANSWER = /^-(?=\S)/;

/**
 * Plain-text reader: first line is the title; short lines without end punctuation are section
 * headings; lines ending in "?" are question headings scoping the answer below; "- " lines are items;
 * "-Answer" lines and all other lines are paragraphs.
 */
function readPlain(lines: string[]): Structure {
  const b = new Builder(lines);
  let title = '';
  let lastIntro = -1;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const t = raw.trim();
    if (!t) continue;
    const line = i + 1;
    if (!title) {
      title = t.slice(0, 300);
      // a title is short; a first line that runs on is prose that starts the document
      if (t.length <= 300) {
        b.heading(1, line, t);
        continue;
      }
      title = t.slice(0, 120).replace(/\s+\S*$/, '') + '…';
    }
    if (BULLET.test(t)) {
      // a leading emoji or symbol is decoration, not part of the statement
      b.item(1, line, t.replace(BULLET, '').replace(/^[\p{Extended_Pictographic}\p{S}\uFE0F\u200D\s]+/u, ''), lastIntro);
    } else if (ANSWER.test(t)) {
      b.paragraph(line, t.slice(1));
    } else if (isSectionLine(t)) {
      b.heading(2, line, t);
      lastIntro = -1;
    } else if (/\?\s*$/.test(t) && t.length < 300) {
      b.heading(3, line, t);
      lastIntro = -1;
    } else {
      const p = b.paragraph(line, t);
      lastIntro = /:\s*$/.test(t) ? p : -1;
    }
  }
  return { title, blocks: b.blocks, lines };
}

function isSectionLine(t: string): boolean {
  if (t.length > 40 || /[.!?,;:]$/.test(t)) return false;
  const words = t.split(/\s+/);
  return words.length <= 4 && /^[\p{Lu}\p{N}]/u.test(t);
}
