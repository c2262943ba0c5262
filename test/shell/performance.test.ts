import { expect, it } from 'vitest';
import { parseShell } from '../../src/engine/shell/index.js';

const PACKAGES = ['curl', 'ca-certificates', 'git', 'build-essential', 'python3-pip', 'libpq-dev', 'gnupg', 'unzip'];

/** About 200 characters each, shaped like the RUN bodies people write. */
function typicalRunBodies(count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const packages = [0, 1, 2].map((offset) => PACKAGES[(index + offset) % PACKAGES.length]).join(' ');
    return (
      `apt-get update && apt-get install -y --no-install-recommends ${packages} ` +
      `&& rm -rf /var/lib/apt/lists/* && echo "built ${index}" | tee /tmp/build-${index}.log ` +
      `&& FOO=bar ./configure --prefix=/opt/app-${index} 2>&1 >/dev/null`
    );
  });
}

it('parses 1,000 typical RUN bodies in well under 20 ms', () => {
  const bodies = typicalRunBodies(1000);
  const rounds: number[] = [];
  let commands = 0;
  for (let round = 0; round < 15; round++) {
    const started = performance.now();
    commands = 0;
    for (const body of bodies) commands += parseShell(body).commands.length;
    rounds.push(performance.now() - started);
  }
  // The first rounds pay for JIT warm-up; the fastest round shows the steady state on a busy machine.
  const steady = rounds.slice(5).sort((a, b) => a - b);
  const best = steady[0]!;
  const median = steady[Math.floor(steady.length / 2)]!;
  const averageLength = bodies.reduce((sum, body) => sum + body.length, 0) / bodies.length;
  console.log(
    `shell tokenizer: 1,000 RUN bodies (~${Math.round(averageLength)} chars, ${commands} commands): best ${best.toFixed(2)} ms, median ${median.toFixed(2)} ms, first round ${rounds[0]!.toFixed(2)} ms`,
  );
  expect(commands).toBe(6000);
  expect(best).toBeLessThan(20);
});
