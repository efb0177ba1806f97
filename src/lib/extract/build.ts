/**
 * From documents to a graph file. Two passes over the corpus: the first discovers terms the lexicon
 * lacks (job-title shapes, items of enumerations after cue phrases, items of skills lists); the second
 * matches known and discovered terms everywhere and records every fact with its evidence. Assembly
 * canonicalises mentions into nodes, counts support and sorts everything so the same documents always
 * give the same bytes. Pure: no file system, no clock.
 */
import { EDGE_KINDS, edgeId, FORMAT, FORMAT_VERSION, nodeId, slugify } from '../schema';
import type { EdgeKind, Evidence, GraphEdge, GraphFile, GraphNode, NodeKind, Salary } from '../schema';
import { detectBoilerplate, linkList } from './boilerplate';
import { canonicalKey, compileMatcher, Vocabulary, type Lexicon, type NumberedTokens, type Term } from './lexicon';
import {
  analyseStatement,
  headingHint,
  listHint,
  makeAnalyser,
  type Analyser,
  type Fact,
  type ListHint,
  type Ref,
  type StatementContext,
  type StatementResult,
} from './statement';
import { readStructure, type Structure } from './structure';
import { isShouting, MAX_STATEMENT, oneLine, plain, properCase, separatedItems, singular, splitSentences } from './text';

/** A document to build from: its file name and decoded text. */
export interface SourceDocument {
  file: string;
  text: string;
}

/** A problem found while building, with its place and a stable code. */
export interface Warning {
  file: string;
  line: number | null;
  code: string;
  message: string;
}

/** A term found in the documents that the lexicon does not know. */
export interface DiscoveredTerm {
  kind: NodeKind;
  label: string;
  id: string;
  document: string;
  line: number;
}

/** What the build did, for people and tools. */
export interface BuildReport {
  documents: {
    file: string;
    id: string;
    title: string;
    statements: number;
    facts: number;
    skippedBlocks: number;
    tailLine: number | null;
  }[];
  nodes: Record<NodeKind, number>;
  edges: Record<EdgeKind, number>;
  discovered: DiscoveredTerm[];
  warnings: Warning[];
}

/** Build options. */
export interface BuildOptions {
  /** Evidence records kept per node or edge in the file (support counts them all). */
  maxEvidence: number;
}

/** Defaults for {@link buildGraph}. */
export const DEFAULTS: BuildOptions = { maxEvidence: 25 };

/**
 * Evidence gathered for one node or edge: every statement counted, the first few kept. Statements and
 * documents are numbered by the build in the order it reads them (the same quote on the same line is
 * one statement, and keeps its number), so both arrive almost always in ascending order: they are
 * kept as sorted arrays of numbers, where a repeat is the last entry or, for a statement read again,
 * found by binary search.
 */
class EvidenceBag {
  private statements: number[] = [];
  private documents: number[] = [];
  kept: Evidence[] = [];
  constructor(private limit: number) {}
  add(statement: number, doc: number, ev: Evidence): void {
    if (!insertSorted(this.statements, statement)) return;
    insertSorted(this.documents, doc);
    if (this.kept.length < this.limit) this.kept.push(ev);
  }
  merge(other: EvidenceBag): void {
    this.statements = unionSorted(this.statements, other.statements);
    this.documents = unionSorted(this.documents, other.documents);
    this.kept = sortEvidence([...this.kept, ...other.kept]).slice(0, this.limit);
  }
  get size(): number {
    return this.statements.length;
  }
  support(): { statements: number; documents: number } {
    return { statements: this.statements.length, documents: this.documents.length };
  }
  evidence(): Evidence[] {
    return sortEvidence(this.kept);
  }
}

/** Put `n` into an ascending array unless it is there; whether it was added. */
function insertSorted(list: number[], n: number): boolean {
  const last = list.length - 1;
  if (last < 0 || list[last] < n) {
    list.push(n);
    return true;
  }
  if (list[last] === n) return false;
  let lo = 0;
  let hi = last;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < n) lo = mid + 1;
    else hi = mid;
  }
  if (list[lo] === n) return false;
  list.splice(lo, 0, n);
  return true;
}

/** The ascending union of two ascending arrays. */
function unionSorted(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (out[out.length - 1] !== x) out.push(x);
  }
  return out;
}

interface NodeAcc {
  kind: NodeKind;
  key: string;
  /** Its place in the order nodes were first met. */
  index: number;
  term?: Term;
  surfaces: Map<string, { count: number; order: number; shouting: boolean }>;
  evidence: EvidenceBag;
  salaries: Salary[];
  /** Edges from this node, by target index and edge kind ({@link edgeSlot}). */
  out: Map<number, EdgeAcc>;
  /** Whether an edge touches it. */
  used: boolean;
  /** Its node id, once assembled (null when it is left out). */
  id: string | null;
}

interface EdgeAcc {
  kind: EdgeKind;
  source: NodeAcc;
  target: NodeAcc;
  evidence: EvidenceBag;
}

/** One number for an edge's target and kind, the key of its source's {@link NodeAcc.out}. */
function edgeSlot(target: NodeAcc, kind: EdgeKind): number {
  return target.index * EDGE_KINDS.length + EDGE_KINDS.indexOf(kind);
}

interface Statement {
  doc: string;
  line: number;
  quote: string;
  text: string;
  block: number;
  item: boolean;
  /** One item of a list written on one line: each item is read as a list item of its own. */
  inline: boolean;
}

interface Prepared {
  file: string;
  id: string;
  structure: Structure;
  statements: Statement[];
  skipped: number;
  tailLine: number | null;
  blockIntro: number[];
}

/**
 * Pass 1's tokens of every statement as numbers in three flat arrays, for pass 2 to match discovered
 * terms against without reading each statement again (typed arrays: millions of tokens, next to no
 * work for the garbage collector).
 */
class TokenStore {
  ids = new Int32Array(1 << 16);
  starts = new Int32Array(1 << 16);
  ends = new Int32Array(1 << 16);
  size = 0;
  /** Keep a statement's tokens; where they start. */
  add(t: NumberedTokens): number {
    const at = this.size;
    const need = at + t.ids.length;
    if (need > this.ids.length) {
      let n = this.ids.length;
      while (n < need) n *= 2;
      for (const k of ['ids', 'starts', 'ends'] as const) {
        const grown = new Int32Array(n);
        grown.set(this[k]);
        this[k] = grown;
      }
    }
    for (let i = 0; i < t.ids.length; i++) {
      this.ids[at + i] = t.ids[i];
      this.starts[at + i] = t.starts[i];
      this.ends[at + i] = t.ends[i];
    }
    this.size = need;
    return at;
  }
}

/** A document id from its file name: the name without extension, as a slug. */
export function documentId(file: string): string {
  return slugify(file.replace(/^.*[\\/]/, '').replace(/\.(md|markdown|txt)$/i, ''));
}

function prepare(doc: SourceDocument, id: string): Prepared {
  const structure = readStructure(doc.file, doc.text);
  const { skip, tailLine } = detectBoilerplate(structure.blocks, structure.title);
  const statements: Statement[] = [];
  structure.blocks.forEach((b, i) => {
    if (skip.has(i)) return;
    // "Python · SQL · Apache Spark": a list written on one line, read item by item
    const inline = b.type === 'paragraph' ? separatedItems(b.text) : null;
    const units = inline
      ? inline.map((quote) => ({ line: b.line, quote }))
      : b.type === 'paragraph' || b.text.length > MAX_STATEMENT
        ? splitSentences(b.text, b.line)
        : [{ line: b.line, quote: b.text.trim() }];
    for (const u of units) {
      if (u.quote.includes('](') && linkList(u.quote)) continue;
      const text = b.analysis && units.length === 1 ? b.analysis : plain(u.quote);
      if (!/\p{L}/u.test(text)) continue;
      statements.push({
        doc: id,
        line: u.line,
        quote: oneLine(u.quote),
        text,
        block: i,
        item: b.type === 'item' || inline !== null,
        inline: inline !== null,
      });
    }
  });
  return {
    file: doc.file,
    id,
    structure,
    statements,
    skipped: skip.size,
    tailLine,
    blockIntro: structure.blocks.map((b) => b.intro),
  };
}

/**
 * The years a job lasted, as a heading gives them ("2015–2017: Database Administrator", "Data
 * Engineer (2020–now)"); the first year is its start.
 */
const YEAR = /\b(?:19|20)\d\d(?=\s*(?:[-–—]|to)\s*(?:(?:19|20)?\d\d\b|now\b|present\b|today\b))/i;

/** A heading that compares roles ("Data Scientist vs ML Engineer"). */
const COMPARISON = /\b(?:vs\.?|versus|compared|differ|differences?)\b/i;

/** Run the analyser over a prepared document, calling `emit` with each statement's result. */
function analyseDocument(
  a: Analyser,
  p: Prepared,
  emit: (s: Statement, r: StatementResult, ctx: StatementContext) => void,
): void {
  const blocks = p.structure.blocks;
  const blockSubject: Ref[][] = blocks.map(() => []);
  const blockHint: ListHint[] = blocks.map(() => null);
  const headingRoles = (i: number): Ref[] => {
    for (let h = blocks[i].headings.length - 1; h >= 0; h--) {
      const heading = blocks[blocks[i].headings[h]];
      // a comparison heading ("Data Scientist vs ML Engineer") scopes neither role
      if (COMPARISON.test(heading.text)) return [];
      const s = blockSubject[blocks[i].headings[h]];
      if (s.length === 1) return s;
      if (s.length > 1) return [];
    }
    return [];
  };
  // what the nearest heading says a list under it is about ("Requirements", "Tech stack")
  const headingHintOf = (i: number, inline: boolean): ListHint => {
    if (blocks[i].type !== 'item' && !inline) return null;
    const h = blocks[i].headings.at(-1);
    return h === undefined ? null : headingHint(blocks[h].text);
  };
  const introOf = (i: number): number => {
    const b = blocks[i];
    if (b.intro >= 0) return b.intro;
    return -1;
  };
  // A document about one role (a video summary, a posting): what nothing else scopes is about the one
  // role it has had as a subject so far. Not in a comparison, where that would pick a side.
  const comparison = blocks.some((b) => b.type === 'heading' && COMPARISON.test(b.text));
  let topic: Ref | null = null;
  let topics = 0;
  let titled = false;
  let current = -1;
  let firstOfBlock = true;
  // a career told job by job under dated headings ("2015–2017: Database Administrator"): each job
  // leads to the next in time
  let dated: { level: number; year: number; role: Ref } | null = null;
  let programme: Ref[] | undefined;
  for (const s of p.statements) {
    if (s.block !== current) {
      current = s.block;
      firstOfBlock = true;
    }
    const intro = introOf(s.block);
    const introScope = intro >= 0 ? blockSubject[intro] : [];
    let scope = introScope.length ? introScope : headingRoles(s.block);
    if (!scope.length && topics === 1 && !comparison) scope = [topic!];
    const hint = (intro >= 0 ? blockHint[intro] : null) ?? headingHintOf(s.block, s.inline);
    const ctx: StatementContext = {
      scope,
      item: s.item && (firstOfBlock || s.inline),
      hint,
      previous: firstOfBlock || s.inline ? undefined : blockSubject[s.block],
      heading: blocks[s.block].type === 'heading',
      programme,
    };
    const r = analyseStatement(a, s.text, ctx);
    // a title that names an education and no role ("MSc Business Analytics") makes the page a
    // programme's: the roles its graduates take have it
    if (s.block === 0 && blocks[0].type === 'heading' && !r.subject.length) {
      const named = r.mentions.filter((m) => m.kind === 'education').map((m) => ({ kind: m.kind, key: m.key }));
      if (named.length && !r.mentions.some((m) => m.kind === 'role')) programme = named;
    }
    // a title about one role ("How I went from accountant to data analyst") names the topic for good
    // and so does a profile's headline under a person's name ("Senior Data Engineer · Madrid · …")
    const headline = s.inline && firstOfBlock && s.block === 1 && !titled;
    if ((s.block === 0 || headline) && blocks[0].type === 'heading' && r.subject.length === 1 && !comparison) {
      topic = r.subject[0];
      topics = 1;
      titled = true;
    } else if (!titled)
      for (const role of r.subject)
        if (!topic) {
          topic = role;
          topics = 1;
        } else if (role.key !== topic.key) topics = 2;
    if (r.subject.length) blockSubject[s.block] = r.subject;
    else if (!blockSubject[s.block].length && scope.length && blocks[s.block].type !== 'heading') blockSubject[s.block] = scope;
    if (r.hint) blockHint[s.block] = r.hint;
    else if (!blockHint[s.block]) blockHint[s.block] = listHint(s.text);
    const year = blocks[s.block].type === 'heading' && firstOfBlock ? YEAR.exec(s.text) : null;
    if (year) {
      const level = blocks[s.block].level;
      const role = r.subject.length === 1 ? r.subject[0] : null;
      if (role && dated && dated.level === level && dated.role.key !== role.key) {
        const later = Number(year[0]) >= dated.year;
        const move: Fact = { kind: 'transitions-to', source: later ? dated.role : role, target: later ? role : dated.role };
        r.facts.push(move);
        r.structural = [...(r.structural ?? []), move];
      }
      if (!dated || dated.level >= level) dated = role ? { level, year: Number(year[0]), role } : null;
    }
    emit(s, r, ctx);
    firstOfBlock = false;
  }
}

/** Build a graph from documents with a lexicon. Pure. */
export function buildGraph(
  docs: SourceDocument[],
  lexicon: Lexicon,
  options: Partial<BuildOptions> = {},
): { graph: GraphFile; report: BuildReport } {
  const opts = { ...DEFAULTS, ...options };
  const warnings: Warning[] = [];
  const seenIds = new Map<string, number>();
  const prepared = [...docs]
    .sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0))
    .map((d) => {
      let id = documentId(d.file);
      const n = seenIds.get(id) ?? 0;
      seenIds.set(id, n + 1);
      if (n) id = `${id}-${n + 1}`;
      return prepare(d, id);
    });
  const abbreviations = lexicon.abbreviations ?? {};

  // Pass 1: discover terms with the lexicon alone.
  const known = lexicon.terms.map((t) => ({ ...t }));
  const vocabulary = new Vocabulary();
  const firstMatcher = compileMatcher(known, abbreviations, vocabulary);
  const firstPass = makeAnalyser(firstMatcher, lexicon.roleHeads, abbreviations);
  const found = new Map<string, { kind: NodeKind; label: string; surfaces: Set<string>; doc: string; line: number }>();
  type FirstReading = { s: Statement; r: StatementResult; ctx: StatementContext; at: number; count: number };
  const firstResults: FirstReading[][] = [];
  const tokens = new TokenStore();
  for (const p of prepared) {
    const results: FirstReading[] = [];
    firstResults.push(results);
    analyseDocument(firstPass, p, (s, r, ctx) => {
      // the analysis has just read these (the vocabulary keeps the last text's tokens)
      const t = vocabulary.scan(s.text);
      results.push({ s, r, ctx, at: tokens.add(t), count: t.ids.length });
      for (const d of r.discovered) {
        const k = `${d.kind}\u0000${d.key}`;
        const e = found.get(k);
        if (e) e.surfaces.add(d.surface);
        else found.set(k, { kind: d.kind, label: d.surface, surfaces: new Set([d.surface]), doc: s.doc, line: s.line });
      }
    });
  }
  const discoveredTerms: Term[] = [];
  for (const [, f] of found) {
    const { label } = f;
    if (firstMatcher.byKey(f.kind, canonicalKey(f.kind, label, abbreviations))) continue;
    // Education fields and one-word skills are ordinary words outside their cue ("an engineering
    // mentor"): they are found again by their cues in pass 2, not matched everywhere.
    if (f.kind === 'education' || (f.kind === 'skill' && !/\s/.test(label.trim()))) continue;
    const ambiguous = label.length <= 2 || /^(?:go|it|do|make|rust|swift|ruby|spark|dash|go|chef|puppet)$/i.test(label);
    discoveredTerms.push({ label, kind: f.kind, aliases: [...f.surfaces], ambiguous, discovered: true });
  }

  // Pass 2: match known and discovered terms everywhere, record facts with evidence. A statement is
  // read again only where a discovered term occurs that pass 1 did not already find in it; otherwise
  // its pass-1 reading stands (same context, same result), which keeps the build near one pass.
  const matcher = compileMatcher([...known, ...discoveredTerms], abbreviations, vocabulary);
  const discoveredOnly = compileMatcher(discoveredTerms, abbreviations, vocabulary);
  const analyser = makeAnalyser(matcher, lexicon.roleHeads, abbreviations);
  const discoveredKeys = new Map(discoveredTerms.map((t) => [t, canonicalKey(t.kind, t.label, abbreviations)]));
  const secondReading = ({ s, r, ctx, at, count }: FirstReading): StatementResult => {
    // "the switch to cloud engineering": the field's role may be one the first pass discovered
    const again = (): StatementResult => {
      const fresh = analyseStatement(analyser, s.text, ctx);
      // what the document's structure states stays (a move between dated headings)
      if (r.structural) fresh.facts.push(...r.structural);
      return fresh;
    };
    if (r.unnamedField) return again();
    const hits = discoveredOnly.findTokens(s.text, tokens.ids, tokens.starts, tokens.ends, at, count);
    if (!hits.length) return r;
    const missing = hits.some((h) => {
      const key = discoveredKeys.get(h.term);
      return !r.mentions.some((m) => m.kind === h.term.kind && m.key === key);
    });
    return missing ? again() : r;
  };
  // nodes by kind and key, in the order they were first met; edges in the same order
  const nodes = new Map<NodeKind, Map<string, NodeAcc>>();
  const nodeList: NodeAcc[] = [];
  const edges: EdgeAcc[] = [];
  let order = 0;
  const touch = (
    r: Ref,
    surface: string | null,
    term: Term | undefined,
    ev: Evidence | null,
    statement = -1,
    doc = -1,
    loud = false,
  ): NodeAcc => {
    let ofKind = nodes.get(r.kind);
    if (!ofKind) nodes.set(r.kind, (ofKind = new Map()));
    let n = ofKind.get(r.key);
    if (!n) {
      n = {
        kind: r.kind,
        key: r.key,
        index: nodeList.length,
        term: term && !term.discovered ? term : undefined,
        surfaces: new Map(),
        evidence: new EvidenceBag(opts.maxEvidence),
        salaries: [],
        out: new Map(),
        used: false,
        id: null,
      };
      ofKind.set(r.key, n);
      nodeList.push(n);
    }
    if (!n.term && term && !term.discovered) n.term = term;
    if (surface) {
      const s = n.surfaces.get(surface);
      if (s) s.count++;
      else n.surfaces.set(surface, { count: 1, order: order++, shouting: loud });
    }
    if (ev) n.evidence.add(statement, doc, ev);
    return n;
  };
  const docFacts = new Map<string, number>();
  // a statement is its document, line and quote: the same quote twice on one line is one statement
  let statementCount = 0;
  for (const [doc, results] of firstResults.entries()) {
    const onLine = new Map<number, { quote: string; key: number }[]>();
    for (const reading of results) {
      const { s } = reading;
      const r = secondReading(reading);
      const ev: Evidence = { document: s.doc, line: s.line, quote: s.quote };
      let same = onLine.get(s.line);
      if (!same) onLine.set(s.line, (same = []));
      let key = same.find((x) => x.quote === s.quote)?.key;
      if (key === undefined) same.push({ quote: s.quote, key: (key = statementCount++) });
      const loud = r.mentions.length > 0 && isShouting(s.text);
      for (const m of r.mentions) touch(m, m.surface, m.term ?? matcher.byKey(m.kind, m.key), ev, key, doc, loud);
      for (const f of r.facts) {
        // the source and target first, as they are met in this order
        const source = touch(f.source, null, undefined, null);
        const target = touch(f.target, null, undefined, null);
        const slot = edgeSlot(target, f.kind);
        let e = source.out.get(slot);
        if (!e) {
          e = { kind: f.kind, source, target, evidence: new EvidenceBag(opts.maxEvidence) };
          source.out.set(slot, e);
          edges.push(e);
        }
        e.evidence.add(key, doc, ev);
        source.evidence.add(key, doc, ev);
        target.evidence.add(key, doc, ev);
      }
      for (const sal of r.salaries) {
        for (const role of sal.roles) {
          touch(role, null, undefined, ev, key, doc).salaries.push({
            min: sal.min,
            max: sal.max,
            currency: sal.currency,
            period: sal.period,
            evidence: ev,
          });
        }
      }
      docFacts.set(s.doc, (docFacts.get(s.doc) ?? 0) + r.facts.length + r.salaries.length);
    }
  }

  // Assembly: keep roles and every node an edge touches; labels, ids, aliases, support.
  for (const e of edges) {
    e.source.used = true;
    e.target.used = true;
  }
  const outNodes = new Map<string, GraphNode>();
  const nodeBags = new Map<string, EvidenceBag>();
  for (const n of nodeList) {
    if (n.kind !== 'role' && !n.used) continue;
    if (!n.evidence.size) continue;
    const label = chooseLabel(n);
    const id = nodeId(n.kind, label);
    n.id = id;
    const existing = outNodes.get(id);
    const bag = nodeBags.get(id) ?? n.evidence;
    if (bag !== n.evidence) bag.merge(n.evidence);
    nodeBags.set(id, bag);
    const aliases = aliasesOf(n, label, existing?.aliases ?? []);
    const node: GraphNode = {
      id,
      kind: n.kind,
      label,
      aliases,
      support: bag.support(),
      evidence: bag.evidence(),
    };
    if (!n.term) node.discovered = true;
    const salaries = [...(existing?.attributes?.salary ?? []), ...n.salaries];
    if (salaries.length) node.attributes = { salary: dedupeSalaries(salaries) };
    outNodes.set(id, node);
  }
  const outEdges = new Map<string, GraphEdge>();
  const edgeBags = new Map<string, EvidenceBag>();
  for (const e of edges) {
    const source = e.source.id;
    const target = e.target.id;
    if (!source || !target || source === target) continue;
    const id = edgeId(e.kind, source, target);
    const bag = edgeBags.get(id) ?? e.evidence;
    if (bag !== e.evidence) bag.merge(e.evidence);
    edgeBags.set(id, bag);
    outEdges.set(id, { id, source, target, kind: e.kind, support: bag.support(), evidence: bag.evidence() });
  }

  const sortedNodes = [...outNodes.values()].sort((x, y) => cmp(x.id, y.id));
  const sortedEdges = [...outEdges.values()].sort((x, y) => cmp(x.id, y.id));
  const graph: GraphFile = {
    format: FORMAT,
    version: FORMAT_VERSION,
    documents: prepared.map((p) => ({
      id: p.id,
      file: p.file,
      title: documentTitle(p.structure.title),
      lines: p.structure.lines.length,
    })),
    nodes: sortedNodes,
    edges: sortedEdges,
  };

  const discovered: DiscoveredTerm[] = sortedNodes
    .filter((n) => n.discovered)
    .map((n) => ({ kind: n.kind, label: n.label, id: n.id, document: n.evidence[0].document, line: n.evidence[0].line }));
  const nodeCounts = { role: 0, skill: 0, tool: 0, education: 0 } as Record<NodeKind, number>;
  for (const n of sortedNodes) nodeCounts[n.kind]++;
  const edgeCounts = {
    requires: 0,
    uses: 0,
    'typical-education': 0,
    'transitions-to': 0,
    'collaborates-with': 0,
    'used-for': 0,
  } as Record<EdgeKind, number>;
  for (const e of sortedEdges) edgeCounts[e.kind]++;
  for (const p of prepared) {
    if (!p.statements.length)
      warnings.push({ file: p.file, line: null, code: 'RG201', message: 'no readable statements in this document' });
    if (p.tailLine !== null)
      warnings.push({ file: p.file, line: p.tailLine, code: 'RG202', message: 'page boilerplate from here on was ignored' });
  }
  return {
    graph,
    report: {
      documents: prepared.map((p) => ({
        file: p.file,
        id: p.id,
        title: documentTitle(p.structure.title),
        statements: p.statements.length,
        facts: docFacts.get(p.id) ?? 0,
        skippedBlocks: p.skipped,
        tailLine: p.tailLine,
      })),
      nodes: nodeCounts,
      edges: edgeCounts,
      discovered,
      warnings,
    },
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function evKey(e: Evidence): string {
  return `${e.document}\u0000${String(e.line).padStart(9, '0')}\u0000${e.quote}`;
}

function sortEvidence(list: Evidence[]): Evidence[] {
  const map = new Map<string, Evidence>();
  for (const e of list) map.set(evKey(e), e);
  return [...map.keys()].sort(cmp).map((k) => map.get(k)!);
}

function documentTitle(title: string): string {
  const t = plain(title).slice(0, 300);
  return isShouting(t) ? properCase(t, true) : t || 'Untitled';
}

/**
 * The display label: the lexicon's, else the most used surface from text not written in capitals.
 * Tools keep the spelling their documents use (dbt, OWASP ZAP); roles, skills and education are
 * proper-cased; a term seen only in capitals is proper-cased with short non-words kept as acronyms.
 */
function chooseLabel(n: NodeAcc): string {
  if (n.term) return n.term.label;
  const surfaces = [...n.surfaces.entries()];
  if (!surfaces.length) return n.key;
  // a role's full title beats its acronym ("Site Reliability Engineer", not "SRE")
  const spelled = n.kind === 'role' ? surfaces.filter(([x]) => !/^[A-Z]{2,6}s?$/.test(x)) : surfaces;
  const named = spelled.length ? spelled : surfaces;
  const calm = named.filter(([, s]) => !s.shouting);
  const pool = calm.length ? calm : named;
  pool.sort((x, y) => y[1].count - x[1].count || x[1].order - y[1].order);
  let label = plain(pool[0][0]);
  if (n.kind === 'role') label = singularLabel(label);
  if (!calm.length) return properCase(label, true);
  return n.kind === 'tool' ? label : properCase(label, false);
}

/** The label's last word in the singular, by the same rule as the matching keys, keeping its case. */
function singularLabel(label: string): string {
  const words = label.split(' ');
  const last = words[words.length - 1];
  const one = singular(last.toLowerCase());
  if (one.length === last.length) return label;
  const y = one.endsWith('y') && /ies$/i.test(last);
  words[words.length - 1] = y ? last.slice(0, -3) + (last.endsWith('IES') ? 'Y' : 'y') : last.slice(0, one.length);
  return words.join(' ');
}

function aliasesOf(n: NodeAcc, label: string, extra: string[]): string[] {
  const seen = new Map<string, string>();
  for (const a of [...extra, ...(n.term?.aliases ?? []), ...n.surfaces.keys()]) {
    const p = plain(a);
    const k = p.toLowerCase();
    if (k === label.toLowerCase() || !p) continue;
    const prev = seen.get(k);
    if (!prev || (isShouting(prev) && !isShouting(p))) seen.set(k, p);
  }
  return [...seen.values()].sort(cmp);
}

function dedupeSalaries(list: Salary[]): Salary[] {
  const map = new Map<string, Salary>();
  for (const s of list) map.set(`${evKey(s.evidence)}\u0000${s.min}\u0000${s.max}`, s);
  return [...map.keys()].sort(cmp).map((k) => map.get(k)!);
}
