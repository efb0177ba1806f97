/**
 * A real occupational database as a rolegraph file, for the scale benchmarks: the O*NET 29.3 subset
 * in `../shared/data/onet/` (CC BY 4.0, USDOL/ETA; read from there, never copied into the project).
 * Occupations are roles; skills and knowledge areas rated important (3 of 5 or more) are required
 * skills; technology examples are tools; the most reported required level of education is the typical
 * education; the first tier of related occupations are transitions. Every node and edge rests on the
 * rows it came from: the file, the line and the row itself as the quote.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  edgeId,
  nodeId,
  type EdgeKind,
  type Evidence,
  type GraphEdge,
  type GraphFile,
  type GraphNode,
  type NodeKind,
} from '../../src/lib/schema';

/** Where the reference data lies on these machines. */
export const ONET_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'onet');

/** Importance (1 to 5) from which a skill or knowledge area counts as required. */
const IMPORTANT = 3;
/** Evidence records kept per node or edge (support counts them all). */
const KEEP = 5;

interface Table {
  doc: string;
  rows: { line: number; cells: string[]; text: string }[];
  column(name: string): number;
}

function readTable(dir: string, file: string): Table {
  const lines = readFileSync(join(dir, file), 'utf8').split(/\r?\n/);
  const header = lines[0].split('\t');
  const rows = [];
  for (let i = 1; i < lines.length; i++) if (lines[i]) rows.push({ line: i + 1, cells: lines[i].split('\t'), text: lines[i] });
  return {
    doc: file,
    rows,
    column(name) {
      const at = header.indexOf(name);
      if (at < 0) throw new Error(`${file}: no column "${name}"`);
      return at;
    },
  };
}

/** Read the O*NET folder into a graph file, or null when the folder is not on this machine. */
export function readOnet(dir = ONET_DIR): GraphFile | null {
  if (!existsSync(join(dir, 'Occupation Data.txt'))) return null;
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const documents = new Map<string, number>();
  const cite = (t: Table, row: Table['rows'][number]): Evidence => {
    documents.set(t.doc, t.rows.length + 1);
    return { document: t.doc, line: row.line, quote: row.text.slice(0, 2000) };
  };
  const node = (kind: NodeKind, label: string, ev: Evidence): string => {
    const id = nodeId(kind, label);
    const n = nodes.get(id);
    if (!n) nodes.set(id, { id, kind, label, aliases: [], support: { statements: 1, documents: 1 }, evidence: [ev] });
    else {
      n.support.statements++;
      if (n.evidence.length < KEEP) n.evidence.push(ev);
      if (label !== n.label && !n.aliases.includes(label)) n.aliases.push(label);
    }
    return id;
  };
  const edge = (kind: EdgeKind, source: string, target: string, ev: Evidence) => {
    if (source === target) return;
    const id = edgeId(kind, source, target);
    const e = edges.get(id);
    if (!e) edges.set(id, { id, source, target, kind, support: { statements: 1, documents: 1 }, evidence: [ev] });
    else {
      e.support.statements++;
      if (e.evidence.length < KEEP) e.evidence.push(ev);
    }
  };

  const occupations = readTable(dir, 'Occupation Data.txt');
  const roleOf = new Map<string, string>();
  for (const row of occupations.rows) {
    const [code, title] = [row.cells[occupations.column('O*NET-SOC Code')], row.cells[occupations.column('Title')]];
    roleOf.set(code, node('role', title, cite(occupations, row)));
  }

  for (const file of ['Skills.txt', 'Knowledge.txt']) {
    const t = readTable(dir, file);
    const [code, name, scale, value, suppress] = [
      'O*NET-SOC Code',
      'Element Name',
      'Scale ID',
      'Data Value',
      'Recommend Suppress',
    ].map((c) => t.column(c));
    for (const row of t.rows) {
      const role = roleOf.get(row.cells[code]);
      if (!role || row.cells[scale] !== 'IM' || row.cells[suppress] === 'Y' || Number(row.cells[value]) < IMPORTANT) continue;
      const ev = cite(t, row);
      edge('requires', role, node('skill', row.cells[name], ev), ev);
    }
  }

  const tech = readTable(dir, 'Technology Skills.txt');
  for (const row of tech.rows) {
    const role = roleOf.get(row.cells[tech.column('O*NET-SOC Code')]);
    if (!role) continue;
    const ev = cite(tech, row);
    edge('uses', role, node('tool', row.cells[tech.column('Example')], ev), ev);
  }

  // the required level of education most respondents reported, per occupation
  const levels = readTable(dir, 'Education, Training, and Experience Categories.txt');
  const levelName = new Map<string, string>();
  for (const row of levels.rows)
    if (row.cells[levels.column('Scale ID')] === 'RL')
      levelName.set(row.cells[levels.column('Category')], row.cells[levels.column('Category Description')]);
  const education = readTable(dir, 'Education, Training, and Experience.txt');
  const best = new Map<string, { value: number; row: Table['rows'][number] }>();
  for (const row of education.rows) {
    if (row.cells[education.column('Scale ID')] !== 'RL') continue;
    const code = row.cells[education.column('O*NET-SOC Code')];
    const value = Number(row.cells[education.column('Data Value')]);
    const seen = best.get(code);
    if (value > 0 && (!seen || value > seen.value)) best.set(code, { value, row });
  }
  for (const [code, { row }] of best) {
    const role = roleOf.get(code);
    const level = levelName.get(row.cells[education.column('Category')]);
    if (!role || !level) continue;
    const ev = cite(education, row);
    // "Bachelor's Degree", not the category's whole description
    edge('typical-education', role, node('education', level.split(/\s+-\s+|\s+\(/)[0], ev), ev);
  }

  const related = readTable(dir, 'Related Occupations.txt');
  for (const row of related.rows) {
    if (row.cells[related.column('Relatedness Tier')] !== 'Primary-Short') continue;
    const from = roleOf.get(row.cells[related.column('O*NET-SOC Code')]);
    const to = roleOf.get(row.cells[related.column('Related O*NET-SOC Code')]);
    if (from && to) edge('transitions-to', from, to, cite(related, row));
  }

  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    format: 'rolegraph',
    version: 1,
    documents: [...documents].map(([file, lines]) => ({
      id: file,
      file,
      title: `O*NET 29.3: ${file.replace(/\.txt$/, '')}`,
      lines,
    })),
    nodes: [...nodes.values()].sort(byId),
    edges: [...edges.values()].sort(byId),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const g = readOnet();
  if (!g) console.log(`no O*NET data in ${ONET_DIR}`);
  else {
    const count = (xs: { kind: string }[]) => {
      const by = new Map<string, number>();
      for (const x of xs) by.set(x.kind, (by.get(x.kind) ?? 0) + 1);
      return [...by].map(([k, v]) => `${k} ${v}`);
    };
    console.log(`${g.nodes.length} nodes (${count(g.nodes).join(', ')}), ${g.edges.length} edges (${count(g.edges).join(', ')})`);
  }
}
