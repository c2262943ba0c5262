import { afterAll, expect, it } from 'vitest';
import { describeWithShared, readSharedJson } from '../support/shared.js';
import { runCase, type HadolintCase } from './hadolint-cases.js';
import { KNOWN_DIFFERENCES } from './hadolint-known-differences.js';

const perRule = new Map<string, { agree: number; total: number }>();

describeWithShared('hadolint conformance (cases-dev.json)', ['conformance/hadolint/cases-dev.json'], () => {
  const cases = readSharedJson<HadolintCase[]>('conformance/hadolint/cases-dev.json');

  afterAll(() => {
    const rows = [...perRule.entries()].sort(([a], [b]) => a.localeCompare(b));
    const counted = rows.filter(([rule]) => rule !== 'ShellCheck');
    const agree = counted.reduce((sum, [, r]) => sum + r.agree, 0);
    const total = counted.reduce((sum, [, r]) => sum + r.total, 0);
    const table = rows.map(([rule, r]) => `  ${rule.padEnd(10)} ${String(r.agree).padStart(3)}/${String(r.total).padEnd(3)}`).join('\n');
    console.log(
      `hadolint conformance: ${agree}/${total} cases agree (${((agree / total) * 100).toFixed(1)}%), ShellCheck cases reported separately\n${table}`,
    );
  });

  for (const testCase of cases) {
    const known = KNOWN_DIFFERENCES[testCase.id];
    it(`${testCase.id} ${testCase.expect}${known === undefined ? '' : ' (known difference)'}: ${testCase.note ?? ''}`, () => {
      if (testCase.rule === 'ShellCheck') {
        // ShellCheck (SC codes) is out of scope: such cases are counted apart and never fail.
        const entry = perRule.get('ShellCheck') ?? { agree: 0, total: 0 };
        entry.total++;
        perRule.set('ShellCheck', entry);
        return;
      }
      const outcome = runCase(testCase);
      const entry = perRule.get(testCase.rule) ?? { agree: 0, total: 0 };
      entry.total++;
      if (outcome.agrees) entry.agree++;
      perRule.set(testCase.rule, entry);
      if (known !== undefined) {
        expect(outcome.agrees, `listed as a known difference but agrees now: ${known}`).toBe(false);
        return;
      }
      expect({ agrees: outcome.agrees, matching: outcome.matching, codes: outcome.codes }).toMatchObject({ agrees: true });
    });
  }
});
