/**
 * The packed forms of the bundled data decode to exactly what ../shared/data says. The generator
 * checks this before it writes a module; these tests keep the codec honest on its own and read
 * the committed module, not a fresh build of it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { unpackDebianApt } from '../../src/data/debian-apt-tables.js';
import { debianBookwormApt } from '../../src/data/debian-bookworm.js';
import { packAscending, packNumbers, unpackAscending, unpackNumbers } from '../../src/data/packed-numbers.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const debianDataDir = join(repoRoot, '..', 'shared', 'data', 'debian-bookworm');

describe('packed numbers', () => {
  it('round-trips numbers around every digit boundary', () => {
    const numbers = [0, 1, 31, 32, 33, 1023, 1024, 32_767, 32_768, 334_790, 2 ** 40, Number.MAX_SAFE_INTEGER];
    expect(unpackNumbers(packNumbers(numbers))).toEqual(numbers);
    expect(packNumbers([0, 31, 32])).toBe('AfhA');
  });

  it('round-trips ascending lists as gaps', () => {
    expect(unpackAscending(packAscending([0, 1, 2, 40, 2445]))).toEqual([0, 1, 2, 40, 2445]);
    expect(packAscending([0, 1, 2])).toBe('AAA');
    expect(unpackAscending('')).toEqual([]);
  });

  it('refuses what it cannot write and skips what it did not write', () => {
    expect(() => packNumbers([-1])).toThrow();
    expect(() => packNumbers([1.5])).toThrow();
    expect(() => packAscending([3, 3])).toThrow();
    expect(unpackNumbers('B.C é')).toEqual([1, 2]);
  });
});

describe.skipIf(!existsSync(debianDataDir))('packed Debian bookworm data', () => {
  const read = (file: string): unknown => JSON.parse(readFileSync(join(debianDataDir, file), 'utf8'));
  const sizes = read('sizes.json') as Record<string, number>;
  const closures = (read('closures.json') as { closures: Record<string, { n: string[]; r: string[] }> }).closures;
  const packageNames = Object.keys(sizes).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const tables = unpackDebianApt(debianBookwormApt);

  it('decodes every closure, with and without Recommends, to the source', () => {
    const names = (indices: readonly number[] | undefined) => indices?.map((index) => packageNames[index]);
    for (const [requested, { n, r }] of Object.entries(closures)) {
      expect(names(tables.closure(requested, false)), requested).toEqual([...n].sort());
      expect(names(tables.closure(requested, true)), requested).toEqual([...n, ...r].sort());
    }
    expect(tables.closure('docker-ce', false)).toBeUndefined();
    expect(tables.closure('constructor', true)).toBeUndefined();
  });

  it('decodes every Installed-Size', () => {
    expect(tables.installedKib).toEqual(packageNames.map((name) => sizes[name]));
  });
});
