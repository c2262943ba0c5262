/**
 * The bundled src/data modules must be exactly what the generator makes of ../shared/data today,
 * and the hand-written tool matchers must put every example the inventory gives under its own row.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { baseImageTools } from '../../src/engine/estimate/index.js';
import { buildDataModules } from '../data-gen/build-data-modules.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const sharedDataDir = join(repoRoot, '..', 'shared', 'data');
const sharedDataPresent = existsSync(sharedDataDir);

if (!sharedDataPresent) {
  console.warn(`Skipping the generated-data checks: no reference data at ${sharedDataDir}.`);
}

describe.skipIf(!sharedDataPresent)('generated data', () => {
  const modules = sharedDataPresent ? buildDataModules(sharedDataDir) : [];

  it.each(modules.map((module) => [module.path, module.content] as const))(
    '%s is up to date (regenerate: npx tsx test/data-gen/generate-data.ts)',
    (path, expected) => {
      const committed = readFileSync(join(repoRoot, path), 'utf8');
      expect(committed === expected, `${path} differs from the generator's output`).toBe(true);
    },
  );

  it('resolves every example in base-image-tools.json to its own row', () => {
    const rows = JSON.parse(readFileSync(join(sharedDataDir, 'base-image-tools', 'base-image-tools.json'), 'utf8')) as {
      tag_pattern: string;
      examples: string[];
    }[];
    const resolved = rows.flatMap((row) =>
      row.examples.map((example) => [example, baseImageTools(example)?.pattern ?? null, row.tag_pattern]),
    );
    expect(resolved.filter(([, actual, expected]) => actual !== expected)).toEqual([]);
  });
});
