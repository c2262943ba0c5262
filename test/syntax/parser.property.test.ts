import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dumpBuildkit, parse } from '../../src/engine/index.js';
import type { Dockerfile, Located, Range } from '../../src/engine/index.js';

function rangeOk(dockerfile: Dockerfile, node: Located): void {
  expect(node.start).toBeGreaterThanOrEqual(0);
  expect(node.end).toBeGreaterThanOrEqual(node.start);
  expect(node.end).toBeLessThanOrEqual(dockerfile.text.length);
  expect(positionOrder(node.range)).toBe(true);
}

function positionOrder(range: Range): boolean {
  return (
    range.startLine >= 1 &&
    range.startColumn >= 1 &&
    (range.endLine > range.startLine || (range.endLine === range.startLine && range.endColumn >= range.startColumn))
  );
}

/** Every located node of the tree, depth first. */
function* nodes(dockerfile: Dockerfile): Generator<Located> {
  yield* dockerfile.comments;
  yield* dockerfile.directives;
  yield* dockerfile.diagnostics;
  const stack = [...dockerfile.instructions];
  while (stack.length > 0) {
    const instruction = stack.pop();
    if (instruction === undefined) break;
    yield instruction;
    for (const flag of instruction.flags) {
      yield flag;
      yield* flag.options ?? [];
    }
    for (const heredoc of instruction.heredocs) {
      yield heredoc;
      yield heredoc.marker;
      yield heredoc.body;
      if (heredoc.terminator !== null) yield heredoc.terminator;
    }
    const details = instruction.details;
    switch (details.kind) {
      case 'FROM':
        for (const word of [details.image, details.asKeyword, details.stageName, ...details.extra]) if (word !== null) yield word;
        break;
      case 'COPY':
      case 'ADD':
      case 'VOLUME':
        yield* details.paths;
        break;
      case 'ENV':
      case 'LABEL':
        for (const pair of details.pairs) {
          yield pair;
          yield pair.key;
          if (pair.value !== null) yield pair.value;
        }
        break;
      case 'ARG':
        for (const arg of details.args) {
          yield arg;
          yield arg.name;
          if (arg.defaultValue !== null) yield arg.defaultValue;
        }
        break;
      case 'ONBUILD':
        if (details.trigger !== null) stack.push(details.trigger);
        break;
      case 'RUN':
      case 'CMD':
      case 'ENTRYPOINT':
        if (details.form === 'exec') yield* details.args;
        else yield details.text;
        break;
      default:
        break;
    }
  }
}

function checkTree(text: string): void {
  const dockerfile = parse(text);
  dumpBuildkit(dockerfile);
  let previousStart = -1;
  for (const instruction of dockerfile.instructions) {
    expect(instruction.start).toBeGreaterThanOrEqual(previousStart);
    previousStart = instruction.start;
  }
  for (const node of nodes(dockerfile)) rangeOk(dockerfile, node);
}

const KEYWORDS = ['FROM', 'RUN', 'run', 'COPY', 'ADD', 'ENV', 'ARG', 'LABEL', 'CMD', 'ENTRYPOINT', 'ONBUILD', 'HEALTHCHECK', 'SHELL', 'EXPOSE', 'USER', 'WORKDIR', 'VOLUME', 'MAINTAINER', 'STOPSIGNAL', 'FOO'];
const FRAGMENTS = ['--mount=type=cache,target=/x', '--from=build', '--platform=$P', '"a b"', "'c'", '["x", "y"]', '[1]', '<<EOF', '<<-"EOF"', 'EOF', '\tEOF', '\\', '`', 'a=b', '${X:-y}', '# c', '#', '', ' ', '\t', '\r', 'é', '🐳', '\ud800', 'AS', 'x'];

const dockerfileLike = fc
  .array(
    fc.oneof(
      fc.tuple(fc.constantFrom(...KEYWORDS), fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 6 })).map(
        ([keyword, parts]) => `${keyword} ${parts.join(' ')}`,
      ),
      fc.constantFrom(...FRAGMENTS),
      fc.constantFrom('# escape=`', '# syntax=docker/dockerfile:1', '# check=skip=all'),
    ),
    { maxLength: 25 },
  )
  .map((lines) => lines.join('\n'));

describe('parser properties', () => {
  it('never throws on arbitrary strings and keeps ranges in bounds', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), checkTree), { numRuns: 400 });
  });

  it('never throws on Dockerfile-like text with continuations, heredocs and directives', () => {
    fc.assert(fc.property(dockerfileLike, checkTree), { numRuns: 600 });
  });

  it('never throws on random bytes decoded leniently', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => checkTree(new TextDecoder().decode(bytes))),
      { numRuns: 300 },
    );
  });

  it('handles a 100,000-character line and lone surrogates', () => {
    checkTree(`RUN ${'a'.repeat(100_000)}`);
    checkTree(`RUN echo \ud800 \udc00\nLABEL x=\udfff`);
  });
});
