/**
 * Differential test of our BuildKit checks against BuildKit's own lint run (`docker build --check`
 * semantics, every stage dispatched, no registry access): by rule and line, on the corpus, the
 * conformance Dockerfiles and the BuildKit check cases with their build args and .dockerignore.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index.js';
import { describeOracle } from './describe-oracle.js';
import { conformanceDifferentialInputs, corpusDifferentialInputs, type DifferentialInput } from './differential-inputs.js';
import { buildkitOracleAvailability, ensureBuildkitOracle, runBuildkitOracleJobs, type BuildkitOracleResult } from './harness.js';
import { CHECK_KNOWN_DIFFERENCES } from './known-differences.js';

/** The BuildKit checks a finding stands for: a finding's refs name only rules that really fired. */
function buildkitRulesOf(refs: string[]): string[] {
  return refs.filter((ref) => ref.startsWith('buildkit:')).map((ref) => ref.slice('buildkit:'.length));
}

describeOracle('differential: our BuildKit checks vs BuildKit v0.34.2', ['corpus', 'dev'], buildkitOracleAvailability, () => {
  const inputs: DifferentialInput[] = [...corpusDifferentialInputs(), ...conformanceDifferentialInputs()];
  const oracle = new Map<string, BuildkitOracleResult>();
  const perRule = new Map<string, { both: number; oursOnly: number; theirsOnly: number }>();

  beforeAll(async () => {
    const located = await ensureBuildkitOracle();
    if (located.path === null) throw new Error(`BuildKit oracle could not be built: ${located.reason}`);
    const results = await runBuildkitOracleJobs(
      inputs.map((input) => ({
        file: input.id,
        content: input.text,
        ...(input.buildArgs ? { buildArgs: input.buildArgs } : {}),
        ...(input.dockerignore !== undefined ? { dockerignore: input.dockerignore } : {}),
      })),
      { batchSize: 1500 },
    );
    inputs.forEach((input, index) => oracle.set(input.id, results[index] as BuildkitOracleResult));
  }, 15 * 60_000);

  afterAll(() => {
    const rows = [...perRule.entries()].sort(([a], [b]) => a.localeCompare(b));
    if (rows.length === 0) return;
    const both = rows.reduce((sum, [, r]) => sum + r.both, 0);
    const total = rows.reduce((sum, [, r]) => sum + r.both + r.oursOnly + r.theirsOnly, 0);
    console.log(
      [
        `BuildKit checks differential: ${both}/${total} findings agree by rule and line`,
        '  rule                               both  ours-only  buildkit-only',
        ...rows.map(([rule, r]) => `  ${rule.padEnd(34)} ${String(r.both).padStart(4)} ${String(r.oursOnly).padStart(10)} ${String(r.theirsOnly).padStart(14)}`),
      ].join('\n'),
    );
  });

  it(`${inputs.length} inputs: every BuildKit warning matched by rule and line, or listed`, () => {
    const unexplained: string[] = [];
    const used = new Set<string>();
    for (const input of inputs) {
      const result = oracle.get(input.id) as BuildkitOracleResult;
      // When BuildKit cannot even parse the file it runs no checks; neither do we count ours then.
      if (result.parseError !== null) continue;
      const { findings } = analyze(
        { dockerfile: input.text, dockerignore: input.dockerignore ?? null },
        { buildArgs: input.buildArgs ?? {} },
      );
      const ours = new Set<string>();
      for (const finding of findings) for (const rule of buildkitRulesOf(finding.refs)) ours.add(`${rule}|${finding.line}`);
      const theirs = new Set(result.checks.map((check) => `${check.rule}|${check.startLine}`));
      const note = (key: string, side: 'ours' | 'buildkit'): void => {
        const rule = key.split('|')[0] as string;
        const entry = perRule.get(rule) ?? { both: 0, oursOnly: 0, theirsOnly: 0 };
        perRule.set(rule, entry);
        if (side === 'ours') entry.oursOnly++;
        else entry.theirsOnly++;
        const listed = `${input.id}|${key}|${side}`;
        if (CHECK_KNOWN_DIFFERENCES[listed] !== undefined) used.add(listed);
        else unexplained.push(listed);
      };
      for (const key of ours) {
        if (theirs.has(key)) {
          const rule = key.split('|')[0] as string;
          const entry = perRule.get(rule) ?? { both: 0, oursOnly: 0, theirsOnly: 0 };
          entry.both++;
          perRule.set(rule, entry);
        } else note(key, 'ours');
      }
      for (const key of theirs) if (!ours.has(key)) note(key, 'buildkit');
    }
    expect(unexplained.slice(0, 40)).toEqual([]);
    expect(Object.keys(CHECK_KNOWN_DIFFERENCES).filter((key) => !used.has(key))).toEqual([]);
  }, 120_000);
});
