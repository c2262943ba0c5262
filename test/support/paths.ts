import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The reference material lives beside the repository, in `../shared`. */
export const SHARED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');

export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}
