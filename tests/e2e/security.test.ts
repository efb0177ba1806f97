// Text from documents stays text; the built page runs under a strict CSP; other sites' graphs need
// the person's consent.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/extract/build';
import { layoutGraph } from '../../src/lib/layout';
import { lexicon, ROOT } from '../helpers/build';
import { PAYLOADS } from '../helpers/hostile';
import { graphDrawn, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  // a graph built from script-laden documents, served beside the app
  const text = [
    `# ${PAYLOADS[0]} Careers`,
    '',
    `## What is a Web Security Engineer? ${PAYLOADS[1]}`,
    '',
    `Web Security Engineers use tools like Burp Suite and OWASP ZAP. ${PAYLOADS[2]}`,
    '',
    `- **Web Security Engineers:** they collaborate with Backend Developers ${PAYLOADS[1]}.`,
  ].join('\n');
  const { graph } = buildGraph([{ file: `<img src=x onerror=window.__pwned=9>.md`, text }], lexicon());
  writeFileSync(join(ROOT, 'dist', 'hostile-graph.json'), JSON.stringify(layoutGraph(graph)));
});
afterAll(async () => {
  await browser?.close();
});

async function injected(page: import('playwright-core').Page) {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
    elements: document.querySelectorAll('script:not([src]), img[onerror], svg[onload], [onclick], [onmouseover], [onerror]')
      .length,
  }));
}

describe('hostile text in the explorer', () => {
  it('shows labels, quotes and titles as text, and runs nothing', async () => {
    const { page, errors } = await openPage(browser, '?graph=./hostile-graph.json');
    await graphDrawn(page);
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('web security');
    await search.press('Enter');
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.innerText()).toMatch(/Web Security Engineer/);
    expect(await details.innerText()).toContain('<img src=x onerror=');
    for (const d of await details.locator('details').all()) await d.locator('summary').click();
    await page.locator('.canvas').hover({ position: { x: 300, y: 300 } });
    await page.getByRole('button', { name: 'Text view' }).click();
    await page.getByText('Export', { exact: true }).click();
    expect(await injected(page)).toEqual({ pwned: null, elements: 0 });
    expect(await page.title()).toBe('Web Security Engineer · rolegraph');
    expect(errors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
    await page.context().close();
  });
});

describe('content security policy', () => {
  it('is strict and the app works under it', async () => {
    const { page, errors } = await openPage(
      browser,
      '?node=role:data-scientist&compare=role:data-scientist,role:machine-learning-engineer',
    );
    await graphDrawn(page);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/style-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.getByRole('heading', { name: /Similarity/ }).waitFor();
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('fcose');
    await page.waitForTimeout(500);
    // an inline script injected into the page is refused
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.body.appendChild(s);
    });
    expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline ?? null)).toBeNull();
    expect(errors.filter((e) => !/(Executing|execute) inline script/.test(e))).toEqual([]);
    await page.context().close();
  });
});

describe('graphs from other sites', () => {
  it('are only fetched after the person confirms', async () => {
    const { page, context } = await openPage(browser);
    await graphDrawn(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.once('dialog', (d) => void d.dismiss());
    await page.goto(new URL('?graph=https://graphs.example.invalid/g.json', page.url()).href);
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toMatch(/graphs from other sites are only opened after you confirm/);
    expect(requests.filter((u) => new URL(u).hostname.endsWith('example.invalid'))).toEqual([]);
    expect(await graphDrawn(page)).toBeGreaterThan(10);
    await context.close();
  });
});
