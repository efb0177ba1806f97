// Large graphs stay usable: level of detail, layout in a worker, and code that loads only when used.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateGraph } from '../../scripts/bench/largeGraph';
import { layoutGraph } from '../../src/lib/layout';
import { LANDMARKS, LOD_DEFAULTS, LOD_FOCUSED, NEIGHBOURS } from '../../src/lib/view/lod';
import { ROOT } from '../helpers/build';
import { baseURL, graphDrawn, launch, openPage } from './browser';

let browser: Browser;
const big = layoutGraph(generateGraph(300, 30), { iterations: 40 });
const degree = (id: string) => big.edges.filter((e) => e.source === id || e.target === id).length;
/** The best-connected roles of `big`, best first (ties by id, as the level of detail ranks them). */
const hubs = big.nodes
  .filter((n) => n.kind === 'role')
  .sort((a, b) => degree(b.id) - degree(a.id) || (a.id < b.id ? -1 : 1))
  .slice(0, LANDMARKS);
/** The same graph with its best-connected roles laid out almost on top of each other. */
const crowded = {
  ...big,
  nodes: big.nodes.map((n) => {
    const at = hubs.findIndex((h) => h.id === n.id);
    return at < 0 ? n : { ...n, x: at * 3, y: at * 2 };
  }),
};
beforeAll(async () => {
  browser = await launch();
  writeFileSync(join(ROOT, 'dist', 'big.json'), JSON.stringify(big));
  writeFileSync(join(ROOT, 'dist', 'crowded.json'), JSON.stringify(crowded));
  const unplaced = generateGraph(150, 20, 5);
  writeFileSync(join(ROOT, 'dist', 'unplaced.json'), JSON.stringify(unplaced));
});
afterAll(async () => {
  await browser?.close();
});

type Box = { x1: number; y1: number; x2: number; y2: number };

/** Each drawn role's label, its font size on screen and its box, read from the page's Cytoscape instance. */
function roleLabels(page: Page): Promise<{ id: string; label: string; fontPx: number; box: Box }[]> {
  return page.evaluate(() => {
    const cy = (document.querySelector('.canvas') as unknown as { _cyreg: { cy: import('cytoscape').Core } })._cyreg.cy;
    return cy.nodes('[kind = "role"]').map((n) => {
      const { x1, y1, x2, y2 } = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      return {
        id: n.id(),
        // a transparent name is no name to a reader
        label: Number(n.style('text-opacity')) > 0 ? String(n.style('label') ?? '') : '',
        fontPx: parseFloat(n.renderedStyle('font-size')),
        box: { x1, y1, x2, y2 },
      };
    });
  });
}

describe('a large graph', () => {
  it('draws a level of detail, says so, reveals what is selected and can draw everything', async () => {
    const { page, errors } = await openPage(browser, '?graph=./big.json');
    const drawn = await graphDrawn(page);
    expect(drawn).toBeLessThanOrEqual(LOD_DEFAULTS.maxNodes);
    // fitted whole, the overview's names are too small to read, but for its landmark roles, and no
    // two of those overlap (a landmark whose name would cover a better-connected one's gives way)
    const readable = async () => (await roleLabels(page)).filter((r) => r.label && r.fontPx >= 11.9);
    await expect.poll(async () => (await readable()).length).toBeGreaterThanOrEqual(LANDMARKS / 2);
    const names = await readable();
    expect(names.length).toBeLessThanOrEqual(LANDMARKS);
    expect(names.map((r) => r.label)).not.toContainEqual(expect.stringContaining('more'));
    const boxes = names.map((r) => r.box);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2).toBe(false);
    await expect
      .poll(() => page.getByTestId('summary').innerText())
      .toBe(`${big.nodes.length} nodes · ${big.edges.length} relations`);
    const status = page.getByRole('status').filter({ hasText: 'Showing' });
    expect(await status.innerText()).toMatch(new RegExp(`Showing ${drawn} of ${big.nodes.length} nodes`));
    const search = page.getByRole('combobox', { name: 'Search' });
    const before = await page.locator('.canvas').boundingBox();
    // the least connected role is left out of the overview until it is looked at
    const quiet = big.nodes
      .filter((n) => n.kind === 'role')
      .sort((a, b) => degree(a.id) - degree(b.id) || (a.id < b.id ? 1 : -1))[0];
    await search.fill(quiet.label);
    await search.press('Enter');
    await page.getByRole('heading', { level: 2, name: quiet.label, exact: true }).waitFor();
    // the level of detail reveals it and the view goes to it
    await expect.poll(() => page.locator('.canvas').getAttribute('data-centred')).toBe(quiet.id);
    // with all its own edges; its neighbours' other edges only within the edge budget
    const ownDrawn = await page.evaluate((id) => {
      const cy = (document.querySelector('.canvas') as unknown as { _cyreg: { cy: import('cytoscape').Core } })._cyreg.cy;
      return cy.getElementById(id).connectedEdges().length;
    }, quiet.id);
    expect(ownDrawn).toBe(degree(quiet.id));
    expect(Number(await page.locator('.canvas').getAttribute('data-edges'))).toBeLessThanOrEqual(
      LOD_DEFAULTS.maxEdges + degree(quiet.id),
    );
    // the details lie over the canvas instead of narrowing it, so the large graph is not redrawn whole
    expect(await page.locator('.canvas').boundingBox()).toEqual(before);
    await expect
      .poll(async () => (await page.getByRole('complementary', { name: 'Details' }).boundingBox())?.width)
      .toBeGreaterThan(200);
    await page.getByRole('button', { name: 'Draw everything (slow)' }).click();
    await expect
      .poll(async () => Number(await page.locator('.canvas').getAttribute('data-nodes')), { timeout: 30_000 })
      .toBe(big.nodes.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("lets a crowded landmark's name give way to a better-connected one it would cover", async () => {
    const { page, errors } = await openPage(browser, '?graph=./crowded.json');
    await graphDrawn(page);
    const readable = async () => (await roleLabels(page)).filter((r) => r.label && r.fontPx >= 11.9);
    // the best-connected role keeps its name; the ones piled onto it give theirs up
    await expect.poll(async () => (await readable()).map((r) => r.id)).toContain(hubs[0].id);
    const names = await readable();
    expect(names.length).toBeLessThan(LANDMARKS);
    const boxes = names.map((r) => r.box);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws a selected hub with its best-connected roles and counts the others on its label', async () => {
    const hub = big.nodes.filter((n) => n.kind !== 'role').sort((a, b) => degree(b.id) - degree(a.id))[0];
    expect(degree(hub.id)).toBeGreaterThan(LOD_DEFAULTS.maxNodes * NEIGHBOURS);
    const { page, errors } = await openPage(browser, `?graph=./big.json&node=${encodeURIComponent(hub.id)}`);
    await graphDrawn(page);
    await page.getByRole('heading', { level: 2, name: hub.label, exact: true }).waitFor();
    const label = () =>
      page.evaluate((id) => {
        const cy = (document.querySelector('.canvas') as unknown as { _cyreg: { cy: import('cytoscape').Core } })._cyreg.cy;
        return String(cy.getElementById(id).data('label'));
      }, hub.id);
    await expect.poll(label).toMatch(/\+\d+ more roles$/);
    const left = Number(/\+(\d+) more roles$/.exec(await label())![1]);
    const drawnRoles = await page.evaluate((id) => {
      const cy = (document.querySelector('.canvas') as unknown as { _cyreg: { cy: import('cytoscape').Core } })._cyreg.cy;
      return cy.getElementById(id).neighborhood('node[kind = "role"]').length;
    }, hub.id);
    expect(drawnRoles + left).toBe(degree(hub.id));
    expect(Number(await page.locator('.canvas').getAttribute('data-nodes'))).toBeLessThanOrEqual(LOD_DEFAULTS.maxNodes + 1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lists a large graph in the text view a page at a time', async () => {
    const { page, errors } = await openPage(browser, '?graph=./big.json');
    await graphDrawn(page);
    await page.getByRole('button', { name: 'Text view' }).click();
    const nodes = page.getByRole('table', { name: new RegExp(`Nodes \\(${big.nodes.length}\\)`) });
    await expect.poll(() => nodes.locator('tbody tr').count()).toBe(250);
    expect(await page.getByText(`Showing 250 of ${big.nodes.length} nodes.`).count()).toBe(1);
    await page.getByRole('button', { name: 'Show 250 more nodes' }).click();
    await expect.poll(() => nodes.locator('tbody tr').count()).toBe(500);
    // the rows work as in the bundled graph: a name selects its node
    await nodes.locator('tbody tr').nth(300).getByRole('button').click();
    await page.getByRole('complementary', { name: 'Details' }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws a path with a little faded context instead of the whole overview', async () => {
    const { page, errors } = await openPage(browser, '?graph=./big.json');
    const overview = await graphDrawn(page);
    await page.getByRole('button', { name: 'Path', exact: true }).click();
    const roles = big.nodes.filter((n) => n.kind === 'role');
    await page.getByLabel('From role').selectOption({ label: roles[0].label });
    await page.getByLabel('To role').selectOption({ label: roles.at(-1)!.label });
    const list = page.getByRole('list', { name: 'Transition path' });
    await expect.poll(() => list.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
    const steps = await list.locator(':scope > li').count();
    await expect
      .poll(async () => Number(await page.locator('.canvas').getAttribute('data-nodes')))
      .toBeLessThanOrEqual(LOD_FOCUSED.maxNodes);
    expect(Number(await page.locator('.canvas').getAttribute('data-nodes'))).toBeGreaterThanOrEqual(steps);
    // fitted to a path across the whole layout, the path's roles still carry names a person can read
    const onPath = (await list.locator(':scope > li > strong').allInnerTexts()).map(
      (label) => big.nodes.find((n) => n.kind === 'role' && n.label === label)!.id,
    );
    const renderedFont = async (id: string) => (await roleLabels(page)).find((r) => r.id === id)?.fontPx ?? 0;
    for (const id of onPath) await expect.poll(() => renderedFont(id)).toBeGreaterThanOrEqual(11.9);
    // back to exploring: the overview returns
    await page.getByRole('button', { name: 'Explore', exact: true }).click();
    await expect.poll(async () => Number(await page.locator('.canvas').getAttribute('data-nodes'))).toBe(overview);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is laid out in a worker, with progress, when the file has no positions', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    // record every progress value the page shows, however briefly
    await context.addInitScript(`
      window.__progress = [];
      new MutationObserver(() => {
        const p = document.querySelector('progress');
        if (p) window.__progress.push(Number(p.value));
      }).observe(document, { subtree: true, childList: true, attributes: true });
    `);
    const page = await context.newPage();
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(new URL('?graph=./unplaced.json', baseURL()).href);
    await graphDrawn(page);
    // the page answers while the worker works
    await page.getByRole('combobox', { name: 'Search' }).fill('Role 3');
    await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(0);
    await page.getByRole('progressbar').waitFor({ state: 'detached', timeout: 60_000 });
    expect(workers.some((u) => /layout\.worker/.test(u))).toBe(true);
    const seen = (await page.evaluate('window.__progress')) as number[];
    expect(seen.length).toBeGreaterThan(0);
    await context.close();
  });
});

describe('code that loads only when used', () => {
  it("starts the graph's download before the app runs, and downloads it once", async () => {
    const { page, context } = await openPage(browser);
    // the first page has asked for everything it will (its renderer's chunk comes late on a slow machine)
    await graphDrawn(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(new URL('?graph=./big.json', baseURL()).href);
    await graphDrawn(page);
    const graph = requests.filter((p) => p.endsWith('/big.json'));
    // the renderer's chunk is what the app asks for first once it runs: the file is asked for before
    const renderer = requests.findIndex((p) => /\/assets\/mount-[^/]+\.js$/.test(p));
    expect(renderer).toBeGreaterThan(-1);
    expect(graph).toHaveLength(1);
    expect(requests.indexOf(graph[0])).toBeLessThan(renderer);
    // and the app's chunk is preloaded by index.html, not asked for only once the entry has run
    expect(await page.locator('link[rel="modulepreload"][href*="/boot-"]').count()).toBe(1);
    expect(await page.getByTestId('summary').innerText()).toContain(`${big.nodes.length} nodes`);
    await context.close();
  });

  it('fetches the export and fCoSE chunks only when asked for', async () => {
    const { page, context } = await openPage(browser);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.reload();
    await graphDrawn(page);
    expect(requests.some((p) => /\/assets\/export-/.test(p))).toBe(false);
    expect(requests.some((p) => /\/assets\/cytoscape-fcose-/.test(p))).toBe(false);
    await page.getByText('Export', { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'GEXF (Gephi)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('rolegraph.gexf');
    expect(requests.some((p) => /\/assets\/export-/.test(p))).toBe(true);
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('fcose');
    await expect.poll(() => requests.some((p) => /\/assets\/cytoscape-fcose-/.test(p))).toBe(true);
    await context.close();
  });
});
