/**
 * CLI: `npm run build:graph -- [--input DIR] [--out FILE] [--report FILE] [--lexicon FILE]`.
 * A thin shell: reads documents and the lexicon, calls the pure builder, lays the graph out and writes
 * it atomically (temporary file, then rename) so a failed build never leaves a broken graph.
 * Exit status: 0 built, 1 could not write, 2 bad input (missing or empty folder, bad lexicon).
 */
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildGraph, type BuildReport, type SourceDocument, type Warning } from '../src/lib/extract/build';
import { decodeDocument } from '../src/lib/extract/decode';
import { EMPTY_LEXICON, parseLexicon, type Lexicon } from '../src/lib/extract/lexicon';
import { parseJson } from '../src/lib/json';
import { layoutGraph } from '../src/lib/layout';
import { serialiseGraph } from './serialise';

const DOC_EXT = /\.(md|markdown|txt)$/i;
/** Largest document read; larger files are skipped with a warning. */
const MAX_BYTES = 64 * 1024 * 1024;

class CliError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

function args() {
  try {
    return parseArgs({
      options: {
        input: { type: 'string', default: 'graph-data/documents' },
        out: { type: 'string', default: 'graph-data/graph.json' },
        report: { type: 'string' },
        lexicon: { type: 'string', default: 'graph-data/lexicon.json' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      allowPositionals: false,
    }).values;
  } catch (e) {
    throw new CliError(
      `${(e as Error).message}\nusage: npm run build:graph -- [--input DIR] [--out FILE] [--report FILE] [--lexicon FILE]`,
      2,
    );
  }
}

function readLexicon(path: string, warnings: Warning[]): Lexicon {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    warnings.push({ file: path, line: null, code: 'RG110', message: 'no lexicon file: building from discovery alone' });
    return EMPTY_LEXICON;
  }
  const json = parseJson(raw);
  if (!json.ok)
    throw new CliError(`${path}${json.line ? `:${json.line}` : ''}: the lexicon is not valid JSON (${json.message})`, 2);
  try {
    return parseLexicon(json.value);
  } catch (e) {
    throw new CliError(`${path}: ${(e as Error).message}`, 2);
  }
}

function readDocuments(dir: string, warnings: Warning[]): SourceDocument[] {
  let entries: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new CliError(`${dir}: not a folder`, 2);
    entries = readdirSync(dir).sort();
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`${dir}: input folder not found`, 2);
  }
  const files = entries.filter((f) => DOC_EXT.test(f));
  if (!files.length) throw new CliError(`${dir}: no .md, .markdown or .txt documents in the input folder`, 2);
  const docs: SourceDocument[] = [];
  for (const f of files) {
    const path = join(dir, f);
    try {
      const st = statSync(path);
      if (!st.isFile()) continue;
      if (st.size > MAX_BYTES) {
        warnings.push({ file: f, line: null, code: 'RG104', message: `skipped: larger than ${MAX_BYTES / 1024 / 1024} MB` });
        continue;
      }
      const decoded = decodeDocument(readFileSync(path));
      if (!decoded.ok) {
        warnings.push({ file: f, line: null, code: decoded.code, message: `skipped: ${decoded.reason}` });
        continue;
      }
      docs.push({ file: f, text: decoded.text });
    } catch (e) {
      warnings.push({
        file: f,
        line: null,
        code: 'RG105',
        message: `skipped: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
      });
    }
  }
  return docs;
}

function printReport(report: BuildReport, out: string, quiet: boolean): void {
  const lines: string[] = [];
  const n = report.nodes;
  const edgeTotal = Object.values(report.edges).reduce((a, b) => a + b, 0);
  lines.push(
    `rolegraph: ${n.role} roles, ${n.skill} skills, ${n.tool} tools, ${n.education} education, ${edgeTotal} edges → ${out}`,
  );
  for (const d of report.documents) {
    lines.push(
      `  ${d.file}: "${d.title}" ${d.statements} statements, ${d.facts} facts${d.tailLine ? `, boilerplate ignored from line ${d.tailLine}` : ''}`,
    );
  }
  if (report.discovered.length && !quiet) {
    lines.push(`discovered terms not in the lexicon (${report.discovered.length}):`);
    for (const t of report.discovered) lines.push(`  ${t.kind.padEnd(9)} ${t.label}  (${t.document}:${t.line})`);
  }
  for (const w of report.warnings) lines.push(`warning ${w.code} ${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}`);
  process.stdout.write(lines.join('\n') + '\n');
}

/** Write a file atomically: a temporary sibling, then rename over the target. */
function writeAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new CliError(
      `${path}: cannot write the graph (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); the previous graph is unchanged`,
      1,
    );
  }
}

function main(): number {
  const opts = args();
  if (opts.help) {
    process.stdout.write('usage: npm run build:graph -- [--input DIR] [--out FILE] [--report FILE] [--lexicon FILE]\n');
    return 0;
  }
  const warnings: Warning[] = [];
  const lexicon = readLexicon(resolve(opts.lexicon), warnings);
  const docs = readDocuments(resolve(opts.input), warnings);
  if (!docs.length) {
    for (const w of warnings) process.stderr.write(`warning ${w.code} ${w.file}: ${w.message}\n`);
    throw new CliError(`${opts.input}: no readable documents; the previous graph is unchanged`, 2);
  }
  const { graph, report } = buildGraph(docs, lexicon);
  report.warnings.unshift(...warnings);
  const laidOut = layoutGraph(graph);
  writeAtomic(resolve(opts.out), serialiseGraph(laidOut));
  if (opts.report) writeAtomic(resolve(opts.report), JSON.stringify(report, null, 2) + '\n');
  printReport(report, opts.out, opts.quiet);
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  if (e instanceof CliError) {
    process.stderr.write(`rolegraph: ${e.message}\n`);
    process.exitCode = e.status;
  } else {
    process.stderr.write(`rolegraph: internal error: ${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}
