/** Build the graph before dev or build when graph-data/graph.json is missing. */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (!existsSync('graph-data/graph.json')) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-graph.ts', '--quiet'], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
