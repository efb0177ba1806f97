/** Real Chromium for browser tests: Debian's build, driven by playwright-core. */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium';

/** Where screenshots are kept as test artifacts. */
export const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

/** Launch headless Chromium with the flags this machine needs. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
  });
}

/** The app's base URL. */
export function baseURL(): string {
  return inject('baseURL');
}

/** A new page that records console errors and uncaught exceptions; `init` runs before the page's own scripts. */
export async function openPage(
  browser: Browser,
  path = '',
  options: { width?: number; height?: number; dark?: boolean; init?: string } = {},
) {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1400, height: options.height ?? 900 },
    colorScheme: options.dark ? 'dark' : 'light',
  });
  const page = await context.newPage();
  if (options.init) await page.addInitScript(options.init);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(new URL(path, baseURL()).href);
  return { page, errors, context };
}

/** Wait until the canvas has drawn the graph. */
export async function graphDrawn(page: Page): Promise<number> {
  await page.waitForSelector('.canvas[data-nodes]');
  return Number(await page.locator('.canvas').getAttribute('data-nodes'));
}

/** Save a screenshot for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/** Run axe-core in the page; returns serious and critical violations. */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string; nodes: number; help: string }[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            o: object,
          ) => Promise<{ violations: { id: string; impact: string; nodes: unknown[]; help: string }[] }>;
        };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The bundled graph as served. */
export function bundledGraph(): { nodes: { id: string; kind: string; label: string }[]; edges: unknown[] } {
  return JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'dist', 'graph.json'), 'utf8'));
}
