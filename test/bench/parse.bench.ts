import { DockerfileParser } from 'dockerfile-ast';
import { parse } from '../../src/engine/index.js';
import type { BenchInput } from './inputs.js';
import { median, percentile, table, timeRuns } from './measure.js';

export interface ParserUnderTest {
  name: string;
  run: (text: string) => unknown;
}

export const PARSERS: ParserUnderTest[] = [
  { name: 'shipshape parse()', run: parse },
  { name: 'dockerfile-ast parse()', run: (text) => DockerfileParser.parse(text) },
];

interface FileTiming {
  lines: number;
  ms: number;
}

function timeFiles(parser: ParserUnderTest, inputs: BenchInput[]): FileTiming[] {
  return inputs.map((input) => ({ lines: input.lines, ms: median(timeRuns(() => parser.run(input.text), { minRuns: 5, budgetMs: 15 })) }));
}

/** Parse throughput on the corpus and on the big generated file, with ratios against dockerfile-ast. */
export function benchParse(corpus: BenchInput[] | null, big: BenchInput): string {
  const out: string[] = [];
  for (const parser of PARSERS) for (let i = 0; i < 3; i++) for (const input of corpus ?? [big]) parser.run(input.text);

  const rows: (string | number)[][] = [];
  const summary = new Map<string, { linesPerMs: number; bigMs: number; perLineBig: number; perLineMedian: number }>();
  for (const parser of PARSERS) {
    const files = corpus === null ? [] : timeFiles(parser, corpus);
    const totalLines = files.reduce((sum, f) => sum + f.lines, 0);
    const totalMs = files.reduce((sum, f) => sum + f.ms, 0);
    const perFileRate = files.map((f) => f.lines / f.ms);
    const medianFile = files.length > 0 ? [...files].sort((a, b) => a.lines - b.lines)[Math.floor(files.length / 2)] : undefined;
    const bigTimes = timeRuns(() => parser.run(big.text), { minRuns: 10, budgetMs: 1500 });
    const bigMs = median(bigTimes);
    summary.set(parser.name, {
      linesPerMs: files.length > 0 ? totalLines / totalMs : big.lines / bigMs,
      bigMs,
      perLineBig: bigMs / big.lines,
      perLineMedian: medianFile === undefined ? Number.NaN : medianFile.ms / medianFile.lines,
    });
    rows.push([
      parser.name,
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
  out.push(
    `Parse: corpus ${corpus === null ? '(absent: ../shared missing)' : `${corpus.length} files, ${corpus.reduce((s, f) => s + f.lines, 0)} lines`}; generated file ${big.lines} lines`,
  );
  out.push(
    table(
      ['parser', 'corpus lines/ms', 'per-file median µs', 'per-file p95 µs', 'per-file median lines/ms', 'per-file p5 lines/ms', `${big.lines}-line ms (median)`, `${big.lines}-line ms (p95)`, `${big.lines}-line lines/ms`],
      rows,
    ),
  );
  const ours = summary.get('shipshape parse()');
  const theirs = summary.get('dockerfile-ast parse()');
  if (ours !== undefined && theirs !== undefined) {
    const linearity = ours.perLineBig / ours.perLineMedian;
    out.push(
      table(
        ['target', 'measured', 'goal', 'met'],
        [
          ['throughput vs dockerfile-ast (corpus lines/ms)', `${(ours.linesPerMs / theirs.linesPerMs).toFixed(1)}×`, '≥ 20×', ours.linesPerMs / theirs.linesPerMs >= 20 ? 'yes' : 'NO'],
          [`${big.lines}-line file`, `${ours.bigMs.toFixed(2)} ms`, '≤ 20 ms', ours.bigMs <= 20 ? 'yes' : 'NO'],
          ['per-line cost, 10k file / median corpus file', `${linearity.toFixed(2)}×`, '≤ 1.5×', linearity <= 1.5 ? 'yes' : 'NO'],
        ],
      ),
    );
  }
  return out.join('\n\n');
}
