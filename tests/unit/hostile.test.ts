// Hostile documents: the build finishes, names what it skipped and why, prints no stack trace, and
// writes a valid graph from what it could read. Property tests: the pure extractor never throws,
// always passes the schema, is deterministic, and quotes exactly what stands at each line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/extract/build';
import { compileMatcher, scanTokens, Vocabulary } from '../../src/lib/extract/lexicon';
import { makeAnalyser, UNFOLDED, unfold } from '../../src/lib/extract/statement';
import { isSpace, plain, readTermKey, stripMarkup, termKey } from '../../src/lib/extract/text';
import { parseGraph } from '../../src/lib/schema';
import { lexicon } from '../helpers/build';
import { runCli, tempDir } from '../helpers/cli';
import { writeHostileCorpus } from '../helpers/hostile';

describe('the build on a hostile corpus', () => {
  it('skips what it cannot read, says why, and builds the rest', { timeout: 180_000 }, () => {
    const dir = tempDir();
    const input = join(dir, 'docs');
    const { skipped } = writeHostileCorpus(input);
    const out = join(dir, 'graph.json');
    const r = runCli(['--input', input, '--out', out, '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/\n\s+at [\w.<]+ \(/);
    for (const [file, reason] of Object.entries(skipped))
      expect(r.stdout).toMatch(new RegExp(`${file.replace('.', '\\.')}: skipped: ${reason.source}`));
    const parsed = parseGraph(JSON.parse(readFileSync(out, 'utf8')));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const g = parsed.graph;
    const labels = g.nodes.map((n) => n.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Cloud Engineer',
        'Platform Engineer',
        'Web Security Engineer',
        'Burp Suite',
        'Threat Modeling',
        'Analytics Engineer',
      ]),
    );
    // BOM and CRLF: the evidence line is the line in the file
    const cloud = g.edges.find((e) => e.source === 'role:cloud-engineer' && e.target === 'tool:pulumi')!;
    expect(cloud.evidence[0].line).toBe(3);
    // markup is never part of a label or title
    for (const n of g.nodes) expect(n.label).not.toMatch(/[<>]/);
    for (const d of g.documents) expect(d.title).not.toMatch(/<script|<img|onerror/i);
    // long runs of text are cut into statements small enough to quote
    for (const x of [...g.nodes, ...g.edges]) for (const ev of x.evidence) expect(ev.quote.length).toBeLessThanOrEqual(1000);
  });
});

const FRAGMENTS = [
  '# ',
  '## ',
  '- ',
  '  - ',
  '    - ',
  '**',
  '\n',
  '\n\n',
  '\r\n',
  ': ',
  ', ',
  ' and ',
  ' or ',
  ' like ',
  ' such as ',
  '(',
  ')',
  'Data Scientists',
  'Machine Learning Engineers',
  'Analytics Engineer',
  'use tools like',
  'Python',
  'SQL',
  'R',
  'Go',
  'dbt',
  'skills:',
  'the following skills:',
  'a degree in Statistics',
  '$100,000',
  ' to $150,000 per year',
  'can transition into',
  'first gain experience as a',
  'collaborate with',
  'Engineer',
  'WHAT IS A DATA ENGINEER?',
  '<script>alert(1)</script>',
  '😀',
  'مرحبا',
  '\u0000',
  '\ufeff',
  '\\',
  '[link](http://x)',
  'C:\\Users\\x',
  '.',
  '?',
  '> ',
];
const docText = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), {
    maxLength: 60,
  })
  .map((xs) => xs.join(''));

describe('the pure extractor on any text', () => {
  const lex = lexicon();
  it('never throws, passes the schema, is deterministic and quotes what stands at each line', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('a.md', 'b.txt', 'c.markdown'), docText), { minLength: 1, maxLength: 3 }),
        (docs) => {
          const input = docs.map(([file, text], i) => ({ file: `${i}-${file}`, text }));
          const first = buildGraph(input, lex);
          const again = buildGraph(input, lex);
          expect(JSON.stringify(again.graph)).toBe(JSON.stringify(first.graph));
          const parsed = parseGraph(JSON.parse(JSON.stringify(first.graph)));
          expect(parsed.ok, parsed.ok ? '' : parsed.errors.join('\n')).toBe(true);
          const linesOf = new Map(
            first.graph.documents.map((d) => [
              d.id,
              input
                .find((x) => x.file === d.file)!
                .text.replace(/\r\n?/g, '\n')
                .split('\n'),
            ]),
          );
          const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
          for (const x of [...first.graph.nodes, ...first.graph.edges]) {
            for (const ev of x.evidence) {
              const lines = linesOf.get(ev.document)!;
              const quote = squash(ev.quote);
              // the quote stands in the text from its line on, and its first word is on that line
              expect(squash(lines.slice(ev.line - 1, ev.line + 200).join('\n')).includes(quote), `${ev.line}: ${quote}`).toBe(
                true,
              );
              expect(squash(lines[ev.line - 1]).includes(quote.split(' ')[0]), `${ev.line}: ${quote}`).toBe(true);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts a lone carriage return as a line end, as editors do (found by the property above)', () => {
    for (const file of ['a.txt', 'a.md']) {
      const { graph } = buildGraph([{ file, text: 'Intro line.\rData Engineers use Python.\r\rSQL matters.' }], lex);
      const python = graph.nodes.find((n) => n.label === 'Python')!;
      expect(python.evidence.map((e) => [e.line, e.quote])).toEqual([[2, 'Data Engineers use Python.']]);
      expect(graph.documents[0].lines).toBe(4);
    }
  });
});

// The build reads every statement through fast paths; each must read any text exactly as the
// patterns it stands in for, or the graph would change with the corpus's size.
const UNITS = [
  ..."aZ9éЖ’'./+#,-_*<>[]()`“”–—\\!?:;",
  ' ',
  '  ',
  '\u00a0',
  '\t',
  '\n',
  '\u2009',
  '𝒜',
  '\ud800',
  'Ph.D',
  'C++',
  'A/B',
  '**',
  '[x](y)',
];
/** The tokens as a regular expression reads them: the scan must find exactly these. */
function tokens(text: string): { word: string; start: number; end: number }[] {
  const re = /[\p{L}\p{N}](?:[\p{L}\p{N}]|['’./](?=[\p{L}\p{N}]))*[+#]*/gu;
  return [...text.matchAll(re)].map((m) => ({
    word: m[0].toLowerCase().replace(/’/g, "'"),
    start: m.index,
    end: m.index + m[0].length,
  }));
}
const anyText = fc.oneof(
  fc.array(fc.constantFrom(...UNITS), { maxLength: 40 }).map((xs) => xs.join('')),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

describe('the fast readings of text', () => {
  it('tokenise, strip markup and key terms exactly as the patterns they stand in for', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const scanned = scanTokens(text);
        const reference = tokens(text);
        expect(scanned.words).toEqual(reference.map((t) => t.word));
        expect(scanned.starts).toEqual(reference.map((t) => t.start));
        expect(scanned.ends).toEqual(reference.map((t) => t.end));
        expect(plain(text)).toBe(stripMarkup(text));
        expect(termKey(text)).toBe(readTermKey(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('number each word once, whether read in a text or given as a word', () => {
    // one vocabulary for every run, as a build reads all its documents with one
    const vocabulary = new Vocabulary();
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        for (const text of [a, b, a.toUpperCase()]) {
          const numbered = vocabulary.scan(text);
          const reference = scanTokens(text);
          expect(numbered.ids.map((id) => vocabulary.word(id))).toEqual(reference.words);
          expect(numbered.starts).toEqual(reference.starts);
          expect(numbered.ends).toEqual(reference.ends);
          expect(reference.words.map((w) => vocabulary.id(w))).toEqual(numbered.ids);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('count as white space exactly the code units \\s matches', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

/** Words the statement patterns look for, with the letters that fold and a few that do not. */
const CUE_UNITS = [
  ...UNITS,
  ' ',
  ', ',
  '; ',
  ': ',
  'degree',
  'Backgrounds',
  ' in ',
  ' of ',
  ' with ',
  ' as ',
  'PROFICIENCY',
  'transition',
  'into',
  'becomes',
  'collaborates',
  'work closely with',
  'start their career as',
  'while',
  'however',
  'tools',
  'skills',
  'such as',
  'widgets like ',
  'gadgets including ',
  'good at ',
  'Fluent in ',
  'studied on ',
  'majored in ',
  'include',
  'engineer',
  'Data Scientists',
  'them',
  '$',
  'ſ',
  'K',
  'İ',
  'ß',
  'é',
  '—',
  '😀',
];
const cueText = fc.array(fc.constantFrom(...CUE_UNITS), { maxLength: 30 }).map((xs) => xs.join(''));

describe('the statement patterns read without Unicode case folding', () => {
  const lex = lexicon();
  const analyser = makeAnalyser(compileMatcher(lex.terms, {}), lex.roleHeads, {});
  // where each match and its groups lie (the unfolded text reads s where the original has ſ)
  const all = (re: RegExp, text: string) =>
    [...text.matchAll(new RegExp(re.source, re.flags.replace('g', '') + 'g'))].map((m) => [m.index, ...m.map((g) => g?.length)]);

  it('match unfolded text exactly as with it', () => {
    fc.assert(
      fc.property(cueText, (raw) => {
        const text = unfold(raw);
        expect(text.length).toBe(raw.length);
        for (const re of Object.values(UNFOLDED)) {
          expect(re.flags).not.toContain('u');
          expect(all(re, text)).toEqual(all(new RegExp(re.source, re.flags + 'u'), raw));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('let the quick gate through every statement the trigger matches', () => {
    fc.assert(
      fc.property(cueText, (raw) => {
        const text = unfold(raw);
        if (analyser.trigger.test(text)) expect(analyser.quick.test(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    // and it does let some through, and turn some away
    expect(analyser.quick.test('Tools such as dbt')).toBe(true);
    expect(analyser.quick.test('The weather was fine.')).toBe(false);
  });
});
