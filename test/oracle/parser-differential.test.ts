/**
 * Differential test of our parser against BuildKit's own (the Go oracle in ./buildkit): the
 * corpus, every Dockerfile of ../shared/conformance and 2,400 seeded generated inputs. Any
 * difference must be listed in known-differences.ts with a reason, or the suite fails.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { dumpBuildkit, parse, type Dockerfile } from '../../src/engine/index.js';
import { levenshtein } from '../../src/engine/syntax/suggest.js';
import { describeOracle } from './describe-oracle.js';
import {
  conformanceDifferentialInputs,
  corpusDifferentialInputs,
  generatedDifferentialInputs,
  type DifferentialInput,
} from './differential-inputs.js';
import { buildkitOracleAvailability, ensureBuildkitOracle, runBuildkitOracleJobs, type BuildkitOracleResult } from './harness.js';
import { PARSER_KNOWN_DIFFERENCES } from './known-differences.js';

export type ParserAspect = 'accept' | 'dump' | 'lines' | 'heredocs' | 'comments' | 'warnings' | 'parse-error' | 'instruction-error';

interface Comparison {
  aspect: ParserAspect;
  ours: unknown;
  theirs: unknown;
}

const INSTRUCTION_ERROR_PREFIX = /^dockerfile parse error on line \d+: /;
const SUGGESTION = /^(.*: (\S+)) \(did you mean (\S+)\?\)$/;

/**
 * Go builds some suggestion lists from a map, so BuildKit picks among equally close options at
 * random: two messages that differ only in such a tie are the same answer.
 */
function sameInstructionError(ours: string | null, theirs: string | null): boolean {
  if (ours === theirs) return true;
  const a = ours === null ? null : SUGGESTION.exec(ours);
  const b = theirs === null ? null : SUGGESTION.exec(theirs);
  if (a === null || b === null || a[1] !== b[1]) return false;
  const value = (a[2] as string).toLowerCase();
  return levenshtein(value, (a[3] as string).toLowerCase()) === levenshtein(value, (b[3] as string).toLowerCase());
}

function firstError(dockerfile: Dockerfile, layer: 'parser' | 'instruction') {
  return dockerfile.diagnostics.find((d) => d.layer === layer && d.severity === 'error') ?? null;
}

/** Everything the oracle reports about one input that we can compare, as aspect → difference. */
export function compareParse(input: DifferentialInput, oracle: BuildkitOracleResult): Comparison[] {
  const ours = parse(input.text);
  const differences: Comparison[] = [];
  const ourParseError = firstError(ours, 'parser');
  const rejected = oracle.parseError !== null;
  if ((ourParseError !== null) !== rejected) {
    differences.push({ aspect: 'accept', ours: ourParseError?.message ?? 'accepted', theirs: oracle.parseError ?? 'accepted' });
    return differences;
  }
  if (rejected) {
    const theirs = oracle.parseError as string;
    if (!theirs.endsWith(ourParseError?.message ?? '\0')) differences.push({ aspect: 'parse-error', ours: ourParseError?.message, theirs });
    return differences;
  }
  const dump = dumpBuildkit(ours);
  if (dump !== oracle.dump) differences.push({ aspect: 'dump', ours: dump, theirs: oracle.dump });
  const nodes = oracle.nodes ?? [];
  const ourLines = ours.instructions.map((i) => [i.startLine, i.endLine]);
  const theirLines = nodes.map((n) => [n.startLine, n.endLine]);
  if (JSON.stringify(ourLines) !== JSON.stringify(theirLines)) differences.push({ aspect: 'lines', ours: ourLines, theirs: theirLines });
  const ourHeredocs = ours.instructions.map((i) => i.heredocs.map((h) => [h.name, h.content, h.expand, h.chomp, h.fileDescriptor]));
  const theirHeredocs = nodes.map((n) => n.heredocs.map((h) => [h.name, h.content, h.expand, h.chomp, h.fileDescriptor]));
  if (JSON.stringify(ourHeredocs) !== JSON.stringify(theirHeredocs)) {
    differences.push({ aspect: 'heredocs', ours: ourHeredocs, theirs: theirHeredocs });
  }
  const ourComments = ours.instructions.map((i) => i.prevComments);
  const theirComments = nodes.map((n) => n.prevComment);
  if (JSON.stringify(ourComments) !== JSON.stringify(theirComments)) {
    differences.push({ aspect: 'comments', ours: ourComments, theirs: theirComments });
  }
  const ourWarnings = ours.diagnostics.filter((d) => d.code === 'empty-continuation').map((d) => [d.range.startLine, d.message]);
  const theirWarnings = oracle.warnings.map((w) => [w.line, w.short]);
  if (JSON.stringify(ourWarnings) !== JSON.stringify(theirWarnings)) {
    differences.push({ aspect: 'warnings', ours: ourWarnings, theirs: theirWarnings });
  }
  const ourInstructionError = firstError(ours, 'instruction');
  const theirInstructionError = oracle.instructionError?.replace(INSTRUCTION_ERROR_PREFIX, '') ?? null;
  if (!sameInstructionError(ourInstructionError?.message ?? null, theirInstructionError)) {
    differences.push({ aspect: 'instruction-error', ours: ourInstructionError?.message ?? null, theirs: theirInstructionError });
  }
  return differences;
}

describeOracle('differential: our parser vs BuildKit v0.34.2', ['corpus', 'dev'], buildkitOracleAvailability, () => {
  const groups: [string, DifferentialInput[]][] = [
    ['corpus', corpusDifferentialInputs()],
    ['conformance', conformanceDifferentialInputs()],
    ['generated', generatedDifferentialInputs()],
  ];
  const results = new Map<string, BuildkitOracleResult>();
  const tally = new Map<string, { inputs: number; agree: number; known: number; rejectedByBoth: number }>();

  beforeAll(async () => {
    const located = await ensureBuildkitOracle();
    if (located.path === null) throw new Error(`BuildKit oracle could not be built: ${located.reason}`);
    const all = groups.flatMap(([, inputs]) => inputs);
    const oracle = await runBuildkitOracleJobs(
      all.map((input) => ({ file: input.id, content: input.text, ...(input.buildArgs ? { buildArgs: input.buildArgs } : {}) })),
      { batchSize: 1500 },
    );
    all.forEach((input, index) => results.set(input.id, oracle[index] as BuildkitOracleResult));
  }, 15 * 60_000);

  afterAll(() => {
    const rows = [...tally.entries()].map(
      ([group, t]) =>
        `  ${group.padEnd(12)} ${String(t.inputs).padStart(5)} inputs  ${String(t.agree).padStart(5)} identical  ${String(t.known).padStart(3)} known differences  (${t.rejectedByBoth} rejected by both)`,
    );
    if (rows.length > 0) console.log(`Parser differential vs BuildKit (accept/reject, dump, lines, heredocs, comments, warnings, errors):\n${rows.join('\n')}`);
  });

  for (const [group, inputs] of groups) {
    it(`${group}: ${inputs.length} inputs agree with BuildKit or are listed`, () => {
      expect(inputs.length).toBeGreaterThan(0);
      const unexplained: string[] = [];
      const stale: string[] = [];
      const entry = { inputs: inputs.length, agree: 0, known: 0, rejectedByBoth: 0 };
      for (const input of inputs) {
        const oracle = results.get(input.id) as BuildkitOracleResult;
        const differences = compareParse(input, oracle);
        const known = PARSER_KNOWN_DIFFERENCES[input.id];
        if (oracle.parseError !== null && differences.every((d) => d.aspect !== 'accept')) entry.rejectedByBoth++;
        if (differences.length === 0) {
          entry.agree++;
          if (known !== undefined) stale.push(`${input.id}: listed (${known.reason}) but agrees now`);
          continue;
        }
        const aspects = differences.map((d) => d.aspect);
        if (known !== undefined && aspects.every((aspect) => known.aspects.includes(aspect))) {
          entry.known++;
          continue;
        }
        unexplained.push(
          `${input.id}\n    input: ${JSON.stringify(input.text).slice(0, 400)}\n${differences
            .map((d) => `    ${d.aspect}: ours ${JSON.stringify(d.ours).slice(0, 300)}\n    ${' '.repeat(d.aspect.length)}  theirs ${JSON.stringify(d.theirs).slice(0, 300)}`)
            .join('\n')}`,
        );
      }
      tally.set(group, entry);
      expect(unexplained.slice(0, 15).join('\n')).toBe('');
      expect(stale).toEqual([]);
    }, 120_000);
  }
});
