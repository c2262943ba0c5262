/**
 * What the Findings panel lists: rule findings, parse diagnostics and configuration errors in one
 * shape, with filtering, grouping and counting. Pure, so the panel stays a thin view.
 */
import type { Category, Finding, Range, Severity } from '../../engine/index';
import { SEVERITIES } from '../../engine/rules/types';
import type { AnalysisResult, StageSummary } from '../analysis/protocol';
import type { Grouping } from '../state/store';

export type ProblemKind = 'finding' | 'parse' | 'config';

export interface Problem {
  /**
   * Unique within one analysis, and the same for the same finding after an edit elsewhere moved
   * it, so that the Findings panel updates its rows instead of rebuilding them on every keystroke.
   */
  key: string;
  kind: ProblemKind;
  /** The rule code, or the parser's diagnostic code (`unknown-instruction`). */
  code: string;
  severity: Severity;
  /** A rule's category; parse and configuration errors have none. */
  category: Category | null;
  message: string;
  range: Range;
  start: number;
  stage: number | null;
  finding: Finding | null;
}

export interface ProblemGroup {
  key: string;
  label: string;
  problems: Problem[];
}

export type SeverityCounts = Record<Severity, number>;

const SEVERITY_GROUP_LABELS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info', style: 'Style' };

const CATEGORY_ORDER: readonly Category[] = ['correctness', 'security', 'reliability', 'size', 'cache', 'maintainability', 'style'];

const CATEGORY_LABELS: Record<Category, string> = {
  correctness: 'Correctness',
  security: 'Security',
  reliability: 'Reliability',
  size: 'Image size',
  cache: 'Build cache',
  maintainability: 'Maintainability',
  style: 'Style',
};

export function categoryLabel(category: Category): string {
  return CATEGORY_LABELS[category];
}

/** The stage a line belongs to: the last stage whose FROM is on or above it. */
function stageAt(line: number, stages: readonly StageSummary[]): number | null {
  let current: number | null = null;
  for (const stage of stages) if (stage.line <= line) current = stage.index;
  return current;
}

function lineLength(text: string, line: number): number {
  return (text.split('\n')[line - 1] ?? '').replace(/\r$/, '').length;
}

export function listProblems(result: AnalysisResult, text: string): Problem[] {
  const parse = result.diagnostics.map(
    (diagnostic): Problem => ({
      key: '',
      kind: 'parse',
      code: diagnostic.code,
      severity: diagnostic.severity,
      category: null,
      message: diagnostic.message,
      range: diagnostic.range,
      start: diagnostic.start,
      stage: stageAt(diagnostic.range.startLine, result.stages),
      finding: null,
    }),
  );
  const config = result.configErrors.map(
    (error): Problem => ({
      key: '',
      kind: 'config',
      code: 'invalid-check-options',
      severity: 'error',
      category: null,
      message: error.message,
      range: { startLine: error.line, startColumn: 1, endLine: error.line, endColumn: lineLength(text, error.line) + 1 },
      start: 0,
      stage: null,
      finding: null,
    }),
  );
  const findings = result.findings.map(
    (finding): Problem => ({
      key: '',
      kind: 'finding',
      code: finding.code,
      severity: finding.severity,
      category: finding.category,
      message: finding.message,
      range: finding.range,
      start: finding.start,
      stage: finding.stage,
      finding,
    }),
  );
  const problems = [...parse, ...config, ...findings].sort(byPosition);
  // The n-th problem of a kind and code keeps its key when lines are added or removed around it.
  const occurrences = new Map<string, number>();
  for (const problem of problems) {
    const prefix = `${problem.kind}:${problem.code}`;
    const occurrence = occurrences.get(prefix) ?? 0;
    occurrences.set(prefix, occurrence + 1);
    problem.key = `${prefix}:${occurrence}`;
  }
  return problems;
}

const problemsByResult = new WeakMap<AnalysisResult, readonly Problem[]>();

/**
 * The problems of one analysis, listed once: the editor's markers, the Findings panel and a shared
 * link's finding all read this one list, so it is never to be changed.
 */
export function problemsOf(analysis: { result: AnalysisResult; input: { dockerfile: string } }): readonly Problem[] {
  let problems = problemsByResult.get(analysis.result);
  if (problems === undefined) {
    problems = listProblems(analysis.result, analysis.input.dockerfile);
    problemsByResult.set(analysis.result, problems);
  }
  return problems;
}

function byPosition(a: Problem, b: Problem): number {
  return a.range.startLine - b.range.startLine || a.range.startColumn - b.range.startColumn || a.code.localeCompare(b.code);
}

/** Every word of the query must appear in the code, rule name, message, category or severity. */
export function filterProblems(problems: readonly Problem[], query: string): Problem[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...problems];
  return problems.filter((problem) => {
    const haystack = [problem.code, problem.finding?.name ?? '', problem.message, problem.category ?? 'parse', problem.severity]
      .join('\n')
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

function stageLabel(index: number | null, stages: readonly StageSummary[]): string {
  if (index === null) return 'Before the first FROM';
  const stage = stages.find((candidate) => candidate.index === index);
  const name = stage?.name ? `“${stage.name}”` : 'unnamed';
  return `Stage ${index + 1} · ${name}${stage ? ` (line ${stage.line})` : ''}`;
}

export function groupProblems(problems: readonly Problem[], grouping: Grouping, stages: readonly StageSummary[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  const order: string[] = [];
  const keyOf = (problem: Problem): [key: string, label: string, rank: number] => {
    switch (grouping) {
      case 'severity':
        return [problem.severity, SEVERITY_GROUP_LABELS[problem.severity], SEVERITIES.indexOf(problem.severity)];
      case 'category':
        return problem.category === null
          ? ['parse', 'Parse and configuration errors', -1]
          : [problem.category, CATEGORY_LABELS[problem.category], CATEGORY_ORDER.indexOf(problem.category)];
      case 'stage':
        return [`stage:${problem.stage ?? 'none'}`, stageLabel(problem.stage, stages), problem.stage ?? -1];
    }
  };
  const ranks = new Map<string, number>();
  for (const problem of [...problems].sort(byPosition)) {
    const [key, label, rank] = keyOf(problem);
    let group = groups.get(key);
    if (group === undefined) {
      group = { key, label, problems: [] };
      groups.set(key, group);
      order.push(key);
      ranks.set(key, rank);
    }
    group.problems.push(problem);
  }
  return order.sort((a, b) => (ranks.get(a) ?? 0) - (ranks.get(b) ?? 0)).map((key) => groups.get(key) as ProblemGroup);
}

export function countBySeverity(problems: readonly Problem[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, style: 0 };
  for (const problem of problems) counts[problem.severity]++;
  return counts;
}

const SEVERITY_NOUNS: Record<Severity, [singular: string, plural: string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['info', 'info'],
  style: ['style', 'style'],
};

/** `2 errors · 5 warnings · 1 info`, or `No findings`. */
export function summarizeCounts(counts: SeverityCounts): string {
  const parts = SEVERITIES.filter((severity) => counts[severity] > 0).map((severity) => {
    const [singular, plural] = SEVERITY_NOUNS[severity];
    return `${counts[severity]} ${counts[severity] === 1 ? singular : plural}`;
  });
  return parts.length === 0 ? 'No findings' : parts.join(' · ');
}

export function coversLine(problem: Problem, line: number): boolean {
  return problem.range.startLine <= line && line <= problem.range.endLine;
}

/** The problem a share link or an earlier click named, in a new analysis of the same text. */
export function findReferenced(problems: readonly Problem[], reference: { code: string; start: number }): Problem | undefined {
  return problems.find((problem) => problem.code === reference.code && problem.start === reference.start);
}
