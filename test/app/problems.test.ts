import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../src/app/analysis/protocol';
import {
  countBySeverity,
  coversLine,
  filterProblems,
  findReferenced,
  groupProblems,
  listProblems,
  summarizeCounts,
} from '../../src/app/panels/problems';
import { analyze } from '../../src/engine/index';

const TEXT = `FROM golang:1.23 AS build
RUN apk add curl
FOO bar
FROM scratch
MAINTAINER jane@example.com
`;

function resultOf(text: string): AnalysisResult {
  const analysis = analyze(text);
  return {
    diagnostics: analysis.diagnostics,
    findings: analysis.findings,
    configErrors: analysis.configErrors,
    stages: analysis.model.stages.map((stage) => ({ index: stage.index, name: stage.name, line: stage.from.range.startLine })),
    durationMs: 0,
  };
}

describe('the findings list', () => {
  const problems = listProblems(resultOf(TEXT), TEXT);

  it('holds parse errors and rule findings together, by position', () => {
    expect(problems.some((problem) => problem.kind === 'parse' && /unknown instruction/.test(problem.message))).toBe(true);
    expect(problems.some((problem) => problem.code === 'DL4000')).toBe(true);
    const lines = problems.map((problem) => problem.range.startLine);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('groups by severity, most serious first', () => {
    const labels = groupProblems(problems, 'severity', []).map((group) => group.label);
    expect(labels[0]).toBe('Errors');
    expect(labels).toEqual([...new Set(labels)]);
  });

  it('groups by stage with the stage names', () => {
    const result = resultOf(TEXT);
    const labels = groupProblems(problems, 'stage', result.stages).map((group) => group.label);
    expect(labels).toEqual(['Stage 1 · “build” (line 1)', 'Stage 2 · unnamed (line 4)']);
  });

  it('groups parse errors first when grouping by category', () => {
    expect(groupProblems(problems, 'category', [])[0]?.label).toBe('Parse and configuration errors');
  });

  it('filters on every word, across code, message, category and severity', () => {
    expect(filterProblems(problems, 'dl4000').map((problem) => problem.code)).toEqual(['DL4000']);
    expect(filterProblems(problems, 'maintainer error').map((problem) => problem.code)).toEqual(['DL4000']);
    expect(filterProblems(problems, 'no such thing')).toEqual([]);
    expect(filterProblems(problems, '  ')).toHaveLength(problems.length);
  });

  it('counts and summarises', () => {
    expect(summarizeCounts(countBySeverity([]))).toBe('No findings');
    expect(summarizeCounts({ error: 1, warning: 2, info: 1, style: 0 })).toBe('1 error · 2 warnings · 1 info');
  });

  it('finds a referenced finding again and knows its lines', () => {
    const maintainer = problems.find((problem) => problem.code === 'DL4000');
    expect(maintainer).toBeDefined();
    if (maintainer === undefined) return;
    expect(findReferenced(problems, { code: 'DL4000', start: maintainer.start })).toBe(maintainer);
    expect(coversLine(maintainer, 5)).toBe(true);
    expect(coversLine(maintainer, 4)).toBe(false);
  });
});
