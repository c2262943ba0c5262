import { afterAll, expect, it } from 'vitest';
import { analyze, type Finding } from '../../src/engine/index.js';
import { describeWithShared, readSharedJson } from '../support/shared.js';

/** One case of ../shared/conformance/buildkit/check-cases-dev.json. */
interface CheckCase {
  id: string;
  dockerfile: string;
  dockerignore: string | null;
  build_args: Record<string, string> | null;
  frontend_attrs: Record<string, string> | null;
  expected_warnings: { rule: string; line: number; detail: string }[];
  expected_error: { match: string; message: string } | null;
  note?: string;
}

const LINT_VIOLATION = 'lint violation found for rules: ';

let passed = 0;
let total = 0;
afterAll(() => {
  if (total > 0) console.log(`BuildKit build checks conformance: ${passed}/${total} cases agree`);
});

/** `--build-arg` values from the frontend attributes BuildKit's tests pass. */
function buildArgsOf(testCase: CheckCase): Record<string, string> {
  const buildArgs: Record<string, string> = { ...testCase.build_args };
  for (const [key, value] of Object.entries(testCase.frontend_attrs ?? {})) {
    if (!key.startsWith('build-arg:')) throw new Error(`${testCase.id}: unsupported frontend attribute ${key}`);
    buildArgs[key.slice('build-arg:'.length)] = value;
  }
  return buildArgs;
}

/**
 * The BuildKit checks a finding stands for. A finding's refs name a twin rule only when that twin
 * fired too (run.ts folds the two into one finding), so a hadolint finding counts for BuildKit
 * exactly when BuildKit's own check reported the same instruction.
 */
function buildkitRulesOf(finding: Finding, checkNames: ReadonlySet<string>): string[] {
  return finding.refs
    .filter((ref) => ref.startsWith('buildkit:'))
    .map((ref) => ref.slice('buildkit:'.length))
    .filter((rule) => checkNames.has(rule));
}

describeWithShared('BuildKit build checks (check-cases-dev.json)', ['conformance/buildkit/check-cases-dev.json'], () => {
  const cases = readSharedJson<CheckCase[]>('conformance/buildkit/check-cases-dev.json');
  const checkNames = new Set(readSharedJson<{ name: string }[]>('conformance/buildkit/checks.json').map((check) => check.name));

  it('has all 22 BuildKit checks and 44 cases', () => {
    expect(checkNames.size).toBe(22);
    expect(cases).toHaveLength(44);
  });

  for (const testCase of cases) {
    it(`${testCase.id}${testCase.note === undefined ? '' : `: ${testCase.note}`}`, () => {
      total++;
      const { findings } = analyze(
        { dockerfile: testCase.dockerfile, dockerignore: testCase.dockerignore },
        { buildArgs: buildArgsOf(testCase) },
      );
      const counted = findings.flatMap((finding) => buildkitRulesOf(finding, checkNames).map((rule) => ({ rule, finding })));
      const pairs = (list: { rule: string; line: number }[]): string[] =>
        [...new Set(list.map(({ rule, line }) => `${rule} line ${line}`))].sort();

      const actualPairs = pairs(counted.map(({ rule, finding }) => ({ rule, line: finding.line })));
      const expectedPairs = pairs(testCase.expected_warnings);

      const nativeDetails = new Map<string, string[]>();
      for (const { rule, finding } of counted) {
        if (finding.code !== rule) continue;
        const key = `${rule} line ${finding.line}`;
        nativeDetails.set(key, [...(nativeDetails.get(key) ?? []), finding.message].sort());
      }
      const expectedDetails = new Map<string, string[]>();
      for (const { rule, line, detail } of testCase.expected_warnings) {
        const key = `${rule} line ${line}`;
        if (nativeDetails.has(key)) expectedDetails.set(key, [...(expectedDetails.get(key) ?? []), detail].sort());
      }

      const violation = testCase.expected_error?.message.startsWith(LINT_VIOLATION) === true;
      const violatedRules = violation ? (testCase.expected_error?.message.slice(LINT_VIOLATION.length).split(', ').sort() ?? []) : [];
      const nonErrors = violation ? counted.filter(({ finding }) => finding.severity !== 'error').map(({ rule }) => rule) : [];

      const agrees =
        JSON.stringify(actualPairs) === JSON.stringify(expectedPairs) &&
        JSON.stringify([...nativeDetails]) === JSON.stringify([...expectedDetails]) &&
        nonErrors.length === 0 &&
        (!violation || JSON.stringify([...new Set(counted.map(({ rule }) => rule))].sort()) === JSON.stringify(violatedRules));
      if (agrees) passed++;

      expect(actualPairs).toEqual(expectedPairs);
      expect(Object.fromEntries(nativeDetails)).toEqual(Object.fromEntries(expectedDetails));
      if (violation) {
        expect(nonErrors, 'error=true makes every BuildKit finding an error').toEqual([]);
        expect([...new Set(counted.map(({ rule }) => rule))].sort()).toEqual(violatedRules);
      }
    });
  }
});
