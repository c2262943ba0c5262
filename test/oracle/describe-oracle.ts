import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { SHARED_DIR } from '../support/paths.js';
import { oraclesRequired, type Availability } from './harness.js';

/**
 * A describe block that needs reference data and an oracle tool: without them it is skipped with
 * a printed notice, or fails when SHIPSHAPE_REQUIRE_ORACLES is set (as CI does).
 */
export function describeOracle(name: string, sharedParts: string[], tool: () => Availability, body: () => void): void {
  const needed = join(SHARED_DIR, ...sharedParts);
  let reason: string | null = null;
  if (!existsSync(needed)) reason = `reference data not found at ${needed}`;
  else {
    const availability = tool();
    if (!availability.ok) reason = availability.reason;
  }
  if (reason === null) {
    describe(name, body);
  } else if (oraclesRequired()) {
    describe(name, () => {
      it('has its oracle (SHIPSHAPE_REQUIRE_ORACLES is set)', () => {
        throw new Error(`${name}: ${reason}`);
      });
    });
  } else {
    console.warn(`[skipped] ${name}: ${reason}`);
    describe.skip(name, body);
  }
}
