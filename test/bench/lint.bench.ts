import { validate } from 'dockerfile-utils';
import { analyze } from '../../src/engine/index.js';
import type { BenchInput } from './inputs.js';
import { inputsLine, measureThroughput, targetsTable, type Contender } from './measure.js';

/** Full analysis (parse, model, every rule, default-off ones included) against dockerfile-utils' validator. */
export const LINTERS: Contender[] = [
  { name: 'shipshape analyze()', run: (text) => analyze(text, { settings: { enableAll: true } }) },
  { name: 'dockerfile-utils validate()', run: (text) => validate(text) },
];

/** Lint throughput on the corpus and on the big generated file, with ratios against dockerfile-utils. */
export function benchLint(corpus: BenchInput[] | null, big: BenchInput): string {
  const { table, summary } = measureThroughput('linter', LINTERS, corpus, big);
  const out = [inputsLine('Lint', corpus, big), table];
  const ours = summary.get('shipshape analyze()');
  const theirs = summary.get('dockerfile-utils validate()');
  if (ours !== undefined && theirs !== undefined) {
    out.push(targetsTable(ours, theirs, { comparedWith: 'dockerfile-utils', speedup: 10, bigMs: 50, bigLines: big.lines }));
  }
  return out.join('\n\n');
}
