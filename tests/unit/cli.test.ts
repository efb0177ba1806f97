// The build CLI's contract: its command line, its report, determinism, and every error path leaving
// the previous graph untouched.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGraph } from '../../src/lib/schema';
import { DOCS } from '../helpers/build';
import { runCli, tempDir } from '../helpers/cli';

const GOOD = '{"previous":"graph"}\n';

describe('npm run build:graph', () => {
  it('builds the bundled documents into a valid graph and prints the report', () => {
    const dir = tempDir();
    const out = join(dir, 'graph.json');
    const report = join(dir, 'report.json');
    const r = runCli(['--input', DOCS, '--out', out, '--report', report]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\d+ roles, \d+ skills, \d+ tools, \d+ education, \d+ edges/);
    expect(r.stdout).toMatch(/discovered terms not in the lexicon/);
    expect(r.stdout).toMatch(/warning RG202 000_cafb6aafcb78b802\.txt:143/);
    const graph = parseGraph(JSON.parse(readFileSync(out, 'utf8')));
    expect(graph.ok).toBe(true);
    if (graph.ok) expect(graph.graph.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
    const rep = JSON.parse(readFileSync(report, 'utf8'));
    expect(rep.nodes.role).toBeGreaterThanOrEqual(5);
    expect(rep.documents).toHaveLength(2);
  });

  it('writes byte-identical output for the same documents', () => {
    const dir = tempDir();
    runCli(['--input', DOCS, '--out', join(dir, 'a.json')]);
    runCli(['--input', DOCS, '--out', join(dir, 'b.json')]);
    const a = readFileSync(join(dir, 'a.json'));
    expect(a.equals(readFileSync(join(dir, 'b.json')))).toBe(true);
    expect(a.toString().endsWith('}\n')).toBe(true);
  });

  it('fails with status 2 on a missing folder and leaves the graph untouched', () => {
    const dir = tempDir();
    const out = join(dir, 'graph.json');
    writeFileSync(out, GOOD);
    const r = runCli(['--input', join(dir, 'nope'), '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/nope: input folder not found/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(out, 'utf8')).toBe(GOOD);
  });

  it('fails with status 2 on an empty folder or one with only unreadable files', () => {
    const dir = tempDir();
    const out = join(dir, 'graph.json');
    writeFileSync(out, GOOD);
    mkdirSync(join(dir, 'empty'));
    const r = runCli(['--input', join(dir, 'empty'), '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no \.md, \.markdown or \.txt documents/);
    mkdirSync(join(dir, 'bad'));
    writeFileSync(join(dir, 'bad', 'blob.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    const r2 = runCli(['--input', join(dir, 'bad'), '--out', out]);
    expect(r2.status).toBe(2);
    expect(r2.stderr).toMatch(/blob\.md: skipped: binary data/);
    expect(readFileSync(out, 'utf8')).toBe(GOOD);
  });

  it('skips binary, Latin-1 and empty files with a warning naming each, and builds from the rest', () => {
    const dir = tempDir();
    const input = join(dir, 'docs');
    mkdirSync(input);
    writeFileSync(join(input, 'good.md'), '# Guide\n\nData Engineers use tools like Airflow and dbt.\n');
    writeFileSync(join(input, 'binary.md'), Buffer.from([0, 1, 2, 3, 0, 255]));
    writeFileSync(join(input, 'latin1.txt'), Buffer.from('Data Engineers use tools like Caf\xe9DB.\n', 'latin1'));
    writeFileSync(join(input, 'empty.md'), '');
    writeFileSync(join(input, 'notes.pdf'), 'ignored');
    const out = join(dir, 'graph.json');
    const r = runCli(['--input', input, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/binary\.md: skipped: binary data/);
    expect(r.stdout).toMatch(/latin1\.txt: skipped: not valid UTF-8/);
    expect(r.stdout).toMatch(/empty\.md: skipped: the file is empty/);
    const g = JSON.parse(readFileSync(out, 'utf8'));
    expect(g.documents.map((d: { file: string }) => d.file)).toEqual(['good.md']);
    expect(g.nodes.map((n: { label: string }) => n.label)).toEqual(expect.arrayContaining(['Data Engineer', 'Airflow', 'dbt']));
  });

  it('exits 1 when the graph cannot be written, leaving the previous one', () => {
    const dir = tempDir();
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    const out = join(locked, 'graph.json');
    writeFileSync(out, GOOD);
    chmodSync(locked, 0o500);
    const r = runCli(['--input', DOCS, '--out', out]);
    chmodSync(locked, 0o700);
    // root may write anyway; then the build must simply have succeeded
    if (r.status === 0) return expect(parseGraph(JSON.parse(readFileSync(out, 'utf8'))).ok).toBe(true);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot write the graph .* previous graph is unchanged/);
    expect(readFileSync(out, 'utf8')).toBe(GOOD);
  });

  it('exits 1 when the output path is a folder, with a clear message', () => {
    const dir = tempDir();
    const out = join(dir, 'graph.json');
    mkdirSync(out);
    const r = runCli(['--input', DOCS, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/graph\.json: cannot write the graph/);
    expect(existsSync(join(dir, '.graph.json.tmp'))).toBe(false);
  });

  it('rejects a broken lexicon and unknown options with status 2 and no stack trace', () => {
    const dir = tempDir();
    const lex = join(dir, 'lexicon.json');
    writeFileSync(lex, '{\n  "version": 1,\n  "terms": [\n');
    const r = runCli(['--input', DOCS, '--out', join(dir, 'g.json'), '--lexicon', lex]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/lexicon\.json(:\d+)?: the lexicon is not valid JSON/);
    writeFileSync(lex, JSON.stringify({ version: 1, roleHeads: [], terms: [{ label: 'X', kind: 'planet' }] }));
    const r2 = runCli(['--input', DOCS, '--out', join(dir, 'g.json'), '--lexicon', lex]);
    expect(r2.status).toBe(2);
    expect(r2.stderr).toMatch(/invalid lexicon: terms\.0\.kind/);
    const r3 = runCli(['--bogus']);
    expect(r3.status).toBe(2);
    expect(r3.stderr).toMatch(/usage: npm run build:graph/);
    expect(r3.stderr + r2.stderr + r.stderr).not.toMatch(/\n\s+at /);
  });
});
