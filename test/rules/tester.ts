import { expect, it } from 'vitest';
import { analyze, applyEdits, collectFixes } from '../../src/engine/index.js';
import type { Finding, LintSettings, Rule } from '../../src/engine/index.js';

export interface ExpectedFinding {
  /** 1-based line and column of the marker start; end is optional. */
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  messageId?: string;
  message?: string;
}

export interface RuleCase {
  /** Shown in the test name; defaults to the Dockerfile text. */
  name?: string;
  code: string;
  settings?: LintSettings;
  buildArgs?: Record<string, string>;
  dockerignore?: string;
}

export interface InvalidCase extends RuleCase {
  errors: ExpectedFinding[];
  /** The text after applying each finding's first fix; null when the rule offers none. */
  output?: string | null;
}

/** Runs only `rule` (forced on) over a case. */
export function runRule(rule: Rule, testCase: RuleCase): { findings: Finding[]; text: string } {
  const analysis = analyze(
    { dockerfile: testCase.code, dockerignore: testCase.dockerignore ?? null },
    {
      rules: [rule],
      settings: { ...testCase.settings, rules: { ...testCase.settings?.rules, [rule.meta.code]: true } },
      buildArgs: testCase.buildArgs ?? {},
    },
  );
  return { findings: analysis.findings.filter((f) => f.code === rule.meta.code), text: testCase.code };
}

function describeFinding(finding: Finding, expected: ExpectedFinding): ExpectedFinding {
  const actual: ExpectedFinding = { line: finding.range.startLine };
  if (expected.column !== undefined) actual.column = finding.range.startColumn;
  if (expected.endLine !== undefined) actual.endLine = finding.range.endLine;
  if (expected.endColumn !== undefined) actual.endColumn = finding.range.endColumn;
  if (expected.messageId !== undefined) actual.messageId = finding.messageId;
  if (expected.message !== undefined) actual.message = finding.message;
  return actual;
}

/** ESLint-style table test: every valid case has no finding; every invalid case exactly the listed ones. */
export function ruleTests(rule: Rule, cases: { valid: (string | RuleCase)[]; invalid: InvalidCase[] }): void {
  for (const valid of cases.valid) {
    const testCase = typeof valid === 'string' ? { code: valid } : valid;
    it(`valid: ${testCase.name ?? JSON.stringify(testCase.code)}`, () => {
      expect(runRule(rule, testCase).findings.map((f) => `${f.range.startLine}: ${f.message}`)).toEqual([]);
    });
  }
  for (const invalid of cases.invalid) {
    it(`invalid: ${invalid.name ?? JSON.stringify(invalid.code)}`, () => {
      const { findings } = runRule(rule, invalid);
      expect(findings.map((f, i) => describeFinding(f, invalid.errors[i] ?? { line: 0 }))).toEqual(invalid.errors);
      if (invalid.output !== undefined) {
        const edits = collectFixes(findings);
        expect(edits.length === 0 ? null : applyEdits(invalid.code, edits)).toBe(invalid.output);
      }
    });
  }
}
