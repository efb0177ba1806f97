import { chromium } from 'playwright-core';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
await cdp.send('Profiler.start');
await page.goto('http://localhost:4173/' + process.argv[2]);
await page.waitForSelector('.canvas[data-rendered-at]', { timeout: 60000 });
console.log('rendered at', await page.locator('.canvas').getAttribute('data-rendered-at'));
if (process.argv[3] === 'path') {
  await page.getByRole('button', { name: 'Path', exact: true }).click();
  await page.waitForTimeout(1500);
  await cdp.send('Profiler.stop');
  await cdp.send('Profiler.start');
  await page.getByLabel('From role').selectOption({ index: 1 });
  await page.getByLabel('To role').selectOption({ index: 3 });
  await page.waitForSelector('ol[aria-label="Transition path"]');
  await page.waitForTimeout(300);
}
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const selfT = new Map();
profile.samples.forEach((s, i) => selfT.set(s, (selfT.get(s) || 0) + (profile.timeDeltas[i] || 0)));
const incl = new Map();
for (const [id, t] of selfT) {
  const seen = new Set();
  let cur = id;
  while (cur !== undefined) {
    const n = byId.get(cur);
    const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    if (!seen.has(k)) {
      seen.add(k);
      incl.set(k, (incl.get(k) || 0) + t);
    }
    cur = parent.get(cur);
  }
}
[...incl]
  .filter(([k]) => !/^\((root|program|idle)/.test(k))
  .sort((a, b) => b[1] - a[1])
  .slice(0, 40)
  .forEach(([k, t]) => console.log((t / 1000).toFixed(0).padStart(6), k));
await browser.close();
