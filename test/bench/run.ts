/**
 * `npm run bench`: performance targets are measured here, against the comparison tools in the
 * same run, never asserted in unit tests (these machines are noisy).
 */
import { benchLint } from './lint.bench.js';
import { benchParse } from './parse.bench.js';
import { corpusInputs, generatedInput } from './inputs.js';

const corpus = corpusInputs();
if (corpus === null) console.warn('[notice] ../shared/corpus/dev not found: corpus columns are empty, only the generated file is measured');
const big = generatedInput(10_000);

console.log(`shipshape benchmarks — Node ${process.version}, ${new Date().toISOString()}\n`);
console.log(benchParse(corpus, big));
console.log(`\n${benchLint(corpus, big)}`);
