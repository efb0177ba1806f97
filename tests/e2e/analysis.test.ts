// Comparing roles and finding a transition path, driven through their labelled controls.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphDrawn, launch, openPage, screenshot } from './browser';

let browser: Browser;

/** The viewport, and whether the path's highlighted nodes lie on the canvas, with their names' size on screen. */
function pathView(page: Page) {
  return page.evaluate(() => {
    const cy = (document.querySelector('.canvas') as unknown as { _cyreg: { cy: import('cytoscape').Core } })._cyreg.cy;
    const path = cy.nodes('.highlight');
    const inView = path
      .map((n) => n.renderedPosition())
      .every(({ x, y }) => x >= 0 && y >= 0 && x <= cy.width() && y <= cy.height());
    return {
      zoom: cy.zoom(),
      pan: cy.pan(),
      count: path.length,
      inView,
      fontPx: path.map((n) => parseFloat(n.renderedStyle('font-size'))),
    };
  });
}
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('compare roles', () => {
  it('lists what Data Scientist and Machine Learning Engineer share and highlights it', async () => {
    const { page, errors } = await openPage(browser);
    await graphDrawn(page);
    await page.getByRole('button', { name: 'Compare' }).click();
    const group = page.getByRole('group', { name: /Compare/ });
    await group.getByRole('checkbox', { name: 'Data Scientist' }).check();
    await group.getByRole('checkbox', { name: 'Machine Learning Engineer' }).check();
    const shared = page.getByRole('list', { name: /Shared by all/ });
    await expect.poll(() => shared.innerText()).toMatch(/Python/);
    const text = await shared.innerText();
    for (const t of ['Python', 'TensorFlow', 'PyTorch', 'scikit-learn']) expect(text).toContain(t);
    expect(await page.getByRole('table').first().innerText()).toMatch(/0\.\d\d/);
    await expect
      .poll(() => new URL(page.url()).searchParams.get('compare'))
      .toBe('role:data-scientist,role:machine-learning-engineer');
    await screenshot(page, 'compare');
    await page.reload();
    await expect.poll(() => page.getByRole('list', { name: /Shared by all/ }).innerText()).toMatch(/PyTorch/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('transition path', () => {
  it('finds Data Analyst → Machine Learning Engineer with what to learn and the evidence', async () => {
    const { page, errors } = await openPage(browser);
    await graphDrawn(page);
    await page.getByRole('button', { name: 'Path', exact: true }).click();
    await page.getByLabel('From role').selectOption({ label: 'Data Analyst' });
    await page.getByLabel('To role').selectOption({ label: 'Machine Learning Engineer' });
    const list = page.getByRole('list', { name: 'Transition path' });
    await expect.poll(() => list.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
    const items = list.locator(':scope > li');
    expect(await items.first().innerText()).toMatch(/^Data Analyst/);
    expect(await items.last().innerText()).toMatch(/^Machine Learning Engineer/);
    expect(await list.innerText()).toMatch(/learn .*PyTorch|PyTorch/);
    expect(await list.innerText()).toMatch(/The documents say: “.*Data Analyst/);
    await screenshot(page, 'path');

    // documented-only mode and "already have" change the answer live
    const before = await page.getByRole('status').filter({ hasText: 'to learn' }).innerText();
    await page.getByText('I already have these skills/tools').click();
    await page.getByRole('group', { name: 'I already have' }).getByRole('checkbox', { name: 'Python' }).check();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'to learn' }).innerText()).not.toBe(before);
    await page.getByRole('radio', { name: 'Documented transitions only' }).check();
    await expect.poll(() => items.count()).toBeGreaterThanOrEqual(2);
    await expect.poll(() => new URL(page.url()).searchParams.get('mode')).toBe('documented');

    // swap: no documented move leads back to Data Analyst, and the app says why
    await page.getByRole('button', { name: 'Swap From and To' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'No path' }).innerText())
      .toMatch(/No documented transition reaches this role/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('moves the view to a path only when part of it is off screen', async () => {
    const { page, errors } = await openPage(browser);
    await graphDrawn(page);
    const view = async () => {
      const { zoom, pan, count, inView } = await pathView(page);
      return { zoom, pan, count, inView };
    };
    await page.getByRole('button', { name: 'Path', exact: true }).click();
    await page.waitForTimeout(300);
    const start = await view();
    await page.getByLabel('From role').selectOption({ label: 'Data Analyst' });
    await page.getByLabel('To role').selectOption({ label: 'Machine Learning Engineer' });
    await expect.poll(async () => (await view()).count).toBeGreaterThan(2);
    await page.waitForTimeout(400);
    // the whole graph was in view: what the person looked at stays where it was
    expect(await view()).toEqual({ ...start, count: expect.any(Number), inView: true });

    // zoomed in on one corner, a new path is brought into view
    await page.evaluate(() => {
      const cy = (document.querySelector('.canvas') as unknown as { _cyreg: { cy: import('cytoscape').Core } })._cyreg.cy;
      const { x1, y1 } = cy.elements().boundingBox();
      cy.viewport({ zoom: 3, pan: { x: -3 * x1 + 10, y: -3 * y1 + 10 } });
    });
    expect((await view()).inView).toBe(false);
    await page.getByLabel('To role').selectOption({ label: 'Data Scientist' });
    await expect.poll(async () => (await view()).inView).toBe(true);
    expect((await view()).zoom).toBeLessThan(3);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('brings a path closer when its names would be too small to draw', async () => {
    const { page, errors } = await openPage(browser);
    await graphDrawn(page);
    const view = () => pathView(page);
    // the whole graph small in the middle of the canvas: every node on screen, no name drawn
    await page.evaluate(() => {
      const cy = (document.querySelector('.canvas') as unknown as { _cyreg: { cy: import('cytoscape').Core } })._cyreg.cy;
      cy.zoom({ level: 0.3, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    });
    await page.getByRole('button', { name: 'Path', exact: true }).click();
    await page.getByLabel('From role').selectOption({ label: 'Data Analyst' });
    await page.getByLabel('To role').selectOption({ label: 'Machine Learning Engineer' });
    await expect.poll(async () => (await view()).count).toBeGreaterThan(2);
    await expect.poll(async () => (await view()).zoom).toBeGreaterThan(0.3);
    const after = await view();
    expect(after.inView).toBe(true);
    // the path's names are drawn, at no more than their own size
    expect(Math.min(...after.fontPx)).toBeGreaterThanOrEqual(7);
    expect(after.zoom).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('restores a path from a shared link and exports the study plan', async () => {
    const { page, context } = await openPage(browser, '?from=role:data-scientist&to=role:machine-learning-engineer');
    await graphDrawn(page);
    const list = page.getByRole('list', { name: 'Transition path' });
    await expect.poll(() => list.locator(':scope > li').count()).toBe(2);
    expect(await list.innerText()).toMatch(/documented/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export study plan (Markdown)' }).click(),
    ]);
    const md = readFileSync((await download.path())!, 'utf8');
    expect(md).toMatch(/^# Study plan: Data Scientist → Machine Learning Engineer/);
    expect(md).toMatch(/- \[ \] /);
    expect(md).toMatch(/CAN TRANSITION INTO A MACHINE LEARNING ENGINEER/);
    await context.close();
  });
});
