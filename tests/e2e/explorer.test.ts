// The explorer as a person uses it, in real Chromium against the built app.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, bundledGraph, graphDrawn, launch, openPage, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const graph = bundledGraph();
const count = (kind: string) => graph.nodes.filter((n) => n.kind === kind).length;

describe('the explorer', () => {
  it('draws every node of the bundled graph and counts each kind in the legend', async () => {
    const { page, errors } = await openPage(browser);
    expect(await graphDrawn(page)).toBe(graph.nodes.length);
    expect(Number(await page.locator('.canvas').getAttribute('data-edges'))).toBe(graph.edges.length);
    for (const kind of ['role', 'skill', 'tool', 'education']) {
      await expect
        .poll(() => page.getByTestId(`count-${kind}`).innerText())
        .toMatch(new RegExp(`^${count(kind)}\\s*/\\s*${count(kind)}$`));
    }
    await expect
      .poll(() => page.getByTestId('summary').innerText())
      .toBe(`${graph.nodes.length} nodes · ${graph.edges.length} relations`);
    await screenshot(page, 'explorer-light');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('sets every name clear of other nodes and names, and nothing under the canvas controls', async () => {
    const { page, errors } = await openPage(browser);
    await graphDrawn(page);
    // boxes on screen, as Cytoscape measures the names it drew
    const drawn = () =>
      page.evaluate(() => {
        const canvas = document.querySelector('.canvas') as HTMLElement & { _cyreg: { cy: import('cytoscape').Core } };
        const { cy } = canvas._cyreg;
        const onScreen = ({ x1, y1, x2, y2 }: { x1: number; y1: number; x2: number; y2: number }) => {
          const z = cy.zoom();
          const p = cy.pan();
          return { x1: x1 * z + p.x, y1: y1 * z + p.y, x2: x2 * z + p.x, y2: y2 * z + p.y };
        };
        const controls = document.querySelector('.canvas-controls')!.getBoundingClientRect();
        const origin = canvas.getBoundingClientRect();
        return {
          controls: {
            x1: controls.left - origin.left,
            y1: controls.top - origin.top,
            x2: controls.right - origin.left,
            y2: controls.bottom - origin.top,
          },
          nodes: cy.nodes().map((n) => ({
            label: String(n.data('label')),
            name: onScreen(n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true })),
            body: onScreen(n.boundingBox({ includeNodes: true, includeEdges: false, includeLabels: false })),
          })),
        };
      });
    type Box = { x1: number; y1: number; x2: number; y2: number };
    // a pixel of anti-aliasing is not an overlap
    const over = (a: Box, b: Box) => a.x1 + 1 < b.x2 && b.x1 + 1 < a.x2 && a.y1 + 1 < b.y2 && b.y1 + 1 < a.y2;
    const { nodes, controls } = await drawn();
    expect(nodes.length).toBe(graph.nodes.length);
    const clashes: string[] = [];
    for (const a of nodes)
      for (const b of nodes) {
        if (a === b) continue;
        if (over(a.name, b.name) && a.label < b.label) clashes.push(`${a.label} / ${b.label}`);
        if (over(a.name, b.body)) clashes.push(`${a.label} on ${b.label}`);
      }
    expect(clashes).toEqual([]);
    expect(nodes.filter((n) => over(n.name, controls) || over(n.body, controls)).map((n) => n.label)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the whole graph in its first frame, as in the frames after it', async () => {
    // the first frame is drawn straight onto the canvas and later ones from Cytoscape's cached
    // textures: count the drawn pixels the moment the first frame is marked, and again once it settled
    const inked = `(() => {
      let n = 0;
      for (const c of document.querySelectorAll('.canvas canvas')) {
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
      }
      return n;
    })()`;
    const { page, errors } = await openPage(browser, '', {
      init: `new MutationObserver((records, observer) => {
        if (!document.querySelector('.canvas[data-rendered-at]')) return;
        observer.disconnect();
        window.__firstFrameInk = ${inked};
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-rendered-at'] });`,
    });
    await graphDrawn(page);
    await expect.poll(() => page.evaluate('window.__firstFrameInk ?? null')).not.toBeNull();
    const first = (await page.evaluate('window.__firstFrameInk')) as number;
    await page.waitForTimeout(1000);
    const settled = (await page.evaluate(inked)) as number;
    expect(settled).toBeGreaterThan(50_000);
    expect(Math.abs(first - settled) / settled).toBeLessThan(0.03);
    // and the canvas still answers afterwards: zooming in redraws it
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => page.evaluate(inked)).not.toBe(settled);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws a node dragged right after the first frame as it moves, and leaves it where it is dropped', async () => {
    // the first frame leaves the layer dragged nodes are drawn on untouched: the first drag must draw there
    const { page, errors } = await openPage(browser);
    await graphDrawn(page);
    const where = `(() => {
      const el = document.querySelector('.canvas');
      const node = el._cyreg.cy.getElementById('role:data-engineer');
      const box = el.getBoundingClientRect();
      return { x: box.left + node.renderedPosition().x, y: box.top + node.renderedPosition().y, w: box.width, h: box.height, left: box.left, top: box.top };
    })()`;
    const dragInk = `(() => {
      const c = document.querySelector('.canvas canvas[data-id="layer1-drag"]');
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
      return n;
    })()`;
    const from = (await page.evaluate(where)) as { x: number; y: number; w: number; h: number; left: number; top: number };
    // to the emptiest corner of the canvas, away from where it was
    const to = { x: from.left + (from.x - from.left < from.w / 2 ? from.w - 40 : 40), y: from.top + 40 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
    await page.mouse.move(to.x, to.y, { steps: 4 });
    await expect.poll(() => page.evaluate(dragInk)).toBeGreaterThan(200);
    await page.mouse.up();
    const dropped = (await page.evaluate(where)) as { x: number; y: number };
    expect(Math.hypot(dropped.x - to.x, dropped.y - to.y)).toBeLessThan(10);
    // once dropped it is drawn with the others again, at its new place: the node layer has its colour there
    await expect
      .poll(() =>
        page.evaluate(`(() => {
          const el = document.querySelector('.canvas');
          const c = el.querySelector('canvas[data-id="layer2-node"]');
          const ratio = c.width / el.getBoundingClientRect().width;
          const p = el._cyreg.cy.getElementById('role:data-engineer').renderedPosition();
          const [r, g, b, a] = c.getContext('2d').getImageData(Math.round(p.x * ratio), Math.round(p.y * ratio), 1, 1).data;
          return a > 0 && b > r && b > g;
        })()`),
      )
      .toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('searches with a typo, selects the node, centres it and shows a real evidence quote', async () => {
    const { page } = await openPage(browser);
    await graphDrawn(page);
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('pytorh');
    const option = page.getByRole('option', { name: /PyTorch/ });
    await expect.poll(() => option.count()).toBe(1);
    await search.press('ArrowDown');
    await search.press('Enter');
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.getByRole('heading', { level: 2 }).innerText()).toBe('PyTorch');
    const text = await details.innerText();
    expect(text).toMatch(/Used by roles/);
    expect(text).toContain('DEEP UNDERSTANDING OF MACHINE LEARNING FRAMEWORKS LIKE TENSORFLOW, PYTORCH, AND SCIKIT-LEARN');
    expect(text).toMatch(/Data Science Vs Machine Learning Engineer, line 53/);
    // a connection's quotes are drawn when it is opened
    const first = details.locator('ul.connections details').first();
    expect(await first.locator('blockquote').count()).toBe(0);
    await first.locator('summary').click();
    await expect.poll(() => first.locator('blockquote').count()).toBeGreaterThan(0);
    expect(await first.locator('cite').first().innerText()).toMatch(/, line \d+$/);
    await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe('tool:pytorch');
    await screenshot(page, 'explorer-selected');
    await page.keyboard.press('Escape');
    await expect.poll(() => details.count()).toBe(0);
    await page.context().close();
  });

  it('changes the counts and the canvas when a kind is filtered out', async () => {
    const { page } = await openPage(browser);
    const all = await graphDrawn(page);
    await page.getByRole('checkbox', { name: /Tools/ }).uncheck();
    await expect.poll(() => page.getByTestId('count-tool').innerText()).toMatch(/^0\s*\//);
    await expect.poll(async () => Number(await page.locator('.canvas').getAttribute('data-nodes'))).toBe(all - count('tool'));
    await expect.poll(() => new URL(page.url()).searchParams.get('kinds')).toBe('role,skill,education');
    await page.getByRole('checkbox', { name: /transitions to/ }).uncheck();
    await page.getByRole('checkbox', { name: /Tools/ }).check();
    await expect.poll(() => page.getByTestId('count-tool').innerText()).toMatch(new RegExp(`^${count('tool')}`));
    await page.context().close();
  });

  it('restores a shared view from its URL, and back and forward walk through views', async () => {
    const { page } = await openPage(browser, '?node=role:data-analyst&focus=1&kinds=role,skill,tool');
    await graphDrawn(page);
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.getByRole('heading', { level: 2 }).innerText()).toBe('Data Analyst');
    await expect.poll(() => page.getByRole('button', { name: '1 hop' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.getByRole('checkbox', { name: /Education/ }).isChecked()).toBe(false);
    const focused = Number(await page.locator('.canvas').getAttribute('data-nodes'));
    expect(focused).toBeGreaterThan(1);
    expect(focused).toBeLessThan(graph.nodes.length);
    await page.reload();
    await expect.poll(() => details.getByRole('heading', { level: 2 }).innerText()).toBe('Data Analyst');
    await page.getByRole('button', { name: 'Whole graph' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('focus')).toBe(null);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('focus')).toBe('1');
    await expect.poll(() => page.getByRole('button', { name: '1 hop' }).getAttribute('aria-pressed')).toBe('true');
    await page.context().close();
  });

  it('drops unknown ids from a link with a notice instead of failing', async () => {
    const { page, errors } = await openPage(browser, '?node=role:astronaut&kinds=role,planet&min=abc');
    await graphDrawn(page);
    const status = page.getByRole('status').filter({ hasText: 'ignored' });
    await expect.poll(() => status.innerText()).toMatch(/role:astronaut.*not in this graph/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the bundled graph and shows an alert when ?graph= points to a broken file', async () => {
    const { page } = await openPage(browser, '?graph=./index.html');
    await graphDrawn(page);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toMatch(/index\.html: the server sent a web page, not a graph file/);
    expect(await graphDrawn(page)).toBe(graph.nodes.length);
    await page.goto(new URL('?graph=./missing.json', page.url()).href);
    // a static server answers 404, Vite's preview answers with the app's page: both are named
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toMatch(/missing\.json: (could not load the graph \(HTTP 404\)|the server sent a web page)/);
    expect(await graphDrawn(page)).toBe(graph.nodes.length);
    await page.context().close();
  });

  it('opens another graph from the file picker and rejects an invalid one with a clear message', async () => {
    const { page, errors } = await openPage(browser);
    await graphDrawn(page);
    const small = {
      format: 'rolegraph',
      version: 1,
      documents: [{ id: 'd', file: 'd.md', title: 'D', lines: 1 }],
      nodes: [
        {
          id: 'role:pilot',
          kind: 'role',
          label: 'Pilot',
          aliases: [],
          support: { statements: 1, documents: 1 },
          evidence: [{ document: 'd', line: 1, quote: 'Pilots fly.' }],
        },
      ],
      edges: [],
    };
    const input = page.getByLabel('Open a rolegraph JSON file');
    await input.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...small, version: 9 })),
    });
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/bad\.json.*unsupported format version 9/);
    expect(await graphDrawn(page)).toBe(graph.nodes.length);
    // a file the schema rejects is described field by field, under the page's no-eval policy
    const noEvidence = { ...small, nodes: [{ ...small.nodes[0], evidence: [] }] };
    await input.setInputFiles({
      name: 'worse.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(noEvidence)),
    });
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toMatch(/worse\.json: not a valid rolegraph file: nodes\.0\.evidence: must not have fewer than 1 items/);
    expect(await graphDrawn(page)).toBe(graph.nodes.length);
    expect(errors).toEqual([]);
    await input.setInputFiles({ name: 'small.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(small)) });
    await expect.poll(async () => Number(await page.locator('.canvas').getAttribute('data-nodes'))).toBe(1);
    await page.context().close();
  });

  it('lists the filtered graph in the text view, operable by keyboard', async () => {
    const { page } = await openPage(browser);
    await graphDrawn(page);
    await page.getByRole('button', { name: 'Text view' }).click();
    const nodes = page.getByRole('table', { name: /Nodes/ });
    await expect.poll(() => nodes.getByRole('row').count()).toBe(graph.nodes.length + 1);
    const button = nodes.getByRole('button', { name: 'Data Engineer', exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }).innerText())
      .toBe('Data Engineer');
    expect(await page.getByRole('table', { name: /Relations/ }).innerText()).toMatch(/Data Engineer\s+uses tool\s+BigQuery/);
    await screenshot(page, 'explorer-text-view');
    await page.context().close();
  });

  it('draws with the WebGL renderer when asked, picks nodes there, exports and remembers the choice', async () => {
    const { page, errors } = await openPage(browser);
    await graphDrawn(page);
    expect(await page.locator('.canvas').getAttribute('data-renderer')).toBe('canvas');
    await page.getByRole('checkbox', { name: 'WebGL' }).check();
    await page.waitForSelector('.canvas[data-renderer="webgl"][data-rendered-at]');
    expect(await graphDrawn(page)).toBe(graph.nodes.length);
    // a click on a node's place on the canvas selects it: the WebGL renderer drew and picked it
    const role = await page.evaluate(() => {
      const el = document.querySelector('.canvas') as HTMLElement & { _cyreg: { cy: import('cytoscape').Core } };
      const node = el._cyreg.cy.getElementById('role:data-engineer');
      const box = el.getBoundingClientRect();
      return {
        label: node.data('label') as string,
        x: box.left + node.renderedPosition().x,
        y: box.top + node.renderedPosition().y,
      };
    });
    await page.waitForTimeout(300);
    await page.mouse.click(role.x, role.y);
    await expect.poll(() => page.locator('#details-title').textContent()).toBe(role.label);
    await page.getByText('Export', { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Image (PNG)' }).click(),
    ]);
    expect(
      readFileSync((await download.path())!)
        .subarray(1, 4)
        .toString('latin1'),
    ).toBe('PNG');
    await page.reload();
    await page.waitForSelector('.canvas[data-renderer="webgl"][data-rendered-at]');
    await page.getByRole('checkbox', { name: 'WebGL' }).uncheck();
    await page.waitForSelector('.canvas[data-renderer="canvas"][data-rendered-at]');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws with the canvas, and says so, when WebGL was chosen but the browser has no WebGL 2', async () => {
    const { page, errors } = await openPage(browser, '', {
      init: `localStorage.setItem('rolegraph:webgl', '1');
        const getContext = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
          return type === 'webgl2' ? null : getContext.call(this, type, ...rest);
        };`,
    });
    expect(await graphDrawn(page)).toBe(graph.nodes.length);
    expect(await page.locator('.canvas').getAttribute('data-renderer')).toBe('canvas');
    expect(await page.getByRole('checkbox', { name: 'WebGL' }).isChecked()).toBe(true);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'not available here' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('has no serious or critical accessibility violations, in light and dark themes', async () => {
    for (const dark of [false, true]) {
      const { page } = await openPage(browser, '?node=role:data-scientist', { dark });
      await graphDrawn(page);
      await page.getByRole('complementary', { name: 'Details' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      if (dark) await screenshot(page, 'explorer-dark');
      await page.getByRole('button', { name: 'Text view' }).click();
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('keeps the comparison and path panels accessible too', async () => {
    for (const [query, ready] of [
      [
        '?compare=role:data-scientist,role:machine-learning-engineer,role:data-engineer',
        'Similarity (Jaccard over skills and tools)',
      ],
      ['?from=role:data-analyst&to=role:machine-learning-engineer', /^Learn \(\d+\)$/],
    ] as const) {
      for (const dark of [false, true]) {
        const { page } = await openPage(browser, query, { dark });
        await graphDrawn(page);
        await page.getByRole('heading', { name: ready }).first().waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await page.context().close();
      }
    }
  });
});

describe('exports and drag and drop', () => {
  it('exports the filtered view as rolegraph JSON, GraphML and PNG', async () => {
    const { page, context } = await openPage(browser, '?kinds=role,tool');
    await graphDrawn(page);
    const exported = async (name: string) => {
      await page.getByText('Export', { exact: true }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name, exact: true }).click(),
      ]);
      return { file: download.suggestedFilename(), body: readFileSync((await download.path())!) };
    };
    const json = await exported('rolegraph JSON');
    expect(json.file).toBe('rolegraph.json');
    const sub = JSON.parse(json.body.toString('utf8'));
    expect(sub.nodes.length).toBe(count('role') + count('tool'));
    expect(sub.nodes.every((n: { kind: string }) => n.kind === 'role' || n.kind === 'tool')).toBe(true);
    const graphml = await exported('GraphML');
    expect(graphml.body.toString('utf8')).toMatch(/^<\?xml[^>]*>\s*<graphml xmlns="http:\/\/graphml\.graphdrawing\.org\/xmlns"/);
    expect(graphml.body.toString('utf8')).toContain('<node id="tool:pytorch">');
    const png = await exported('Image (PNG)');
    expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');
    await context.close();
  });

  it('opens a graph file dropped on the page', async () => {
    const { page } = await openPage(browser);
    await graphDrawn(page);
    const small = JSON.stringify({
      format: 'rolegraph',
      version: 1,
      documents: [{ id: 'd', file: 'd.md', title: 'D', lines: 1 }],
      nodes: ['Pilot', 'Navigator'].map((label) => ({
        id: `role:${label.toLowerCase()}`,
        kind: 'role',
        label,
        aliases: [],
        support: { statements: 1, documents: 1 },
        evidence: [{ document: 'd', line: 1, quote: `${label}s fly.` }],
      })),
      edges: [],
    });
    const dataTransfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      return dt;
    }, small);
    await page.dispatchEvent('body', 'dragover', { dataTransfer });
    await page.dispatchEvent('body', 'drop', { dataTransfer });
    await expect.poll(async () => Number(await page.locator('.canvas').getAttribute('data-nodes'))).toBe(2);
    expect(await page.getByRole('status').filter({ hasText: 'Opened' }).innerText()).toMatch(/Opened dropped\.json/);
    await page.context().close();
  });
});

describe('a narrow screen', () => {
  it('stacks controls, canvas and details without sideways scrolling', async () => {
    const { page, context } = await openPage(browser, '?node=role:data-engineer', { width: 420, height: 800 });
    await graphDrawn(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await page.getByRole('heading', { level: 2, name: 'Data Engineer' }).scrollIntoViewIfNeeded();
    expect(await page.getByRole('heading', { level: 2, name: 'Data Engineer' }).isVisible()).toBe(true);
    await screenshot(page, 'explorer-narrow');
    await context.close();
  });
});
