/**
 * Browser tests run against the built app (dist/, built by `npm run test:e2e`), served by Vite's
 * static preview server on a free loopback port.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { preview } from 'vite';

const ROOT = join(import.meta.dirname, '..', '..');

export default async function setup(project: TestProject) {
  if (!existsSync(join(ROOT, 'dist', 'index.html')))
    throw new Error('dist/ is missing: run `npm run test:e2e`, which builds it first');
  const server = await preview({
    root: ROOT,
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
    logLevel: 'error',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not start');
  project.provide('baseURL', url);
  return async () => {
    await server.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
