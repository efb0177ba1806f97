/**
 * Browser benchmark (headless Chromium via playwright-core, against the built app served by Vite's
 * preview server): time from navigation to the first frame with the graph, time from an action to its
 * result on screen (measured inside the page, from the event to the next animation frame after the
 * result appears), frame times during pan and zoom, and long tasks. Runs on the bundled graph and on
 * a generated large graph, and draws the same large graph with sigma.js 3 in a minimal page.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { layoutGraph } from '../../src/lib/layout';
import { generateGraph } from './largeGraph';
import { readOnet } from './onet';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium';
import { quantile } from './stats';

const ROOT = join(import.meta.dirname, '..', '..');

/** Figures for one graph. */
export interface BrowserFigures {
  graph: string;
  nodes: number;
  edges: number;
  drawnNodes: number;
  drawnEdges: number;
  firstPaint: number[];
  /** performance marks of the first runs (fetched, loaded: parsed and validated) and the page's paint entries. */
  marks: Record<string, number>[];
  actions: Record<string, number[]>;
  frames: { median: number; p95: number; count: number };
  longTasks: { count: number; total: number; max: number };
}

/** All browser figures. */
export interface BrowserBench {
  bundled: BrowserFigures;
  large: BrowserFigures;
  sigma: { firstFrame: number[]; error: string | null };
  /** rolegraph's large-graph first paint over sigma's first frame, visit by visit (the visits alternate). */
  ratios: number[];
  /** First paint with the opt-in WebGL renderer, bundled and large graph. */
  webgl: { bundled: number[]; large: number[] };
  /** The same figures on the O*NET graph, with sigma beside it, when the reference data is here. */
  onet: { figures: BrowserFigures; sigma: { firstFrame: number[]; error: string | null }; ratios: number[] } | null;
  initialJsGzipKb: number;
}

async function open(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(`
    window.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  `);
  await page.goto(url);
  return page;
}

/**
 * Run an action in the page and time it until `done` holds, then one more frame. The page code is a
 * string: functions compiled by tsx carry helpers that do not exist in the page.
 */
async function timed(page: Page, action: string, done: string): Promise<number> {
  const script = `(async () => {
    const t0 = performance.now();
    ${action}
    await new Promise((resolve, reject) => {
      const start = performance.now();
      const tick = () => {
        if (${done}) resolve();
        else if (performance.now() - start > 20000) reject(new Error('timed out'));
        else requestAnimationFrame(tick);
      };
      tick();
    });
    await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - t0;
  })()`;
  return page.evaluate(script) as Promise<number>;
}

const q = (sel: string) => `document.querySelector(${JSON.stringify(sel)})`;

async function measure(
  browser: Browser,
  base: string,
  query: string,
  label: string,
  runs: number,
  afterVisit: () => Promise<void> = async () => {},
): Promise<BrowserFigures> {
  const firstPaint: number[] = [];
  const marks: Record<string, number>[] = [];
  const actions: Record<string, number[]> = { select: [], filter: [], compare: [], path: [] };
  let frames = { median: NaN, p95: NaN, count: 0 };
  let longTasks = { count: 0, total: 0, max: 0 };
  let drawn = { nodes: 0, edges: 0 };
  let size = { nodes: 0, edges: 0 };
  for (let run = 0; run < runs; run++) {
    const page = await open(browser, `${base}${query}`);
    await page.waitForSelector('.canvas[data-rendered-at]', { timeout: 120_000 });
    firstPaint.push(Number(await page.locator('.canvas').getAttribute('data-rendered-at')));
    marks.push(
      (await page.evaluate(
        `Object.fromEntries([...performance.getEntriesByType('paint'), ...performance.getEntriesByType('mark')].map((m) => [m.name, Math.round(m.startTime)]))`,
      )) as Record<string, number>,
    );
    drawn = {
      nodes: Number(await page.locator('.canvas').getAttribute('data-nodes')),
      edges: Number(await page.locator('.canvas').getAttribute('data-edges')),
    };
    const summary = await page.getByTestId('summary').innerText();
    const m = /(\d+) nodes · (\d+) relations/.exec(summary);
    size = { nodes: Number(m?.[1]), edges: Number(m?.[2]) };
    const roles = (await page.evaluate(`(async () => {
      const g = await (await fetch(new URLSearchParams(location.search).get('graph') ?? './graph.json')).json();
      return g.nodes.filter((n) => n.kind === 'role').slice(0, 3).map((n) => n.label);
    })()`)) as string[];
    await page.waitForTimeout(300);

    // select through the search box
    actions.select.push(
      await timed(
        page,
        `const i = ${q('input[aria-label="Search"]')}; i.value = ${JSON.stringify(roles[1])}; i.dispatchEvent(new Event('input', { bubbles: true })); i.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));`,
        `${q('#details-title')}?.textContent === ${JSON.stringify(roles[1])}`,
      ),
    );
    // filter: hide tools
    actions.filter.push(
      await timed(
        page,
        `[...document.querySelectorAll('fieldset.legend label')].find((l) => l.textContent.includes('Tools')).querySelector('input').click();`,
        `${q('[data-testid="count-tool"]')}.textContent.startsWith('0')`,
      ),
    );
    await page.evaluate(
      `[...document.querySelectorAll('fieldset.legend label')].find((l) => l.textContent.includes('Tools')).querySelector('input').click();`,
    );
    // compare two roles
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    actions.compare.push(
      await timed(
        page,
        `const boxes = [...document.querySelectorAll('fieldset.roles label')]; for (const name of ${JSON.stringify(roles.slice(0, 2))}) boxes.find((l) => l.textContent.trim() === name).querySelector('input').click();`,
        `[...document.querySelectorAll('h3')].some((h) => h.textContent.startsWith('Shared by all'))`,
      ),
    );
    // choose From and To
    await page.getByRole('button', { name: 'Path', exact: true }).click();
    actions.path.push(
      await timed(
        page,
        `const [f, t] = [...document.querySelectorAll('select')].filter((s) => s.closest('label')?.textContent.includes('role')); const pick = (s, name) => { s.value = [...s.options].find((o) => o.textContent === name).value; s.dispatchEvent(new Event('change', { bubbles: true })); }; pick(f, ${JSON.stringify(roles[0])}); pick(t, ${JSON.stringify(roles[2])});`,
        `!!${q('ol[aria-label="Transition path"]')} || !!document.querySelector('.nopath')`,
      ),
    );

    if (run === 0) {
      // pan and zoom with the mouse while recording frame times
      await page.evaluate(`(() => {
        window.__frames = [];
        window.__recording = true;
        let last = performance.now();
        const tick = (t) => {
          window.__frames.push(t - last);
          last = t;
          if (window.__recording) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      })()`);
      const box = (await page.locator('.canvas').boundingBox())!;
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      await page.mouse.move(cx, cy);
      for (let i = 0; i < 12; i++) {
        await page.mouse.wheel(0, i < 6 ? -240 : 240);
        await page.waitForTimeout(40);
      }
      await page.mouse.move(cx - 200, cy - 100);
      await page.mouse.down();
      for (let i = 0; i < 20; i++) await page.mouse.move(cx - 200 + i * 20, cy - 100 + i * 10);
      await page.mouse.up();
      const f = (await page.evaluate(`(() => { window.__recording = false; return window.__frames.slice(2); })()`)) as number[];
      frames = { median: quantile(f, 0.5), p95: quantile(f, 0.95), count: f.length };
      const long = (await page.evaluate('window.__long')) as { duration: number }[];
      longTasks = {
        count: long.length,
        total: long.reduce((a, b) => a + b.duration, 0),
        max: Math.max(0, ...long.map((x) => x.duration)),
      };
    }
    await page.context().close();
    await afterVisit();
  }
  return {
    graph: label,
    nodes: size.nodes,
    edges: size.edges,
    drawnNodes: drawn.nodes,
    drawnEdges: drawn.edges,
    firstPaint,
    marks,
    actions,
    frames,
    longTasks,
  };
}

/** First paints with Cytoscape's WebGL renderer, chosen as a person would (the stored preference). */
async function webglFirstPaint(browser: Browser, url: string, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(`localStorage.setItem('rolegraph:webgl', '1')`);
    await page.goto(url);
    await page.waitForSelector('.canvas[data-renderer="webgl"][data-rendered-at]', { timeout: 120_000 });
    out.push(Number(await page.locator('.canvas').getAttribute('data-rendered-at')));
    await context.close();
  }
  return out;
}

async function sigmaFirstFrame(
  browser: Browser,
  base: string,
  runs: number,
  file = 'large.json',
): Promise<{ firstFrame: number[]; error: string | null }> {
  const firstFrame: number[] = [];
  let error: string | null = null;
  for (let run = 0; run < runs; run++) {
    const page = await open(browser, `${base}sigma/index.html?graph=../${file}`);
    try {
      await page.waitForFunction('document.body.dataset.renderedAt || document.body.dataset.error', null, { timeout: 120_000 });
      const e = (await page.evaluate('document.body.dataset.error ?? null')) as string | null;
      if (e) error = e;
      else firstFrame.push(Number(await page.evaluate('document.body.dataset.renderedAt')));
    } catch (err) {
      error = (err as Error).message;
    }
    await page.context().close();
  }
  return { firstFrame, error };
}

/** Run the browser benchmark; expects a fresh `dist/` (the runner builds it). */
export async function benchBrowser(runs = 3): Promise<BrowserBench> {
  const dist = join(ROOT, 'dist');
  const out = join(ROOT, '.tmp', 'bench-site');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(dist, out, { recursive: true });
  writeFileSync(join(out, 'large.json'), JSON.stringify(layoutGraph(generateGraph(1000, 52))));
  const onet = readOnet();
  if (onet) writeFileSync(join(out, 'onet.json'), JSON.stringify(layoutGraph(onet)));
  await build({
    configFile: false,
    root: join(import.meta.dirname, 'sigma'),
    base: './',
    logLevel: 'error',
    build: { outDir: join(out, 'sigma'), emptyOutDir: true },
  });
  const server = await preview({
    configFile: false,
    root: ROOT,
    preview: { port: 0, host: '127.0.0.1' },
    build: { outDir: out },
    logLevel: 'error',
  });
  const base = server.resolvedUrls!.local[0];
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  const sigmaBrowser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS, '--enable-unsafe-swiftshader'],
  });
  try {
    const bundled = await measure(browser, base, '', 'bundled', runs);
    // the machine's speed drifts over a run: each large-graph visit is followed by a sigma visit, and
    // the ratio is taken pair by pair
    const sigma: { firstFrame: number[]; error: string | null } = { firstFrame: [], error: null };
    const large = await measure(browser, base, '?graph=./large.json', 'large', runs, async () => {
      const one = await sigmaFirstFrame(sigmaBrowser, base, 1);
      sigma.firstFrame.push(...one.firstFrame);
      sigma.error ??= one.error;
    });
    const ratios = large.firstPaint.map((t, i) => t / sigma.firstFrame[i]).filter(Number.isFinite);
    // a real occupational database, measured the same way, its visits alternating with sigma's too
    let real: BrowserBench['onet'] = null;
    if (onet) {
      const peer: { firstFrame: number[]; error: string | null } = { firstFrame: [], error: null };
      const figures = await measure(browser, base, '?graph=./onet.json', 'onet', runs, async () => {
        const one = await sigmaFirstFrame(sigmaBrowser, base, 1, 'onet.json');
        peer.firstFrame.push(...one.firstFrame);
        peer.error ??= one.error;
      });
      real = { figures, sigma: peer, ratios: figures.firstPaint.map((t, i) => t / peer.firstFrame[i]).filter(Number.isFinite) };
    }
    const webgl = {
      bundled: await webglFirstPaint(browser, base, Math.min(runs, 3)),
      large: await webglFirstPaint(browser, `${base}?graph=./large.json`, Math.min(runs, 3)),
    };
    return { bundled, large, sigma, ratios, webgl, onet: real, initialJsGzipKb: NaN };
  } finally {
    await browser.close();
    await sigmaBrowser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await benchBrowser(1), null, 1));
