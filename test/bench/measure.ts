/** Small timing helpers: repeated runs, median and percentiles, plain-text tables, tool-vs-tool throughput. */
import type { BenchInput } from './inputs.js';

export function timeRuns(run: () => void, { minRuns = 5, budgetMs = 40 } = {}): number[] {
  const times: number[] = [];
  const deadline = performance.now() + budgetMs;
  while (times.length < minRuns || performance.now() < deadline) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
    if (times.length >= 200) break;
  }
  return times;
}

export function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export const median = (values: number[]): number => percentile(values, 0.5);

export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((row) => row.map((cell) => (typeof cell === 'number' ? formatNumber(cell) : cell)))];
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => String(row[column] ?? '').length)));
  const line = (row: (string | number)[]): string =>
    `| ${row.map((cell, column) => String(cell).padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(cells[0] as string[]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.slice(1).map(line)].join('\n');
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** A tool timed on each input, e.g. `shipshape parse()` or a comparison library. */
export interface Contender {
  name: string;
  run: (text: string) => unknown;
}

export interface ThroughputSummary {
  /** Lines per ms over the whole corpus (or the big file when there is no corpus). */
  linesPerMs: number;
  bigMs: number;
  perLineBig: number;
  perLineMedian: number;
}

interface FileTiming {
  lines: number;
  ms: number;
}

function timeFiles(contender: Contender, inputs: BenchInput[]): FileTiming[] {
  return inputs.map((input) => ({ lines: input.lines, ms: median(timeRuns(() => contender.run(input.text), { minRuns: 5, budgetMs: 15 })) }));
}

/**
 * Times every contender on each corpus file and on the big generated file, after a warm-up, and
 * returns the comparison table (first column headed `role`) plus per-contender figures for targets.
 */
export function measureThroughput(
  role: string,
  contenders: Contender[],
  corpus: BenchInput[] | null,
  big: BenchInput,
): { table: string; summary: Map<string, ThroughputSummary> } {
  for (const contender of contenders) for (let i = 0; i < 3; i++) for (const input of corpus ?? [big]) contender.run(input.text);

  const rows: (string | number)[][] = [];
  const summary = new Map<string, ThroughputSummary>();
  for (const contender of contenders) {
    const files = corpus === null ? [] : timeFiles(contender, corpus);
    const totalLines = files.reduce((sum, f) => sum + f.lines, 0);
    const totalMs = files.reduce((sum, f) => sum + f.ms, 0);
    const perFileRate = files.map((f) => f.lines / f.ms);
    const medianFile = files.length > 0 ? [...files].sort((a, b) => a.lines - b.lines)[Math.floor(files.length / 2)] : undefined;
    const bigTimes = timeRuns(() => contender.run(big.text), { minRuns: 10, budgetMs: 1500 });
    const bigMs = median(bigTimes);
    summary.set(contender.name, {
      linesPerMs: files.length > 0 ? totalLines / totalMs : big.lines / bigMs,
      bigMs,
      perLineBig: bigMs / big.lines,
      perLineMedian: medianFile === undefined ? Number.NaN : medianFile.ms / medianFile.lines,
    });
    rows.push([
      contender.name,
      files.length > 0 ? totalLines / totalMs : Number.NaN,
      files.length > 0 ? median(files.map((f) => f.ms)) * 1000 : Number.NaN,
      files.length > 0 ? percentile(files.map((f) => f.ms), 0.95) * 1000 : Number.NaN,
      files.length > 0 ? median(perFileRate) : Number.NaN,
      files.length > 0 ? percentile(perFileRate, 0.05) : Number.NaN,
      bigMs,
      percentile(bigTimes, 0.95),
      big.lines / bigMs,
    ]);
  }
  const headers = [
    role,
    'corpus lines/ms',
    'per-file median µs',
    'per-file p95 µs',
    'per-file median lines/ms',
    'per-file p5 lines/ms',
    `${big.lines}-line ms (median)`,
    `${big.lines}-line ms (p95)`,
    `${big.lines}-line lines/ms`,
  ];
  return { table: table(headers, rows), summary };
}

/** `Parse: corpus 295 files, 12345 lines; generated file 10000 lines` */
export function inputsLine(title: string, corpus: BenchInput[] | null, big: BenchInput): string {
  const corpusText = corpus === null ? '(absent: ../shared missing)' : `${corpus.length} files, ${corpus.reduce((sum, f) => sum + f.lines, 0)} lines`;
  return `${title}: corpus ${corpusText}; generated file ${big.lines} lines`;
}

export interface ThroughputGoals {
  /** The comparison tool's name in the target row, e.g. `dockerfile-ast`. */
  comparedWith: string;
  /** Our corpus lines/ms at least this many times theirs. */
  speedup: number;
  /** The big file in at most this many ms. */
  bigMs: number;
  bigLines: number;
}

/** The targets table: speed-up over the comparison tool, the big file's time, and linearity (≤ 1.5×). */
export function targetsTable(ours: ThroughputSummary, theirs: ThroughputSummary, goals: ThroughputGoals): string {
  const speedup = ours.linesPerMs / theirs.linesPerMs;
  const linearity = ours.perLineBig / ours.perLineMedian;
  return table(
    ['target', 'measured', 'goal', 'met'],
    [
      [`throughput vs ${goals.comparedWith} (corpus lines/ms)`, `${speedup.toFixed(1)}×`, `≥ ${goals.speedup}×`, speedup >= goals.speedup ? 'yes' : 'NO'],
      [`${goals.bigLines}-line file`, `${ours.bigMs.toFixed(2)} ms`, `≤ ${goals.bigMs} ms`, ours.bigMs <= goals.bigMs ? 'yes' : 'NO'],
      ['per-line cost, 10k file / median corpus file', `${linearity.toFixed(2)}×`, '≤ 1.5×', linearity <= 1.5 ? 'yes' : 'NO'],
    ],
  );
}
