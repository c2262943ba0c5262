import { existsSync, readFileSync } from 'node:fs';
import { describe } from 'vitest';
import { sharedPath } from './paths.js';

export { SHARED_DIR, sharedPath } from './paths.js';

export function readShared(...parts: string[]): string {
  return readFileSync(sharedPath(...parts), 'utf8');
}

export function readSharedJson<T>(...parts: string[]): T {
  return JSON.parse(readShared(...parts)) as T;
}

/**
 * A describe block over reference data: when `../shared` (or the given part of it) is absent the
 * suite is skipped with a printed notice, never passed silently.
 */
export function describeWithShared(name: string, parts: string[], body: () => void): void {
  const needed = sharedPath(...parts);
  if (existsSync(needed)) {
    describe(name, body);
    return;
  }
  console.warn(`[skipped] ${name}: reference data not found at ${needed} (clone the shared/ folder beside the repo)`);
  describe.skip(name, body);
}
