import { describe, expect, it } from 'vitest';
import { dumpBuildkit, parse } from '../../src/engine/index.js';
import type { Range } from '../../src/engine/index.js';
import { mapToSource } from '../../src/engine/syntax/index.js';

/** `line:col-line:col`, the compact form used in the expectations below. */
function at(range: Range | null | undefined): string | null {
  if (range == null) return null;
  return `${range.startLine}:${range.startColumn}-${range.endLine}:${range.endColumn}`;
}

const SAMPLE = [
  'FROM --platform=$BUILDPLATFORM golang:1.22 AS build',
  'RUN --mount=type=cache,target=/root/.cache \\',
  '    # comment',
  '',
  '    go build -o /out \\',
  '  ./cmd',
  'COPY --from=build ["/out", "/app/"]',
  'RUN <<-EOF bash',
  '\techo hi',
  '\tEOF',
  'ENV A=1 B="two words"',
  'ENV legacy value here',
  '',
].join('\n');

describe('parser: exact ranges', () => {
  const dockerfile = parse(SAMPLE);
  const [from, run, copy, heredocRun, env, legacyEnv] = dockerfile.instructions;

  it('finds every instruction with its physical lines', () => {
    expect(dockerfile.instructions.map((i) => [i.keyword, i.startLine, i.endLine])).toEqual([
      ['FROM', 1, 1],
      ['RUN', 2, 6],
      ['COPY', 7, 7],
      ['RUN', 8, 10],
      ['ENV', 11, 11],
      ['ENV', 12, 12],
    ]);
  });

  it('FROM: keyword, flag name and value, image, AS and stage name', () => {
    expect(at(from?.range)).toBe('1:1-1:52');
    expect(at(from?.keywordRange)).toBe('1:1-1:5');
    const platform = from?.flags[0];
    expect([platform?.name, platform?.value, at(platform?.range), at(platform?.nameRange), at(platform?.valueRange)]).toEqual([
      'platform',
      '$BUILDPLATFORM',
      '1:6-1:31',
      '1:8-1:16',
      '1:17-1:31',
    ]);
    if (from?.details.kind !== 'FROM') throw new Error('expected FROM details');
    expect([at(from.details.image?.range), at(from.details.asKeyword?.range), at(from.details.stageName?.range)]).toEqual([
      '1:32-1:43',
      '1:44-1:46',
      '1:47-1:52',
    ]);
  });

  it('RUN: continuation with a comment and an empty line, mount options, shell text mapped back', () => {
    expect(at(run?.range)).toBe('2:1-6:8');
    expect(run?.flags[0]?.options?.map((o) => [o.key, o.value, at(o.range)])).toEqual([
      ['type', 'cache', '2:13-2:23'],
      ['target', '/root/.cache', '2:24-2:43'],
    ]);
    if (run?.details.kind !== 'RUN' || run.details.form !== 'shell') throw new Error('expected shell RUN');
    expect(run.details.shell.text).toBe('go build -o /out   ./cmd');
    expect(at(run.details.text.range)).toBe('5:5-6:8');
    const dotSlash = run.details.shell.text.indexOf('./cmd');
    expect(dockerfile.text.slice(mapToSource(run.details.shell.map, dotSlash)).startsWith('./cmd')).toBe(true);
    expect(run.emptyContinuationLine).toBe(true);
    expect(dockerfile.comments.map((c) => [c.text, at(c.range), c.inContinuation])).toEqual([[' comment', '3:5-3:14', true]]);
  });

  it('COPY exec form: each JSON string with its quotes', () => {
    if (copy?.details.kind !== 'COPY') throw new Error('expected COPY');
    expect(copy.details.paths.map((p) => [p.raw, at(p.range)])).toEqual([
      ['"/out"', '7:20-7:26'],
      ['"/app/"', '7:28-7:35'],
    ]);
    expect(copy.json).toBe(true);
  });

  it('heredoc: marker, body and terminator, content kept with its tabs', () => {
    const heredoc = heredocRun?.heredocs[0];
    expect([heredoc?.name, heredoc?.chomp, heredoc?.expand, heredoc?.content]).toEqual(['EOF', true, true, '\techo hi\n']);
    expect([at(heredoc?.marker.range), at(heredoc?.body.range), at(heredoc?.terminator?.range)]).toEqual([
      '8:5-8:11',
      '9:1-9:9',
      '10:1-10:5',
    ]);
    expect(at(heredocRun?.range)).toBe('8:1-10:5');
  });

  it('ENV: key and value of each pair, and the legacy form', () => {
    if (env?.details.kind !== 'ENV' || legacyEnv?.details.kind !== 'ENV') throw new Error('expected ENV');
    expect(env.details.pairs.map((p) => [p.key.raw, at(p.key.range), p.value?.raw, at(p.value?.range)])).toEqual([
      ['A', '11:5-11:6', '1', '11:7-11:8'],
      ['B', '11:9-11:10', '"two words"', '11:11-11:22'],
    ]);
    expect(legacyEnv.details.pairs.map((p) => [p.key.raw, p.value?.raw, p.legacy, at(p.value?.range)])).toEqual([
      ['legacy', 'value here', true, '12:12-12:22'],
    ]);
  });

  it('reports the empty continuation line as BuildKit does, on the last line', () => {
    expect(dockerfile.diagnostics.map((d) => [d.code, d.severity, at(d.range)])).toEqual([
      ['empty-continuation', 'warning', '6:1-6:8'],
    ]);
  });
});

describe('parser: text encodings and layout', () => {
  it('CRLF files parse like LF files and ranges exclude the CR', () => {
    const dockerfile = parse('FROM alpine\r\nRUN a \\\r\n  b\r\n');
    expect(dumpBuildkit(dockerfile)).toBe('(from "alpine")\n(run "a   b")\n');
    expect(at(dockerfile.instructions[1]?.range)).toBe('2:1-3:4');
  });

  it('drops a UTF-8 BOM and counts columns from after it', () => {
    const dockerfile = parse('\ufeffFROM alpine');
    expect(dockerfile.hadBom).toBe(true);
    expect(at(dockerfile.instructions[0]?.keywordRange)).toBe('1:1-1:5');
  });

  it('accepts lowercase keywords, leading whitespace and no final newline', () => {
    const dockerfile = parse('  from alpine\n\trun echo hi');
    expect(dockerfile.instructions.map((i) => [i.name, at(i.keywordRange)])).toEqual([
      ['FROM', '1:3-1:7'],
      ['RUN', '2:2-2:5'],
    ]);
    expect(dumpBuildkit(dockerfile)).toBe('(from "alpine")\n(run "echo hi")\n');
  });

  it('counts UTF-16 columns as Monaco does (astral characters take two)', () => {
    const dockerfile = parse('LABEL emoji="🐳" after=x');
    if (dockerfile.instructions[0]?.details.kind !== 'LABEL') throw new Error('expected LABEL');
    expect(at(dockerfile.instructions[0].details.pairs[1]?.key.range)).toBe('1:18-1:23');
  });

  it('uses the backtick escape for continuations after `# escape=`', () => {
    const dockerfile = parse('# escape=`\nFROM mcr.microsoft.com/windows/servercore\nRUN dir `\n  C:\\\n');
    expect(dockerfile.escapeChar).toBe('`');
    expect(dumpBuildkit(dockerfile)).toBe('(from "mcr.microsoft.com/windows/servercore")\n(run "dir   C:\\\\")\n');
  });

  it('handles a 100,000-character line by reporting BuildKit\'s length error and going on', () => {
    const dockerfile = parse(`FROM alpine\nLABEL a=${'x'.repeat(100_000)}\nRUN true\n`);
    expect(dockerfile.diagnostics.map((d) => d.message)).toEqual(['dockerfile line greater than max allowed size of 65535']);
    expect(dockerfile.instructions.map((i) => i.keyword)).toEqual(['FROM', 'LABEL', 'RUN']);
  });
});

describe('parser: errors are diagnostics and the rest still parses', () => {
  it('an unknown instruction, a bad JSON array and a bad ENV each get a diagnostic', () => {
    const dockerfile = parse('FROM alpine\nFOO bar\nCMD ["a", 1]\nENV a=1 b\nRUN echo ok\n');
    expect(dockerfile.diagnostics.map((d) => [d.code, d.layer, d.message, at(d.range)])).toEqual([
      ['unknown-instruction', 'instruction', 'unknown instruction: FOO (did you mean FROM?)', '2:1-2:4'],
      ['json-non-string', 'parser', 'when using JSON array syntax, arrays must be comprised of strings only', '3:5-3:13'],
      ['kv-missing-equals', 'parser', 'Syntax error - can\'t find = in "b". Must be of the form: name=value', '4:9-4:10'],
    ]);
    expect(dockerfile.instructions.map((i) => i.keyword)).toEqual(['FROM', 'FOO', 'CMD', 'ENV', 'RUN']);
  });

  it('an unterminated heredoc is reported on its marker and the lines below stay instructions', () => {
    const dockerfile = parse('FROM alpine\nRUN <<EOF\necho hi\nCMD ["sh"]\n');
    expect(dockerfile.diagnostics.map((d) => [d.message, at(d.range)])[0]).toEqual(['unterminated heredoc', '2:5-2:10']);
    expect(dockerfile.instructions.map((i) => i.keyword)).toEqual(['FROM', 'RUN', 'echo', 'CMD']);
  });

  it('reports unknown and valueless flags with the flag range', () => {
    const dockerfile = parse('FROM alpine\nCOPY --frm=build a b\nCOPY --from a b\nRUN --network=nope true\n');
    expect(dockerfile.diagnostics.map((d) => [d.message, at(d.range)])).toEqual([
      ['unknown flag: --frm (did you mean from?)', '2:6-2:17'],
      ['missing a value on flag: --from', '3:6-3:12'],
      ['invalid network mode "nope"', '4:1-4:24'],
    ]);
  });

  it('reports a missing build stage once, on the first instruction outside any stage', () => {
    const dockerfile = parse('ARG V=1\nRUN echo $V\nRUN true\nFROM alpine\n');
    expect(dockerfile.diagnostics.map((d) => [d.code, d.message, at(d.range)])).toEqual([
      ['no-build-stage', 'no build stage in current context', '2:1-2:12'],
    ]);
  });

  it('parses an ONBUILD trigger as an instruction with its own ranges', () => {
    const dockerfile = parse('FROM alpine\nONBUILD RUN --network=none echo hi\n');
    const onbuild = dockerfile.instructions[1];
    if (onbuild?.details.kind !== 'ONBUILD') throw new Error('expected ONBUILD');
    const trigger = onbuild.details.trigger;
    expect([trigger?.name, at(trigger?.keywordRange), trigger?.flags[0]?.name, trigger?.parent]).toEqual([
      'RUN',
      '2:9-2:12',
      'network',
      onbuild,
    ]);
    expect(dumpBuildkit(dockerfile)).toBe('(from "alpine")\n(onbuild (run ["--network=none"] "echo hi"))\n');
  });
});
