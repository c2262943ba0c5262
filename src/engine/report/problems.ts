import { ALL_RULES } from '../rules/registry.js';
import { SEVERITIES, type Finding, type Rule, type RuleDocs, type RuleMeta, type Severity } from '../rules/types.js';
import type { Diagnostic, Range } from '../syntax/types.js';

/** One linted file, as the formatters see it. */
export interface ReportFile {
  /** The path as the user gave it; relative paths stay relative. */
  file: string;
  /** The analyzed text (`analysis.syntax.text`, a leading BOM dropped): ranges and fix offsets index it. */
  text: string;
  findings: readonly Finding[];
  diagnostics: readonly Diagnostic[];
  /** Problems with the file's own configuration, such as an invalid `# check=` directive. */
  configErrors?: readonly { message: string; line: number }[];
}

export interface ReportOptions {
  /** The shipshape version that produced the report. */
  version: string;
  /** Where rule metadata (docs URL, description) comes from; default: every rule. The why and examples are the catalog's. */
  rules?: readonly Rule[];
}

/**
 * The code under which BuildKit's parse and instruction errors (and an invalid `# check=`
 * directive, which also stops the build) are reported. hadolint reports parse errors as DL1000,
 * so filters and `ignored` lists written for hadolint keep working.
 */
export const PARSE_ERROR_CODE = 'DL1000';

/** Metadata of the DL1000 pseudo-rule, for formats that describe every code they use. */
export const PARSE_ERROR_META: Pick<RuleMeta, 'code' | 'name' | 'severity' | 'description'> & Pick<RuleDocs, 'why'> = {
  code: PARSE_ERROR_CODE,
  name: 'parse-error',
  severity: 'error',
  description: 'BuildKit cannot parse or accept this Dockerfile.',
  why:
    "BuildKit's parser and instruction checks reject the file before anything is built, so the build fails here whatever else is right. " +
    'The message is the one BuildKit prints; hadolint reports parse errors under the same code.',
};

/** A finding, a parse diagnostic or a configuration error, in one shape. */
export interface Problem {
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  /** The rule finding, or null for a parse or configuration error. */
  finding: Finding | null;
  /** For parse and configuration errors: BuildKit's diagnostic code, or `invalid-check-options`. */
  kind: string | null;
}

/** The file's lines as BuildKit splits them (on `\n`, a trailing `\r` dropped). */
export function sourceLines(text: string): string[] {
  return text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}

export function diagnosticProblem(diagnostic: Diagnostic): Problem {
  const { severity, message, range } = diagnostic;
  return { code: PARSE_ERROR_CODE, severity, message, range, finding: null, kind: diagnostic.code };
}

export function configErrorProblem(error: { message: string; line: number }, lines: readonly string[]): Problem {
  const length = lines[error.line - 1]?.length ?? 0;
  return {
    code: PARSE_ERROR_CODE,
    severity: 'error',
    message: error.message,
    range: { startLine: error.line, startColumn: 1, endLine: error.line, endColumn: length + 1 },
    finding: null,
    kind: 'invalid-check-options',
  };
}

/** Everything reported for a file, by position; at the same position parse errors come first. */
export function fileProblems(file: ReportFile, lines: readonly string[] = sourceLines(file.text)): Problem[] {
  const problems: Problem[] = [
    ...file.diagnostics.map(diagnosticProblem),
    ...(file.configErrors ?? []).map((error) => configErrorProblem(error, lines)),
    ...file.findings.map(
      (finding): Problem => ({ code: finding.code, severity: finding.severity, message: finding.message, range: finding.range, finding, kind: null }),
    ),
  ];
  return problems.sort((a, b) => a.range.startLine - b.range.startLine || a.range.startColumn - b.range.startColumn);
}

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(problems: Iterable<Problem>): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, style: 0 };
  for (const problem of problems) counts[problem.severity]++;
  return counts;
}

const COUNT_NOUNS: Record<Severity, [singular: string, plural: string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['info', 'info'],
  style: ['style issue', 'style issues'],
};

/** `3 errors, 7 warnings, 1 info`, leaving out zeros; null when there is nothing to count. */
export function describeCounts(counts: SeverityCounts): string | null {
  const parts = SEVERITIES.filter((severity) => counts[severity] > 0).map(
    (severity) => `${counts[severity]} ${COUNT_NOUNS[severity][counts[severity] === 1 ? 0 : 1]}`,
  );
  return parts.length === 0 ? null : parts.join(', ');
}

export function ruleMetaLookup(rules: readonly Rule[] = ALL_RULES): (code: string) => RuleMeta | undefined {
  const byCode = new Map(rules.map((rule) => [rule.meta.code, rule.meta]));
  return (code) => byCode.get(code);
}
