/** The curated examples, naive ones first: the menu lists them in this order. */
import { buildkitHeredocCache } from './buildkit-heredoc-cache.js';
import { goDistroless } from './go-distroless.js';
import { goNaive } from './go-naive.js';
import { javaMavenNaive } from './java-maven-naive.js';
import { nodeMultistage } from './node-multistage.js';
import { nodeNaive } from './node-naive.js';
import { pythonNaive } from './python-naive.js';
import { pythonOptimized } from './python-optimized.js';
import { rustMultistage } from './rust-multistage.js';
import { staticSiteNginx } from './static-site-nginx.js';
import type { Example } from './types.js';
import { windowsServercore } from './windows-servercore.js';

export type { Example } from './types.js';

export const EXAMPLES: readonly Example[] = [
  pythonNaive,
  goNaive,
  nodeNaive,
  javaMavenNaive,
  windowsServercore,
  pythonOptimized,
  goDistroless,
  nodeMultistage,
  rustMultistage,
  staticSiteNginx,
  buildkitHeredocCache,
];

/** What a first visit shows: naive, so that findings are there at once. */
export const DEFAULT_EXAMPLE: Example = pythonNaive;

export function exampleById(id: string | null): Example | undefined {
  return EXAMPLES.find((example) => example.id === id);
}
