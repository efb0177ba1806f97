// Golden checks on the two bundled source documents: what a careful reader finds in them, each with
// the line it rests on, and nothing from their page boilerplate.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGraph } from '../../src/lib/schema';
import { buildFrom, DOCS, edge } from '../helpers/build';

const ARTICLE = '000_cafb6aafcb78b802.txt';
const VIDEO = '001_0012209b09e0fe32.txt';
const { graph, report } = buildFrom(DOCS);
const docId = (file: string) => graph.documents.find((d) => d.file === file)!.id;
const lines = (file: string) => readFileSync(join(DOCS, file), 'utf8').split('\n');

function lineOf(file: string, kind: Parameters<typeof edge>[2], source: string, target: string): number[] {
  const e = edge(graph, source, kind, target);
  expect(e, `${source} ${kind} ${target}`).toBeDefined();
  return e!.evidence.filter((x) => x.document === docId(file)).map((x) => x.line);
}

describe('the bundled documents', () => {
  it('produce a valid graph with documents titled from their content', () => {
    expect(parseGraph(JSON.parse(JSON.stringify(graph))).ok).toBe(true);
    expect(graph.documents.map((d) => d.title)).toEqual([
      'Data Science Vs Machine Learning Engineer',
      'Data Science vs Machine Learning Engineer: Explained',
    ]);
  });

  it('canonicalise roles across capitals and plurals into proper-case labels', () => {
    const roles = graph.nodes.filter((n) => n.kind === 'role').map((n) => n.label);
    expect(roles).toEqual(
      expect.arrayContaining([
        'Data Scientist',
        'Machine Learning Engineer',
        'Data Engineer',
        'Data Analyst',
        'Business Analyst',
      ]),
    );
    const mle = graph.nodes.find((n) => n.id === 'role:machine-learning-engineer')!;
    expect(mle.aliases.map((a) => a.toLowerCase())).toContain('machine learning engineers');
    expect(graph.nodes.filter((n) => /machine learning engineer/i.test(n.label))).toHaveLength(1);
    const labels = graph.nodes.map((n) => n.label);
    expect(labels).toEqual(expect.arrayContaining(['PyTorch', 'scikit-learn', 'SQL', 'Power BI', 'TensorFlow', 'AWS SageMaker']));
    expect(labels.filter((l) => l.length > 3 && l === l.toUpperCase() && /[A-Z]{4}/.test(l) && !/^[A-Z]+$/.test(l))).toEqual([]);
  });

  it('finds what Data Scientists use, with the article lines', () => {
    expect(lineOf(ARTICLE, 'uses', 'Data Scientist', 'Tableau')).toEqual(expect.arrayContaining([47, 72]));
    expect(lineOf(ARTICLE, 'uses', 'Data Scientist', 'Matplotlib')).toEqual(expect.arrayContaining([47, 72]));
    expect(lineOf(ARTICLE, 'uses', 'Data Scientist', 'Pandas')).toContain(48);
    expect(lineOf(ARTICLE, 'uses', 'Data Scientist', 'SQL')).toContain(70);
    expect(lineOf(ARTICLE, 'uses', 'Data Scientist', 'Jupyter')).toContain(71);
    expect(lineOf(ARTICLE, 'uses', 'Data Scientist', 'Power BI')).toContain(72);
  });

  it('finds what Machine Learning Engineers use', () => {
    expect(lineOf(ARTICLE, 'uses', 'Machine Learning Engineer', 'Docker')).toEqual(expect.arrayContaining([57, 76]));
    expect(lineOf(ARTICLE, 'uses', 'Machine Learning Engineer', 'Kubernetes')).toEqual(expect.arrayContaining([57, 76]));
    expect(lineOf(ARTICLE, 'uses', 'Machine Learning Engineer', 'AWS SageMaker')).toEqual([77]);
    expect(lineOf(ARTICLE, 'uses', 'Machine Learning Engineer', 'Keras')).toEqual([74]);
    expect(lineOf(VIDEO, 'uses', 'Machine Learning Engineer', 'AWS')).toEqual([9]);
  });

  it('finds the Data Engineer tools and the transitions with their direction', () => {
    expect(lineOf(VIDEO, 'uses', 'Data Engineer', 'BigQuery')).toEqual([9]);
    expect(lineOf(VIDEO, 'uses', 'Data Engineer', 'SQL')).toEqual([9]);
    expect(lineOf(VIDEO, 'transitions-to', 'Data Analyst', 'Data Scientist')).toEqual(expect.arrayContaining([12, 15]));
    expect(lineOf(VIDEO, 'transitions-to', 'Data Analyst', 'Machine Learning Engineer')).toEqual(
      expect.arrayContaining([12, 32]),
    );
    expect(lineOf(ARTICLE, 'transitions-to', 'Data Scientist', 'Machine Learning Engineer')).toEqual(
      expect.arrayContaining([117, 119]),
    );
    expect(edge(graph, 'Machine Learning Engineer', 'transitions-to', 'Data Scientist')).toBeUndefined();
    expect(edge(graph, 'Data Scientist', 'transitions-to', 'Data Analyst')).toBeUndefined();
  });

  it('finds education, collaboration, tool→skill ties and salary ranges', () => {
    expect(lineOf(VIDEO, 'typical-education', 'Machine Learning Engineer', 'Computer Science')).toEqual(
      expect.arrayContaining([14, 34]),
    );
    expect(lineOf(ARTICLE, 'typical-education', 'Data Scientist', 'Statistics')).toContain(61);
    expect(lineOf(ARTICLE, 'typical-education', 'Data Scientist', 'PhD')).toEqual([61]);
    expect(lineOf(ARTICLE, 'collaborates-with', 'Data Scientist', 'Machine Learning Engineer')).toEqual(
      expect.arrayContaining([31, 127]),
    );
    expect(lineOf(ARTICLE, 'collaborates-with', 'Data Engineer', 'Machine Learning Engineer')).toEqual([31]);
    expect(lineOf(ARTICLE, 'used-for', 'Tableau', 'Data Visualization')).toContain(72);
    expect(lineOf(ARTICLE, 'used-for', 'PyTorch', 'Machine Learning')).toContain(74);
    expect(lineOf(ARTICLE, 'used-for', 'Docker', 'Model Deployment')).toContain(76);
    const ds = graph.nodes.find((n) => n.id === 'role:data-scientist')!;
    expect(ds.attributes?.salary).toEqual([
      expect.objectContaining({
        min: 90000,
        max: 150000,
        currency: 'USD',
        period: 'year',
        evidence: expect.objectContaining({ line: 90 }),
      }),
    ]);
    const mle = graph.nodes.find((n) => n.id === 'role:machine-learning-engineer')!;
    expect(mle.attributes?.salary?.[0]).toMatchObject({ min: 100000, max: 160000 });
  });

  it('never treats an ordinary word as the R language', () => {
    const r = edge(graph, 'Data Scientist', 'uses', 'R')!;
    for (const ev of r.evidence) expect(ev.quote).toMatch(/\bR\b/);
  });

  it('takes nothing from the page boilerplate', () => {
    const tails: Record<string, number> = { [docId(ARTICLE)]: 143, [docId(VIDEO)]: 37 };
    for (const item of [...graph.nodes, ...graph.edges]) {
      for (const ev of item.evidence) expect(ev.line, `${item.id} ${ev.quote}`).toBeLessThan(tails[ev.document]);
    }
    expect(report.documents.map((d) => d.tailLine)).toEqual([143, 37]);
    const text = JSON.stringify(graph);
    for (const noise of ['bioRxiv', 'NVIDIA', 'CAPPData', 'тариф', 'Back to Home', 'DUNS']) expect(text).not.toContain(noise);
  });

  it('gives every node and edge evidence whose quote stands at its line', () => {
    const byId = new Map(graph.documents.map((d) => [d.id, lines(d.file)]));
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const item of [...graph.nodes, ...graph.edges]) {
      expect(item.evidence.length).toBeGreaterThan(0);
      for (const ev of item.evidence) {
        const src = byId.get(ev.document)!;
        const from = squash(src.slice(ev.line - 1, ev.line + 5).join(' '));
        expect(from.includes(squash(ev.quote)), `${ev.document}:${ev.line} ${ev.quote}`).toBe(true);
        expect(squash(src[ev.line - 1]).length).toBeGreaterThan(0);
      }
    }
    for (const e of graph.edges) expect(e.support.statements).toBe(e.evidence.length);
  });

  it('lists the discovered terms in the report', () => {
    expect(report.discovered.length).toBeGreaterThan(5);
    for (const t of report.discovered) expect(graph.nodes.find((n) => n.id === t.id)?.discovered).toBe(true);
  });
});
