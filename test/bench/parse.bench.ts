import { DockerfileParser } from 'dockerfile-ast';
import { parse } from '../../src/engine/index.js';
import type { BenchInput } from './inputs.js';
import { inputsLine, measureThroughput, targetsTable, type Contender } from './measure.js';

export const PARSERS: Contender[] = [
  { name: 'shipshape parse()', run: parse },
  { name: 'dockerfile-ast parse()', run: (text) => DockerfileParser.parse(text) },
];

/** Parse throughput on the corpus and on the big generated file, with ratios against dockerfile-ast. */
export function benchParse(corpus: BenchInput[] | null, big: BenchInput): string {
  const { table, summary } = measureThroughput('parser', PARSERS, corpus, big);
  const out = [inputsLine('Parse', corpus, big), table];
  const ours = summary.get('shipshape parse()');
  const theirs = summary.get('dockerfile-ast parse()');
  if (ours !== undefined && theirs !== undefined) {
    out.push(targetsTable(ours, theirs, { comparedWith: 'dockerfile-ast', speedup: 20, bigMs: 20, bigLines: big.lines }));
  }
  return out.join('\n\n');
}
