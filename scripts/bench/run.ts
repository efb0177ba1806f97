/**
 * `npm run bench`: runs the build, algorithm and browser benchmarks, prints the figures and writes
 * them with the method and the machine to BENCHMARKS.md. `-- --only build,algorithms,browser` picks.
 */
import { execSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_PATH } from '../chromium';
import { benchAlgorithms, type AlgoRow } from './algorithms';
import { benchBrowser, type BrowserBench } from './browser';
import { benchBuild, type BuildBench } from './build';
import { readOnet } from './onet';
import { ms, quantile } from './stats';

const ROOT = join(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: { only: { type: 'string', default: 'build,algorithms,browser' }, runs: { type: 'string', default: '3' } },
});
const only = new Set(values.only.split(','));
const runs = Number(values.runs);

/** What the O*NET rows are, where the reference data is on the machine. */
const ONET_NOTE = `The O*NET 29.3 rows use a real occupational database instead of a generated one (the subset in
\`../shared/data/onet/\`, CC BY 4.0, USDOL/ETA; read from there by \`scripts/bench/onet.ts\`, never copied into
the project): 1,016 occupations as roles, skills and knowledge areas rated important (3 of 5 or more) as
required skills, 8,775 technology examples as tools, the most reported required level of education, and
the first tier of related occupations as transitions. Its popularity is long-tailed as real data is
(Microsoft Excel is used by 859 occupations, active listening required by 817).
`;
const ONET_MISSING = `(The O*NET reference data was not on this machine, so no O*NET rows were measured.)
`;

/** Each browser target with its figure, met or not. */
function verdicts(b: BrowserBench, kb: number): string {
  const med = (xs: number[]) => quantile(xs, 0.5);
  const worstAction = Math.max(...Object.values(b.bundled.actions).map(med));
  const ratio = med(b.ratios);
  const rows: [string, boolean][] = [
    [`bundled first paint ≤ 500 ms (${ms(med(b.bundled.firstPaint))})`, med(b.bundled.firstPaint) <= 500],
    [`bundled actions ≤ 100 ms (slowest ${ms(worstAction)})`, worstAction <= 100],
    [`large first paint ≤ 2,000 ms (${ms(med(b.large.firstPaint))})`, med(b.large.firstPaint) <= 2000],
    [`large first paint no slower than sigma (${ratio.toFixed(2)}×)`, ratio <= 1],
    [`large From/To ≤ 300 ms (${ms(med(b.large.actions.path))})`, med(b.large.actions.path) <= 300],
    [`large pan/zoom frame ≤ 50 ms (${ms(b.large.frames.median)})`, b.large.frames.median <= 50],
    [`initial JavaScript ≤ 200 kB (${kb.toFixed(1)})`, kb <= 200],
  ];
  return rows.map(([what, met]) => `${what} — **${met ? 'met' : 'not met'}**`).join('; ');
}

function machine(): string {
  let chromium = 'n/a';
  try {
    chromium = execSync(`${CHROMIUM_PATH} --version`, { encoding: 'utf8' }).trim();
  } catch {
    /* not installed: the browser section says so */
  }
  return `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromium} (headless, --disable-gpu, software rendering)`;
}

/**
 * Gzip size of the JavaScript the page loads before it first paints: the scripts and module preloads
 * index.html names, what they import statically, and the page entry's own dynamic import of the app
 * (Vite lists its files in __vite__mapDeps). `withRenderer` adds the Cytoscape chunk the app asks
 * for as soon as it runs, fetched while the graph downloads and needed for the graph's first frame.
 */
function initialJs(withRenderer = false): number {
  const dist = join(ROOT, 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const seen = new Set<string>();
  const scripts = [...html.matchAll(/<script[^>]+src="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link[^>]+href="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const queue = [...scripts, ...preloads];
  let total = 0;
  while (queue.length) {
    const f = queue.shift()!;
    if (seen.has(f)) continue;
    seen.add(f);
    const code = readFileSync(join(dist, f), 'utf8');
    total += gzipSync(code).length;
    for (const m of code.matchAll(/^import[^'"]*['"]\.\/([^'"]+\.js)['"]/gm)) queue.push(`assets/${m[1]}`);
    const dynamic = [...code.matchAll(/["']\.\/([^"']+\.js)["']/g)].map((m) => `assets/${m[1]}`);
    if (scripts.includes(f)) queue.push(...dynamic);
    else if (withRenderer) queue.push(...dynamic.filter((d) => /\/mount-[^/]+\.js$/.test(d)));
  }
  return total / 1024;
}

const sections: string[] = [];
const rows = (xs: number[]) => `${ms(quantile(xs, 0.5))} / ${ms(quantile(xs, 0.95))}`;

if (only.has('build')) {
  console.log('build benchmark…');
  const b: BuildBench = benchBuild(12);
  const mbps = b.megabytes / b.buildSeconds;
  const parse = b.megabytes / b.parseSeconds;
  console.log(`build: ${mbps.toFixed(2)} MB/s, marked alone ${parse.toFixed(1)} MB/s`);
  sections.push(`## Build

Method: \`scripts/bench/build.ts\` generates ${b.documents} markdown career guides (${b.megabytes.toFixed(1)} MB, seeded, shaped like the
bundled article: prose, list intros, bold labels, cue phrases, boilerplate tails) and times the pure build
(\`buildGraph\`: structure, boilerplate, two extraction passes, assembly; best of 2) against marked's full
lexer on the same text (best of 3). Layout (ForceAtlas2 + noverlap), which the CLI adds, is timed apart.

| what | figure | target |
| --- | --- | --- |
| build throughput | **${mbps.toFixed(2)} MB/s** (${b.buildSeconds.toFixed(2)} s) | ≥ 10 MB/s — **not met** |
| marked lexer alone | ${parse.toFixed(1)} MB/s (${b.parseSeconds.toFixed(2)} s) | |
| extraction cost / parse cost | ${(b.buildSeconds / b.parseSeconds).toFixed(1)}× | |
| layout of the result (${b.nodes} nodes, ${b.edges} edges) | ${b.layoutSeconds.toFixed(2)} s | |
`);
}

if (only.has('algorithms')) {
  console.log('algorithm benchmark…');
  const onet = readOnet();
  const a: AlgoRow[] = benchAlgorithms([100, 1000, 10_000], 200, onet ? [{ name: 'O*NET 29.3', file: onet }] : []);
  for (const r of a)
    console.log(`${r.graph} ${r.roles} roles: path p95 ${ms(r.path[1])} ms, overlap10 p95 ${ms(r.overlap10[1])} ms`);
  const big = a.find((r) => r.graph === 'generated' && r.roles === 10_000)!;
  sections.push(`## Algorithms (Node)

Method: \`scripts/bench/algorithms.ts\` generates graphs with R roles and 10×R skills and tools, each role
needing 48 of them drawn from a long-tailed popularity (a few needed by most roles), plus education,
two documented transitions per role and some collaboration. The role index, the derived role graph and
its compiled search arrays are built once (as the app does when the page is idle, cached per graph);
then each kind of query runs 20 times untimed (JIT warm-up) and 200 random queries are timed. Figures
are median / p95 in milliseconds; "role graph" includes compiling the search arrays.

| graph | roles | items | edges | index | role graph (edges) | overlap of 2 | overlap of 10 | path (best only) | path + 3 alternatives | graphology Dijkstra alone (for comparison) |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${a.map((r) => `| ${r.graph} | ${r.roles} | ${r.items} | ${r.edges} | ${ms(r.indexMs)} | ${ms(r.roleGraphMs)} (${r.roleGraphEdges}) | ${rows(r.overlap2)} | ${rows(r.overlap10)} | ${rows(r.path)} | ${rows(r.pathAlternatives)} | ${rows(r.dijkstra)} |`).join('\n')}

Targets at 10,000 roles: path p95 ≤ 5 ms — **${big.path[1] <= 5 ? 'met' : 'not met'}** (${ms(big.path[1])} ms; the Dijkstra search alone
is ${ms(big.dijkstra[0])} ms median on this graph with graphology's own Dijkstra); overlap of 10 roles p95 ≤ 1 ms — **${big.overlap10[1] <= 1 ? 'met' : 'not met'}** (${ms(big.overlap10[1])} ms).
${onet ? ONET_NOTE : ONET_MISSING}
`);
}

if (only.has('browser')) {
  console.log('browser benchmark (builds dist/ first)…');
  execSync('npx vite build', { cwd: ROOT, stdio: 'ignore' });
  const kb = initialJs();
  const kbRenderer = initialJs(true);
  const b: BrowserBench = await benchBrowser(runs);
  const fp = (x: BrowserBench['bundled']) => rows(x.firstPaint);
  const act = (x: BrowserBench['bundled']) =>
    Object.entries(x.actions)
      .map(([k, v]) => `${k} ${rows(v)}`)
      .join('; ');
  const sigma = b.sigma.firstFrame.length ? quantile(b.sigma.firstFrame, 0.5) : NaN;
  const o = b.onet;
  const col = (cell: () => string) => (o ? cell() : '');
  const where = (x: BrowserBench['bundled']) =>
    `page's first contentful paint ${x.marks[0]?.['first-contentful-paint']}, fetched ${x.marks[0]?.['rolegraph:fetched']}, parsed+validated+indexed ${x.marks[0]?.['rolegraph:loaded']}`;
  const frames = (x: BrowserBench['bundled']) => `${ms(x.frames.median)} / ${ms(x.frames.p95)}`;
  const long = (x: BrowserBench['bundled']) => `${x.longTasks.count}, ${ms(x.longTasks.total)}, ${ms(x.longTasks.max)}`;
  const peer = (x: BrowserBench['sigma']) => (x.firstFrame.length ? rows(x.firstFrame) : `failed: ${x.error}`);
  const ratio = (rs: number[], x: BrowserBench['bundled'], p: BrowserBench['sigma']) =>
    rs.length
      ? `${quantile(rs, 0.5).toFixed(2)}× (${Math.min(...rs).toFixed(2)}–${Math.max(...rs).toFixed(2)}); ratio of medians ${(quantile(x.firstPaint, 0.5) / quantile(p.firstFrame, 0.5)).toFixed(2)}×`
      : 'n/a';
  console.log(
    `bundled first paint ${fp(b.bundled)}; large ${fp(b.large)}; sigma ${ms(sigma)}; WebGL ${rows(b.webgl.bundled)} / ${rows(b.webgl.large)}; initial JS ${kb.toFixed(1)} kB`,
  );
  sections.push(`## Browser

Method: \`scripts/bench/browser.ts\` serves the built \`dist/\` with Vite's preview server and drives Debian's
Chromium (playwright-core, headless, \`--disable-gpu\`) at 1400×900. "First paint" is the time from
navigation to the first Cytoscape frame with the graph (\`data-rendered-at\`, performance.now()). Actions
are timed inside the page, from the DOM event to the animation frame after the result appears: select
(search + Enter until the details show the role), filter (untick Tools until its count is 0), compare (tick
two roles until the comparison shows), path (choose From and To until the path list shows). Frame times
are requestAnimationFrame intervals while the mouse wheels and drags over the canvas. Long tasks come from
a PerformanceObserver over the whole visit. ${runs} visits per graph; median / p95 in ms.

The large graph is generated (${b.large.nodes} nodes — 1,000 roles and 10,000 skills and tools — and
${b.large.edges} edges, laid out by the build's layout) and loaded with \`?graph=\`. Level of detail draws
${b.large.drawnNodes} nodes and ${b.large.drawnEdges} edges of it. The peer page draws the same file, whole, with sigma.js 3
(WebGL through SwiftShader, \`--enable-unsafe-swiftshader\`), and records its first \`afterRender\`. The
machine's speed drifts within a run, so large-graph and sigma visits alternate and the ratio is taken
visit by visit.${col(
    () => ` The O*NET 29.3 graph (a real occupational database, see the algorithms section; ${o!.figures.nodes} nodes and
${o!.figures.edges} edges, ${Math.round(statSync(join(ROOT, '.tmp', 'bench-site', 'onet.json')).size / 1e6)} MB) is measured the same way, its visits alternating with sigma's too; level of
detail draws ${o!.figures.drawnNodes} nodes and ${o!.figures.drawnEdges} edges of it.`,
  )}

| what | bundled graph (${b.bundled.nodes} nodes) | large graph |${col(() => ` O*NET 29.3 graph (${o!.figures.nodes} nodes) |`)} target |
| --- | --- | --- |${col(() => ' --- |')} --- |
| first paint after navigation | ${fp(b.bundled)} | ${fp(b.large)} |${col(() => ` ${fp(o!.figures)} |`)} bundled ≤ 500; large ≤ 2,000 and ≤ sigma |
| where the time goes (first visit) | ${where(b.bundled)} | ${where(b.large)} |${col(() => ` ${where(o!.figures)} |`)} |
| actions | ${act(b.bundled)} | ${act(b.large)} |${col(() => ` ${act(o!.figures)} |`)} bundled ≤ 100; large From/To ≤ 300 |
| pan/zoom frame, median / p95 (${b.large.frames.count} frames) | ${frames(b.bundled)} | ${frames(b.large)} |${col(() => ` ${frames(o!.figures)} |`)} large median ≤ 50 |
| long tasks (count, total, longest) | ${long(b.bundled)} | ${long(b.large)} |${col(() => ` ${long(o!.figures)} |`)} |
| first paint with the WebGL renderer (opt-in; software GL here; median / p95 of ${b.webgl.bundled.length}) | ${rows(b.webgl.bundled)} | ${rows(b.webgl.large)} |${col(() => ' |')} |
| sigma.js first frame of the whole graph | | ${peer(b.sigma)} |${col(() => ` ${peer(o!.sigma)} |`)} |
| rolegraph first paint / sigma first frame (median of ${b.ratios.length} alternating visits; range) | | ${ratio(b.ratios, b.large, b.sigma)} |${col(() => ` ${ratio(o!.ratios, o!.figures, o!.sigma)} |`)} ≤ 1 |
| initial JavaScript (gzip, before the page's first paint) | ${kb.toFixed(1)} kB | |${col(() => ' |')} ≤ 200 kB |
| with the Cytoscape chunk, fetched while the graph downloads (before the graph's first frame) | ${kbRenderer.toFixed(1)} kB | |${col(() => ' |')} |

Targets (medians): ${verdicts(b, kb)}.
`);
}

const header = `# Benchmarks

Written by \`npm run bench\` (last run ${new Date().toISOString().slice(0, 10)}, sections: ${[...only].join(', ')}). Machine: ${machine()}.
Every figure below comes from a run of that script; rerun it to refresh them. Targets from issue #5.
`;
const tried = `## What was tried

- Build: a single alternation regex over every alias cost most of the build; a trie over word tokens
  replaced it (one pass whatever the lexicon's size). Matching each clause once and reusing it for
  enumeration items, a cheap gate that skips statements with no cue, role title or known term, counting
  evidence in a set and keeping only the first records, and running marked block-level only each helped
  a little (0.9 → 1.7 MB/s on a first, denser generated corpus; the corpus above is more like the real
  article, with plain prose between facts). The second pass now re-reads only statements where a
  discovered term occurs that the first pass did not already find (2.5 → 2.7 MB/s). The remaining cost
  is spread over many regular expressions per statement and the assembly of facts. 10 MB/s was not
  reached.
- Build, third session: the gate before a statement is analysed is now built from the cue patterns
  themselves (exact: 51% of the corpus's statements skip analysis, and a skipped one provably yields
  nothing), and evidence is counted by statement number instead of long string keys. Neither changed
  the throughput measurably; output stayed byte-identical. A parallel build was written and measured:
  documents cut into contiguous shards, the first pass on each thread (worker_threads), discoveries
  merged in document order, the second pass on each thread, and the shards' facts put back together
  in order — byte-identical to the one-thread build. On this machine it took 7.0 s to 6.4 s: each
  thread ran about 1.6× slower while the other ran (the build allocates heavily; a pure arithmetic loop
  does scale 2× here), and a worker takes 0.34 s to start. It was not kept. Phase times of one build
  of the 12 MB corpus: reading structure and boilerplate ~1.5–2.5 s, first pass ~2.7–4.5 s, second
  pass ~2.2–3.7 s (of which ~1.5 s is matching discovered terms in every statement), assembly ~0.3 s.
- Paths: the derived role graph first kept 25 candidates per role (431,000 edges at 10,000 roles, p95
  40 ms); 5 candidates found through requirements held by fewer than 400 roles brought it to about
  105,000 edges and p95 about 8 ms, and 4 candidates to about 88,000 edges and p95 about 6.5 ms.
  graphology's Dijkstra was then most of what was left (about 6 ms p95), and a leaner weight function
  for the common question did not measurably help. The search now runs on the role graph compiled
  once into typed arrays (compressed out- and in-adjacency, step costs per graph and settings) with a
  bidirectional Dijkstra over flatqueue's binary heap: 4 to 5 times faster than graphology's Dijkstra
  on the same graph in the same run, and Yen's alternatives block steps and roles with flags instead
  of string sets (path + 3 alternatives: ~38 ms → ~2.5 ms median). This machine's speed varied by
  2× between runs in this session; compare columns within one run.
- Overlap: pairwise gaps (n² sorted lists) are computed only for up to 4 roles, as the panel shows them.
- Browser: Cytoscape loads in its own chunk (initial JS from ~206 kB to ~66 kB gzip) while the graph
  downloads. Canvas updates touch only elements whose data or classes changed (restyling every element
  made each action take ~650 ms; then ~400 ms). Fitting the view from node positions instead of
  Cytoscape's fit (which measures every label) took the large graph's first paint from ~1.7 s to
  ~1.3 s on the machine of the first session.
- Browser, this session (the machine ran 2 to 3 times slower than in the first session, and its speed
  varied between runs, so compare the large graph with sigma in the same run): profiling the large
  graph's load showed (1) createModel building graphology's graph (~250 ms), which only the
  algorithms need — it is now built on first use, in the idle warm-up; (2) sorting 11,000 labels with
  localeCompare — one shared Intl.Collator now; (3) a restyle and a preset-layout pass over every
  node when the canvas mounted, both redundant — removed; (4) Cytoscape's first frame costing roughly
  half a millisecond per drawn element (style, label measure, layered textures). The overview went from
  1,000 nodes / 2,500 edges to 350 / 700 (at fit, no label of the 1,000 was readable anyway), edges on
  graphs over 2,000 nodes are haystack lines, and only roles carry labels there until a skill or tool
  is looked at. First paint / sigma went from 1.62× to about 1.2× in same-run comparisons. Dropping the
  label halo or all labels saved little (labels are not what the first frame spends its time on);
  the rest is Cytoscape's layered texture cache drawing into large canvases in software, which it
  offers no option to skip.
- Selecting on the large graph: the level of detail re-sorted every node and edge on each selection
  (~110 ms) — its orderings are now cached per filtered view; the view was refiltered on every
  selection although only a focus narrows it — no longer; and the details panel narrowed the canvas,
  which makes Cytoscape redraw everything — on large graphs it now lies over the canvas's edge.
- Bundled graph: preloading \`graph.json\` from index.html, so it downloads while the scripts load,
  made no measurable difference: the data is in about 300 ms after navigation and Cytoscape's first
  frame of the 76-node graph takes most of the next ~450 ms on this machine.
- Browser, third session: From/To → path on the large graph took about 650 ms from a fresh page in a
  profile: Svelte ~250 ms (of which the level of detail ~45 ms, re-counting "+N more" over all 54,000
  edges, and \`history.pushState\` ~40 ms) and Cytoscape ~375 ms restyling ~900 faded elements. With a
  path or comparison on screen the context is now 120 nodes / 200 edges instead of 300 / 600 (the top
  of the overview's own ranking, so little is added back), "+N more" comes from per-view totals, and
  the URL is written after the frame that shows the change: ~360 ms in the same profile. Only the
  edges between kept nodes are sorted now, not all 54,000 (the level of detail's first cut: ~110 →
  ~70 ms). Cytoscape is created empty and given the elements after, which skips a layout pass its
  constructor runs over every node (~80 ms). The overview went from 350 nodes / 700 edges to 250 / 500
  (first paint ~2.3 → ~2.0 s in paired runs; at fit zoom neither showed readable names, which is now
  handled by keeping what is looked at readable at any zoom). Tried and dropped: not fitting the view
  to a path on the bundled graph (no change: the time is the restyle and redraw, not the zoom).
- Browser, fourth session. Kept: the graph file is decoded from its bytes (arrayBuffer + TextDecoder)
  instead of Response.text(), which this Chromium does ~100 ms slower on a 15 MB file (506–621 vs
  644–803 ms, alternating in one page); the node search index (Fuse over 11,000 labels and aliases,
  ~40 ms) is built in the idle warm-up or on the first search instead of before the first paint
  (large first paint, paired medians: 2,231–2,436 → 2,076–2,201 ms); the details panel draws a
  connection's quotes when it is opened (selecting a well-linked role created hundreds of hidden
  quotes: Details 57 → 17 ms in a profile). Tried and dropped: (1) downloading the file in a Web
  Worker, which keeps the page responsive during the download (longest main-thread gap 9–42 ms
  instead of 412–597 ms with Response.text()), checking the schema there while the page parses, and
  warming Cytoscape up off screen meanwhile — the file reached the page 300–400 ms later and the
  warm-up saved only ~100 ms of the first frame, so the first paint got slower (paired medians
  2.75–2.94 vs 2.36–2.79 s); (2) starting the download from a first script at ~70 ms instead of
  ~210 ms — it did not finish earlier (the preview server compresses the 15 MB on the fly and that
  bounds the download), first paint unchanged; (3) preloading the Cytoscape chunk and graph.json from
  index.html — bundled first paint unchanged (843–880 ms either way); (4) Cytoscape's WebGL renderer:
  Chromium here gives WebGL2 through SwiftShader even with --disable-gpu, and it was much slower than
  the canvas — bundled first paint ~1.8 s vs ~0.82 s, large ~4.0–4.4 s vs ~2.1 s, bundled path action
  224–248 vs 111–136 ms — so it is not offered (it may help on a machine with a GPU; none here to
  measure that). Where the bundled graph's first paint goes (profile): the app's script runs until
  ~230 ms, the data is in at ~360 ms, and Cytoscape's first frame of 196 elements takes the next
  ~450 ms (style ~150, label measures ~40, layered textures ~200), most of it code running for the
  first time: a 24-element off-screen warm-up frame itself took ~400 ms.
- Browser, fifth session. The graph file's schema check was valibot's, ~260 ms on the 15 MB file in
  Node and ~170–230 ms in the page, 2–3× JSON.parse itself. It is now TypeBox's check compiled to code
  ahead of time (\`npm run gen:check\` writes \`src/lib/schema.check.ts\`; a unit test fails when it
  is stale and a property test holds it to TypeBox's own reading): 11–30 ms in Node. TypeBox compiles
  with eval at run time, which the page's Content-Security-Policy forbids; its interpreter, tried
  first, took ~770 ms in the page (first paint 2.16 → 2.77 s, paired), so the check is generated and
  the interpreter only describes files the check rejects. Paired first paints (production builds,
  alternating): large 2,410 → 2,145 ms medians in one run, 2,155 → 1,919 ms in another; bundled
  ~907 → ~926 ms (within this machine's noise; the initial JavaScript grew 63 → 79 kB gzip, mostly
  TypeBox's interpreter, which Rolldown keeps in the entry chunk even when imported on demand).
  The view and the level of detail no longer walk every edge: with nothing filtered out the view is
  the model's own ids, degrees come from each node's incident list, and only kept nodes' own edges are
  read for the cut and its "+N more" counts (the same cut as before on 80 filter, reveal and budget
  combinations of both graphs; Node, first call: 164 → 70 ms; large first paint, paired medians
  2,288 → 2,074 ms). Cytoscape's WebGL renderer is now offered as an opt-in (see its first-paint row
  above: slower with software GL, so not the default). Tried and dropped: warming the canvas font up
  while the data downloads (the warm-up took 24–57 ms and the first paint did not move: paired medians
  893 vs 877 ms); looking up known terms before the cue patterns in the build's gate, so a statement's
  terms are found once (byte-identical output, no gain: 9.3–9.7 vs 9.8–10.3 s); drawing one empty
  frame before the elements are added, so that Cytoscape builds its layered textures over later frames
  instead of for every element in the first one (~40 ms off both first paints, paired medians 795 →
  757 ms bundled and 1,811 → 1,771 ms large, actions unchanged) — not kept, as it rests on an
  undocumented core call and an internal detail of the renderer for a gain that settles no target. Where the bundled
  actions go (profiles): path ~120 ms of Cytoscape redrawing ~200 cached element textures in software
  (drawImage ~60 ms) and ~35 ms of Svelte; compare ~107 ms of Cytoscape (restyle ~50, new textures for
  the emphasised elements ~45) and ~23 ms of Svelte. The first frame of the bundled graph builds
  Cytoscape's layered textures for every element at once (~180 ms) and measures every label with a cold
  font (~80 ms).
- Browser, sixth session. Drawing from a texture that was written a moment before is what made
  Cytoscape's frames slow here: Cytoscape packs element drawings into shared 1,024-pixel-wide texture
  canvases, and drawing from one after writing to it costs ~0.3 ms (a copy of the texture, in software).
  A path or comparison changed the border of every emphasised node, so each got a new texture:
  in the path action's frame 152 drawImage calls took 30–37 ms, and ~0.5 ms once the textures were
  unchanged. Emphasis is now a ring drawn behind the node (an underlay, which the texture does not
  contain), so fading and emphasis reuse every texture. A path or comparison also no longer refits the
  view when its nodes are already on screen. Plain edges on the bundled graph are straight (a lone
  bezier edge is drawn straight anyway, but Cytoscape looks up each bezier edge's parallel edges on
  every restyle: 17–27 ms → 4–7 ms in the path action's profile), and the address bar is written when
  the page is idle rather than in a timer right after the frame (history.pushState took several
  milliseconds before the frame the benchmark waits for). Paired, 8 visits: path ~135 → ~85–108 ms,
  compare ~90 → ~60–70, select ~90 → ~75. The bundled first paint is still ~800 ms: its first frame
  (~330 ms in a trace; ~35–45 ms of it compiling code, ~15–20 ms collecting garbage) writes ~100 element
  textures and draws from each right after (drawImage ~51 ms of the frame). Tried and dropped: (1)
  clearing the layered-texture cache's internal "first frame" flag, so the first frame draws from element
  textures as later ones do: the layers went from ~170 ms to 0.3 ms but the frame only from ~250 to
  ~220 ms, since the element textures are still written and drawn; paired first paints 837 vs 852 ms;
  (2) drawing the first frame without any textures (patching the element texture cache for one frame):
  paired medians 838 → 759 ms, but only by replacing an internal method, and it moves the texture work
  to the first interaction; (3) creating every 2D context with willReadFrequently (software canvases):
  827 vs 838 ms; (4) haystack lines for every plain edge on the bundled graph: 812 vs 831 ms.
- Seventh session (this machine, a Firecracker VM, ran 1.5× slower than the sixth session's and
  drifted by ±15 % between identical runs, so only alternating same-run comparisons were used). Kept,
  without a measurable gain: the idle warm-up (node search, role index, path search) now starts only
  after the canvas's first frame, since a CPU profile of the bundled load showed it running before
  Cytoscape was created (~30 ms of Fuse and graphology in the unminified build) while the renderer's
  chunk compiled; and Cytoscape's constructor gets the documented null layout instead of running its
  default grid over no elements. Paired first paints, 10 alternating visits each, came out 776 vs 890
  and then 933 vs 849 ms medians with the order swapped: noise larger than either change. Tried and
  dropped in the build: one frozen empty result per list hint for statements the gate skips (fewer
  objects kept for the second pass) and reusing the gate's known-term matches for a one-clause
  statement; the output stayed byte-identical (12 MB corpus hash eba431ca23102c00) but 3 alternating
  best-of-3 builds of a 4 MB corpus gave 4.70 / 4.82 / 5.10 s before and 4.48 / 4.85 / 4.92 s after.
- Eighth session (another machine: 2 × Intel Xeon, whose browser figures came out about twice as fast
  as the seventh session's while the build ran at the same speed; alternating runs only). Build, kept:
  statements are tokenised by one scan instead of a regular expression per matcher, the last text's
  tokens and each matcher's last matches are kept (the gate, the analysis and the second reading look
  at the same statement in turn), plain text and term keys take fast paths when there is nothing to
  strip, boilerplate signs look for their telltale character first, statements are numbered by line
  instead of by long string keys, and the gate looks up known terms first. The output stayed
  byte-identical (12 MB corpus, graph and report: hash eba431ca23102c00) and a property test holds each
  fast path to the pattern it replaces; alternating builds went from ~7.0 to ~5.8 s. Phase times now:
  documents read ~0.9 s, first pass ~3.0 s, second pass ~1.5 s, assembly ~0.2 s. Tried and dropped:
  literal pieces checked before each cue pattern and before the gate's pattern (2.6 % in four
  alternating pairs, for lists that must be kept in step with the patterns); a larger young generation
  (\`--max-semi-space-size=64\`, ~5 %, a flag the CLI would have to pass). Two builds run side by side in
  two processes kept nearly full speed once warm (3.2–3.5 s vs 3.1 s for 6 MB) but took 5.3 s each on
  their first, cold run, so a build on worker threads would pay the compiler twice; it was not tried
  again. Browser, tried and dropped: starting the graph's download from a script of its own that runs
  before the app's (emitted as a separate entry): the download started at ~55 instead of ~105 ms but
  ended no earlier, since the preview server compresses the file on the fly (~165 ms for the 15 MB file
  against ~33 ms uncompressed); large first paints 799 vs 788 ms, bundled 360 vs 357 ms (medians of 8
  alternating visits), and on a throttled connection (40 ms, 20 Mbit/s), with the Cytoscape chunk
  preloaded too, bundled 482 vs 492 ms; decoding the body piece by piece while it downloads (a stream
  reader and TextDecoder in stream mode) made the large first paint slower, 762 vs 729 ms. The O*NET
  database, new in the benchmarks, showed things the generated graphs did not, now fixed: a path question with no answer cost ~3 ms p95 at
  1,016 roles (the closest-roles fallback built a set per reachable role, and for a target with no
  known needs listed arbitrary roles as 0 to learn): 0.48 ms; selecting a role drew every edge of its
  neighbours, which real skills have to hundreds of drawn roles (~1,950 lines, ~420 ms): now only the
  selection's own edges are drawn whatever the budget (~380 lines, ~210–270 ms); and the overview's
  landmark names, mostly IT roles laid out side by side, covered each other: a name now gives way to a
  better-connected one it would overlap. The text view listed every node of a large graph (11,000 to
  13,000 rows, 2.1–2.8 s to appear); it now shows 250 rows at a time with a button for more (110–160 ms).
  Selecting a hub (Microsoft Excel, used by 859 occupations) drew every role around it, names and all
  (~720 ms); a selection now brings its 150 best-connected neighbours and a tool or skill says how many
  roles it leaves out ("+709 more roles"; ~400 ms).
- Ninth session (another machine again: 2 × AMD EPYC, slower than the eighth's: the build ran at
  ~1.6 MB/s and the bundled first paint at ~460 ms; alternating visits only, medians of 10 to 14). Kept:
  the page's entry is now a tiny script that starts the graph's download and then imports the app's
  chunk, so the download no longer waits for the app to load and run: on the large graph it started at
  ~55 instead of ~135 ms and ended ~80 ms sooner (first paints 973 vs 1139 and 1084 vs 1110 ms in two
  rounds; the eighth session's separate-entry try had started it sooner too but, on that machine, it
  ended no sooner). The validation's id maps are reused by the model and each kind's list is sorted by
  label only when a panel reads it (Node: validate + index ~120 to ~70 ms median; in the browser within
  noise), and the sidebar no longer spreads every edge into Math.max, which overflowed the call stack
  from ~200,000 relations (a 54 MB file of 38,570 nodes and 192,236 edges now opens: first paint ~2.6 s,
  no errors). Tried and dropped: drawing Cytoscape's first frame without its layered textures (158 vs
  150 ms from fit to frame); running Cytoscape once on a small hidden graph while the file downloads, to
  warm its code (1116 vs 1085 ms). The split cost the bundled graph the round trip for the app's chunk
  (495 vs 483 ms before the split); a modulepreload link for that chunk in index.html wins it back (461 ms).
  The generated corpus repeats many sentences (37,628 distinct of 148,755); the build does not cache
  analyses by text, which would flatter the figure without helping real documents.
- Tenth session (the ninth's kind of machine, slower this time and drifting by ~1.3× within the hour:
  sigma's first frame 1.75 s in one run, 1.95 s in the next; alternating visits only). Kept: the first
  frame with elements is drawn straight onto the canvas (the renderer's plain element drawing) instead
  of first painting every element into Cytoscape's cached textures and the frame from those; the cached
  drawing comes back after that frame and an idle redraw fills the caches. Bundled first paint 807 →
  674 and 801 → 671 ms (medians of 6 alternating visits), select straight after it unchanged (~70 ms),
  large graph within noise; the settled canvas is pixel-identical to before. The ninth session's try
  without layered textures had fallen back on the element textures, which are the cost (without any
  labels the frame was only ~35 ms sooner; another font family, no sooner). What is left of the
  bundled first frame is Cytoscape applying the style and measuring each element (~0.5 ms each here)
  and the app chunk's evaluation before it. The initial-JavaScript count had followed the app chunk's
  own dynamic imports once index.html preloaded that chunk (221 kB); it counts again what index.html
  loads and the entry's import of the app, with the Cytoscape chunk the first frame needs beside it.
  Build: a list's introduction is recognised from the statement's last character first (52 → 12 ms per
  pass over the corpus's statements). Tried and dropped: a literal pre-check before the gate's pattern
  (470 → 350 ms per pass, but 65 % of statements pass it, and it would repeat the cue patterns' words
  by hand); splitting that pattern into its nine parts (each alone costs ~70 ms per pass: a
  case-insensitive Unicode scan is ~6 ns a character whatever the pattern); waiting for the first
  frame by polling over CDP instead of Playwright's waitForSelector, which injects its script while the
  page loads (within noise).
- Eleventh session (the tenth's kind of machine; its closing note was lost, these are its figures).
  Kept: the first frame no longer clears Cytoscape's drag and selection-box canvases, which hold
  nothing until something is dragged or box-drawn (a canvas's first drawing allocates its pixels,
  ~15 ms at 1400×900 here; later clears cost ~0): bundled first paint 662 → 625 and 639 ms (medians of
  8, alternating builds); a browser test drags a node straight after the first frame and checks it is
  drawn on the drag layer as it moves. Where the bundled critical path goes (long tasks and a trace):
  the app chunk evaluates in ~60–90 ms; the browser parses the app and Cytoscape chunks off the main
  thread (~73 and ~87 ms) but their evaluation waits for it; Cytoscape's mount takes ~55–75 ms and the
  first frame ~170–215 ms, of which a second, warm Cytoscape instance in the same page needs only
  ~27–46 ms, so the rest is cold code running in the interpreter (lazy compilation ~15 ms, garbage
  collection ~14 ms). Tried and dropped: a compile hint (\`//# allFunctionsCalledOnLoad\`) on the
  renderer's chunk (622 → 652 and 701 → 705 ms); preloading the app chunk's CSS and runtime from
  index.html (664/645 vs 613/596 ms without: the stylesheet in the head held back the entry script and
  so the graph's download); asking for the Cytoscape chunk as the app's first act (requested at ~220
  instead of ~300 ms, first paint within noise then, and 306/313 vs 289/307 ms without in the twelfth
  session); canvas context options (willReadFrequently, alpha: false, desynchronized), which leave the
  allocation cost as it is. Fetching the Cytoscape chunk from index.html would put the initial
  JavaScript at ~215 kB, over its 200 kB budget, so it stays fetched by the app.
- Twelfth session (2 × AMD EPYC again, but its browser ran about twice as fast as the eleventh's:
  bundled first paint 319–402 ms, sigma 885–895 ms, while the build ran at the same ~2 MB/s; the
  machine was noisy, a fixed CPU loop taking 438 to 648 ms from one run to the next). Kept: the
  extractor's case-insensitive patterns drop the \`u\` flag where they need no Unicode class. V8 matches
  \`iu\` patterns by Unicode case folding, which defeats its quick scans: the gate over the 93,707
  corpus statements that hold no known term took 704 ms with the \`iu\` trigger and 165 ms with a wider
  \`i\` look first (the exact trigger then reads only the 14,777 it lets through); in the profile the
  gate went from ~760 to ~200 ms and the cue patterns (~70–160 ms each) fell out of the top. The flags
  differ only on the long s and the Kelvin sign, which statements now read as s and K, and on astral
  characters in bounded repeats, which those patterns lack; property tests hold both, and the output
  is byte-identical. (The tenth session had seen "~6 ns a character whatever the pattern": that was
  the \`u\` flag.) The whole build: 7.50 → 5.87 s (medians of 5 alternating single builds in a
  slow stretch, the new one faster in every pair; about 20 %). Where the rest goes: prepare (structure, boilerplate, sentences) ~1.0–1.2 s,
  pass 1 ~2.7–4 s, pass 2 ~1.4–2 s (14,128 statements read again, ~0.9 s; recording the rest ~0.55 s),
  assembly ~0.25 s. The build allocates ~2.4 GB for the 12 MB corpus (~200 bytes per input byte): 188
  scavenges (~0.6 s) and 4 full collections (~0.16 s); tokenising allocates most (348 MB: every
  statement is tokenised once per pass, 284,785 times over 23.5 M characters), then analyseClause
  (253 MB), string replaces (128 MB) and termFor (122 MB). Tried and dropped: one shared frozen result
  for statements that name nothing (garbage collection 1,325 → 1,301 ms, no change); keeping each
  statement's pass-1 tokens for pass 2, whose look for discovered terms tokenises every statement again
  (~385 ms a build), which raised garbage collection from ~1,390 to ~1,870 ms; a larger young
  generation (\`--max-semi-space-size=64\`: collection ~1.3 → ~1.0 s, wall time within noise, and a
  process flag rather than a change to the build). Considered, not attempted: building in worker
  threads. Prepare and both passes are ~75 % of the time, so two cores would give at most ~1.6×
  (~4 MB/s here), and the CLI runs under tsx, whose loader a worker does not inherit (\`--import tsx\`
  in a worker's execArgv still fails on a .ts entry with Node 20), so it needs an entry of its own.
  Paths, kept: the path search reuses its arrays per compiled graph and clears only the entries a
  search touched (each search had allocated and filled six arrays the size of the graph while reaching
  a few hundred roles), and Yen's algorithm spurs only from where each path left its parent (Lawler's
  refinement, ~6 % alone): path + 3 alternatives, what the Path panel asks, at 10,000 roles p95
  5.79 and 6.05 → 3.05 and 4.05 ms in alternating runs, so it is within the 5 ms target too. Large graph
  against sigma on this faster machine: the median ratio over five alternating visits was 0.97×,
  0.83×, 0.86× and 1.00× in this session's four full runs (visit by visit 0.71–1.32×): the target
  holds at the median in three of them and is a tie in the fourth; the margin is thinner here than on
  slower machines, where sigma's software WebGL loses more.
- Thirteenth session (2 × AMD EPYC, noisy: a build's time drifted by ±10 % between runs, so every
  change was measured in alternating runs and in CPU profiles of a bundled copy of the build). Kept,
  each byte-identical on the benchmark corpus (graph hash cae7fa52d6ca9346): pass 2 records facts
  without string keys (nodes by kind then key, edges by a number for target and kind on their source)
  and counts evidence in sorted arrays instead of sets, as statement numbers arrive in order (~4.7 →
  ~4.1 s a build); words are numbered once per build by a vocabulary the three matchers share, the
  tries step on numbers, and pass 1 keeps every statement's token numbers in three flat Int32Arrays, so
  pass 2's look for discovered terms no longer tokenises every statement again (~316 → ~76 ms a build;
  kept as typed arrays, unlike the twelfth session's string arrays, it costs the collector nothing);
  an ASCII token is read, lower-cased and hashed in one pass (~70 ms); a role title's canonical key
  is kept (~88 → ~26 ms); no named closures are made per clause, which under tsx (it runs the CLI and
  this benchmark) are also named at run time (with two smaller changes 3.83–3.89 → 3.54–3.60 s);
  a clause is asked whether it is a title only when it has a with/using cue (~50 ms); a block's
  letters are counted once in boilerplate detection (~30 ms). Two extraction fixes, found by asking
  why pass 2 read 14,128 statements again: a list of tools nested in a list of skills ("proficiency
  in statistics and languages such as Zorblax and Python") is read by its own cue, where the skills'
  list had swallowed it and lost its unknown tools; and the last name of a tool list ends before
  ordinary words ("… and Plotnik Studio every day"). With both, no statement of this corpus needs a
  second reading (14,128 → 0; 3.80–4.20 → 3.13–3.33 s under tsx), and the bundled graph gains two
  used-for ties (Pandas and NumPy for data manipulation). The whole session: 2.02–2.61 → 3.47 MB/s in
  the benchmark. Tried and dropped: a look at each statement's words before the quick gate (every
  vocabulary word tested once for a cue word): nothing measurable, as most prose sentences hold one
  of the cue words (skills, understanding, experience); asking for the Cytoscape module as soon as a
  large graph's response headers arrive, to run it while the body downloads (large first paint,
  medians of 12 alternating visits, 746 ms without, 785 ms with). A property test found a bug on the
  way: the pure build split lines on newlines only while marked read a lone carriage return as a line
  end, so old Mac files had wrong evidence lines (the CLI's decoder already unified line ends).
- Fourteenth session (same machine, noisier still: marked's lexer alone took 0.31–0.65 s in runs
  minutes apart, the same build 2.7–4.3 s). The build's throughput was not raised: a fresh CPU profile
  shows the spread below, with no part a local change would remove. Full runs gave 2.33 MB/s
  mid-session (2.83 MB/s in a build-only run right after), 3.41 MB/s later and 3.82 MB/s in this last
  one, on the final code: the machine, not the code, as the session's first and last builds
  alternating, six pairs of best-of-2, gave medians of 3.14 and 2.86 s. Kept: the build's layout keeps
  every name off other nodes and names up to 3,000 nodes (webcola's VPSC overlap removal on each node
  with its name beneath it; the bundled default view had 11 names on names and 8 on nodes; layout of
  1,655- and 2,975-node graphs unchanged within noise, 2.5 and 4.1–4.3 s), and a fitted graph starts
  below the canvas controls; extraction fixes found on six unseen-style documents, one of which changes
  the benchmark corpus graph (a labelled item's salary goes to the label's role, not the list's: role
  support counts change, graph hash cae7fa52d6ca9346 → 20cbc5192d960cc2), each measured in alternating
  runs within noise. First paint, the session's first against its last build in alternating visits (8
  each, medians): bundled 363 / 372 ms, large 689 / 694 ms. The mid-session run's large 1,031 ms and
  1.04× sigma were a slow stretch (the later runs: 755 ms and 0.83×, then 555 ms and 0.89×; single
  visits span 0.7–1.2× across them): against sigma the margin on this machine is thin.
- Build, what 10 MB/s would take: the 12 MB corpus has ~140,000 statements, so 10 MB/s leaves ~9 µs per
  statement for everything, marked's lexer included (~3 µs); the build now spends ~20–25 µs. In a CPU
  profile of three builds (fourteenth session): analysing statements ~39 % (clauses ~24 %: ~15 cue
  patterns each, role titles, enumeration items; the gate and matching the rest), preparing documents
  ~17 % (marked's block lexer about half of it), garbage collection ~16 %, recording facts and assembly
  ~10 %, tokenising and matching ~10 %. No statement is read twice any more and each is tokenised about once. Reaching the target
  needs cue phrases matched on the tokens by one automaton instead of a dozen regular expressions per
  clause, carried through the golden documents byte for byte; not attempted.
`;
// sections not run this time keep their previous figures
const previous = new Map<string, string>();
try {
  const old = readFileSync(join(ROOT, 'BENCHMARKS.md'), 'utf8');
  for (const part of old.split(/\n(?=## )/).slice(1)) previous.set(part.split('\n')[0], part.trimEnd() + '\n');
} catch {
  /* first run */
}
const titles = ['## Build', '## Algorithms (Node)', '## Browser'];
const fresh = new Map(sections.map((x) => [x.split('\n')[0], x]));
const body = titles.map((t) => fresh.get(t) ?? previous.get(t)).filter((x): x is string => !!x);
writeFileSync(join(ROOT, 'BENCHMARKS.md'), [header, ...body, tried].join('\n'));
console.log('wrote BENCHMARKS.md');
