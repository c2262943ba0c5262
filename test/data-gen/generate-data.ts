/**
 * Regenerates the bundled size and tool data: `npx tsx test/data-gen/generate-data.ts`.
 * Reads ../shared/data (the project's read-only reference data), writes src/data/*.ts and prints
 * each module's raw and gzip size, since everything written here ships in the browser bundle.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildDataModules } from './build-data-modules.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const sharedDataDir = join(repoRoot, '..', 'shared', 'data');

if (!existsSync(sharedDataDir)) {
  console.error(`No reference data at ${sharedDataDir}; nothing generated.`);
  process.exit(1);
}

for (const module of buildDataModules(sharedDataDir)) {
  writeFileSync(join(repoRoot, module.path), module.content);
  const raw = Buffer.byteLength(module.content);
  const gzipped = gzipSync(module.content, { level: 9 }).length;
  console.log(`${module.path}: ${kilobytes(raw)} raw, ${kilobytes(gzipped)} gzip`);
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
