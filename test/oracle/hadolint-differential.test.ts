/**
 * Differential test of our linter against the real hadolint 2.15.1 (every rule on): per rule,
 * the findings both report, only we report, only hadolint reports, matched by file, rule and
 * line. Every difference must be listed in known-differences.ts with a reason. Also times
 * hadolint (one process per file, and one for all) next to our CLI and in-process analyze().
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index.js';
import { settingsFor, type HadolintCase } from '../conformance/hadolint-cases.js';
import { readSharedJson } from '../support/shared.js';
import { describeOracle } from './describe-oracle.js';
import { corpusDifferentialInputs, type DifferentialInput } from './differential-inputs.js';
import { ensureHadolint, hadolintAvailability, REPO_ROOT, runHadolint, runHadolintBatch, type HadolintConfig, type HadolintFinding } from './harness.js';
import { HADOLINT_KNOWN_DIFFERENCES, HADOLINT_RULE_DIFFERENCES } from './known-differences.js';

interface Input extends DifferentialInput {
  path: string;
  hadolintConfig: HadolintConfig;
  case?: HadolintCase;
}

/** A finding key: input, rule and line. */
type Key = string;
const keyOf = (input: string, rule: string, line: number): Key => `${input}|${rule}|${line}`;

function ourFindings(input: Input): Set<Key> {
  const settings = input.case === undefined ? { enableAll: true } : settingsFor(input.case);
  const { findings } = analyze({ dockerfile: input.text }, { settings });
  const keys = new Set<Key>();
  for (const finding of findings) {
    const hadolintCodes = [finding.code, ...finding.refs.map((ref) => ref.replace(/^hadolint:/, ''))].filter((code) => /^DL\d{4}$/.test(code));
    for (const code of new Set(hadolintCodes)) keys.add(keyOf(input.id, code, finding.line));
  }
  return keys;
}

function theirFindings(input: Input, findings: HadolintFinding[]): Set<Key> {
  // ShellCheck (SC) findings are out of scope; DL1000 is hadolint's own parse error, compared apart.
  return new Set(findings.filter((f) => /^DL\d{4}$/.test(f.code) && f.code !== 'DL1000').map((f) => keyOf(input.id, f.code, f.line)));
}

describeOracle('differential: our linter vs hadolint 2.15.1', ['corpus', 'dev'], hadolintAvailability, () => {
  const workDir = mkdtempSync(join(tmpdir(), 'shipshape-hadolint-diff-'));
  const corpus: Input[] = corpusDifferentialInputs().map((input) => ({
    ...input,
    path: join(workDir, input.id.replace(/\//g, '_')),
    hadolintConfig: {},
  }));
  const cases: Input[] = readSharedJson<HadolintCase[]>('conformance/hadolint/cases-dev.json')
    .filter((testCase) => testCase.rule !== 'ShellCheck')
    .map((testCase) => ({
      id: `hadolint-case/${testCase.id}`,
      text: `${testCase.dockerfile}\n`,
      path: join(workDir, `case_${testCase.id}`),
      case: testCase,
      hadolintConfig: {
        ...(testCase.config?.trustedRegistries ? { trustedRegistries: testCase.config.trustedRegistries } : {}),
        ...(testCase.config?.['label-schema'] ? { labelSchema: testCase.config['label-schema'] } : {}),
        ...(testCase.config?.['strict-labels'] !== undefined ? { strictLabels: testCase.config['strict-labels'] } : {}),
        ...(testCase.config?.ignored ? { ignored: testCase.config.ignored } : {}),
      },
    }));
  const theirs = new Map<string, HadolintFinding[]>();
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    const located = await ensureHadolint();
    if (located.path === null) throw new Error(`hadolint could not be installed: ${located.reason}`);
    for (const input of [...corpus, ...cases]) writeFileSync(input.path, input.text);

    let start = performance.now();
    const batch = await runHadolintBatch(corpus.map((input) => input.path), { batchSize: 1000 });
    timings['hadolint, one process for all corpus files'] = performance.now() - start;
    for (const input of corpus) theirs.set(input.id, batch.get(input.path) ?? []);

    start = performance.now();
    for (const input of corpus) await runHadolint(input.path);
    timings['hadolint, one process per corpus file'] = performance.now() - start;

    const byConfig = new Map<string, Input[]>();
    for (const input of cases) {
      const config = JSON.stringify(input.hadolintConfig);
      byConfig.set(config, [...(byConfig.get(config) ?? []), input]);
    }
    for (const [config, group] of byConfig) {
      const results = await runHadolintBatch(group.map((input) => input.path), { config: JSON.parse(config) as HadolintConfig, batchSize: 1000 });
      for (const input of group) theirs.set(input.id, results.get(input.path) ?? []);
    }

    start = performance.now();
    const cli = spawnSync('node', [join(REPO_ROOT, 'bin/shipshape.js'), 'lint', '--enable-all', '--format', 'json', ...corpus.map((input) => input.path)], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    timings['shipshape CLI, one process for all corpus files'] = performance.now() - start;
    if (cli.error !== undefined) throw cli.error;

    start = performance.now();
    for (const input of corpus) analyze({ dockerfile: input.text }, { settings: { enableAll: true } });
    timings['shipshape analyze(), in process, all corpus files'] = performance.now() - start;
  }, 15 * 60_000);

  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('matches hadolint rule by rule, or the difference is listed', () => {
    const perRule = new Map<string, { both: number; oursOnly: number; theirsOnly: number; explained: number }>();
    const unexplained: string[] = [];
    const listed = new Set(Object.keys(HADOLINT_KNOWN_DIFFERENCES));
    const used = new Set<string>();
    for (const input of [...corpus, ...cases]) {
      const ours = ourFindings(input);
      const their = theirFindings(input, theirs.get(input.id) ?? []);
      const record = (key: Key, side: 'ours' | 'hadolint'): void => {
        const rule = key.split('|')[1] as string;
        const entry = perRule.get(rule) ?? { both: 0, oursOnly: 0, theirsOnly: 0, explained: 0 };
        perRule.set(rule, entry);
        if (side === 'ours') entry.oursOnly++;
        else entry.theirsOnly++;
        const listedKey = `${key}|${side}`;
        if (listed.has(listedKey) || HADOLINT_RULE_DIFFERENCES[`${rule}|${side}`] !== undefined) {
          used.add(listedKey);
          entry.explained++;
        } else unexplained.push(`${listedKey}  ${JSON.stringify(input.text.split('\n')[Number(key.split('|')[2]) - 1] ?? '')}`);
      };
      for (const key of ours) {
        if (their.has(key)) {
          const rule = key.split('|')[1] as string;
          const entry = perRule.get(rule) ?? { both: 0, oursOnly: 0, theirsOnly: 0, explained: 0 };
          entry.both++;
          perRule.set(rule, entry);
        } else record(key, 'ours');
      }
      for (const key of their) if (!ours.has(key)) record(key, 'hadolint');
    }
    const rows = [...perRule.entries()].sort(([a], [b]) => a.localeCompare(b));
    const total = rows.reduce((sum, [, r]) => sum + r.both + r.theirsOnly, 0);
    const matched = rows.reduce((sum, [, r]) => sum + r.both, 0);
    console.log(
      [
        `hadolint differential: ${matched}/${total} of hadolint's findings matched (${((matched / Math.max(1, total)) * 100).toFixed(1)}%)`,
        '  rule      both  ours-only  hadolint-only  explained',
        ...rows.map(([rule, r]) => `  ${rule.padEnd(8)} ${String(r.both).padStart(5)} ${String(r.oursOnly).padStart(10)} ${String(r.theirsOnly).padStart(14)} ${String(r.explained).padStart(10)}`),
        'Wall time over the corpus:',
        ...Object.entries(timings).map(([what, ms]) => `  ${what.padEnd(52)} ${(ms / 1000).toFixed(2)} s`),
      ].join('\n'),
    );
    if (process.env.SHIPSHAPE_DUMP_DIFFERENCES) console.log(unexplained.join("\n"));
    expect(unexplained.slice(0, 40)).toEqual([]);
    expect([...listed].filter((key) => !used.has(key))).toEqual([]);
    expect(matched / Math.max(1, total)).toBeGreaterThanOrEqual(0.97);
    // Comparing thousands of findings takes seconds on a loaded machine: not a speed test.
  }, 120_000);
});
