/**
 * Developer aid: `npx tsx test/conformance/hadolint-report.ts [RULE_PREFIX]` prints each hadolint
 * case that disagrees (optionally only for rules starting with the prefix) and per-rule totals.
 */
import { readFileSync } from 'node:fs';
import { sharedPath } from '../support/paths.js';
import { runCase, type HadolintCase } from './hadolint-cases.js';

const prefix = process.argv[2] ?? '';
const cases = (JSON.parse(readFileSync(sharedPath('conformance/hadolint/cases-dev.json'), 'utf8')) as HadolintCase[]).filter(
  (c) => c.rule.startsWith(prefix) && c.rule !== 'ShellCheck',
);
const totals = new Map<string, [number, number]>();
for (const testCase of cases) {
  const outcome = runCase(testCase);
  const [agree, total] = totals.get(testCase.rule) ?? [0, 0];
  totals.set(testCase.rule, [agree + (outcome.agrees ? 1 : 0), total + 1]);
  if (!outcome.agrees) {
    console.log(`✗ ${testCase.id} expect ${testCase.expect}${testCase.count === null ? '' : ` ×${testCase.count}`}, got ${outcome.matching} [${outcome.codes.join(' ')}]${testCase.config ? ` config=${JSON.stringify(testCase.config)}` : ''}`);
    console.log(`    ${JSON.stringify(testCase.dockerfile)}`);
  }
}
for (const [rule, [agree, total]] of [...totals].sort()) console.log(`${rule} ${agree}/${total}`);
