import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const GRAPH = resolve(import.meta.dirname, 'graph-data', 'graph.json');

/** Serve graph-data/graph.json as ./graph.json in dev, and copy it into dist/ on build. */
function graphFile(): Plugin {
  let outDir = 'dist';
  return {
    name: 'rolegraph-graph-file',
    configResolved(c) {
      outDir = resolve(c.root, c.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use('/graph.json', (_req, res) => {
        if (!existsSync(GRAPH)) {
          res.statusCode = 404;
          res.end('graph-data/graph.json is missing: run npm run build:graph');
          return;
        }
        res.setHeader('Content-Type', 'application/json');
        res.end(readFileSync(GRAPH));
      });
    },
    writeBundle() {
      if (!existsSync(GRAPH)) return;
      mkdirSync(outDir, { recursive: true });
      copyFileSync(GRAPH, join(outDir, 'graph.json'));
    },
  };
}

/**
 * The strictest Content-Security-Policy the built app works under: no inline script, no eval, no
 * inline styles, nothing from other origins (except ?graph= files the person confirmed). Added to
 * the built index.html only, since Vite's dev server injects inline styles.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self' https: http:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'rolegraph-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
      );
    },
  };
}

/**
 * The entry script only starts the graph's download and then imports the app's chunk: a preload link
 * lets the browser fetch that chunk alongside the entry instead of after it has run (without it the
 * bundled graph's first paint lost the ~30 ms the early download won).
 */
function preloadApp(): Plugin {
  return {
    name: 'rolegraph-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const entry = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry);
        if (!entry || entry.type !== 'chunk') return html;
        const links = entry.dynamicImports.map((f) => `<link rel="modulepreload" crossorigin href="./${f}">`);
        return links.length ? html.replace('</head>', `  ${links.join('\n    ')}\n  </head>`) : html;
      },
    },
  };
}

export default defineConfig({
  plugins: [svelte(), graphFile(), contentSecurityPolicy(), preloadApp()],
  // relative asset URLs so dist/ works from any static file server and any sub-path
  base: './',
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 800 },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
