import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/engine/report/index.js';
import { sourceLines } from '../../src/engine/report/problems.js';
import { codeFrame } from '../../src/engine/report/text.js';
import { analyzed, finding, handMade, OPTIONS, SAMPLE } from './fixtures.js';

describe('text report', () => {
  it('prints each problem with a code frame, hints, and a summary line', () => {
    expect(formatText([analyzed('Dockerfile', SAMPLE), analyzed('clean.Dockerfile', 'FROM alpine:3.20\n')], OPTIONS)).toBe(
      `Dockerfile:2:1  DL4000  error  MAINTAINER is deprecated
  2 | MAINTAINER jane
    | ^^^^^^^^^^
    = fix: Replace with an OCI authors LABEL
    = docs: https://github.com/hadolint/hadolint/wiki/DL4000

Dockerfile:3:9  DL3000  error  Use absolute WORKDIR: \`app\` is relative
  3 | WORKDIR app
    |         ^^^
    = docs: https://github.com/hadolint/hadolint/wiki/DL3000

Dockerfile:4:1  DL1000  error  unknown instruction: BADCMD
  4 | BADCMD bar
    | ^^^^^^

3 errors
`,
    );
  });

  it('says so when there is nothing to report', () => {
    expect(formatText([analyzed('Dockerfile', 'FROM alpine:3.20\nWORKDIR /app\n')], OPTIONS)).toBe('No problems found\n');
  });

  it('reports an invalid # check= directive as DL1000 on its line', () => {
    expect(formatText([analyzed('Dockerfile', '# check=error=maybe\nFROM alpine:3.20\n')], OPTIONS)).toBe(
      `Dockerfile:1:1  DL1000  error  failed to parse check options: failed to parse check option "error=maybe": strconv.ParseBool: parsing "maybe": invalid syntax
  1 | # check=error=maybe
    | ^^^^^^^^^^^^^^^^^^^

1 error
`,
    );
  });

  it('counts every severity across files, and marks unsafe fixes', () => {
    const text = 'FROM alpine:3.20\nRUN make\n';
    const files = [
      handMade('a.Dockerfile', text, [
        finding({ code: 'SS1', severity: 'warning', message: 'w1', range: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 9 } }),
        finding({ code: 'SS2', severity: 'info', message: 'i1', range: { startLine: 1, startColumn: 6, endLine: 1, endColumn: 17 } }),
      ]),
      handMade('b.Dockerfile', text, [
        finding({
          code: 'SS3',
          severity: 'style',
          message: 's1',
          range: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 4 },
          fixes: [{ title: 'Rewrite it', safety: 'unsafe', edits: [] }],
        }),
        finding({ code: 'SS4', severity: 'warning', message: 'w2', range: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 4 } }),
      ]),
    ];
    expect(formatText(files, OPTIONS)).toBe(
      `a.Dockerfile:1:6  SS2  info  i1
  1 | FROM alpine:3.20
    |      ^^^^^^^^^^^

a.Dockerfile:2:5  SS1  warning  w1
  2 | RUN make
    |     ^^^^

b.Dockerfile:2:1  SS3  style  s1
  2 | RUN make
    | ^^^
    = fix (unsafe): Rewrite it

b.Dockerfile:2:1  SS4  warning  w2
  2 | RUN make
    | ^^^

2 warnings, 1 info, 1 style issue
`,
    );
  });
});

describe('codeFrame', () => {
  const lines = sourceLines(
    'FROM alpine\r\nRUN apt-get update \\\r\n    && apt-get install -y curl\r\n\r\n\tWORKDIR\t😀x\r\nRUN <<EOF\na\nb\nc\nd\ne\nEOF\n',
  );

  it('marks every line of a multi-line range, from the first non-blank column on continuation lines', () => {
    expect(codeFrame(lines, { startLine: 2, startColumn: 5, endLine: 3, endColumn: 31 })).toEqual([
      '  2 | RUN apt-get update \\',
      '    |     ^^^^^^^^^^^^^^^^',
      '  3 |     && apt-get install -y curl',
      '    |     ^^^^^^^^^^^^^^^^^^^^^^^^^^',
    ]);
  });

  it('does not count a line the range only touches at column 1, nor mark a blank line inside it', () => {
    expect(codeFrame(lines, { startLine: 3, startColumn: 5, endLine: 5, endColumn: 1 })).toEqual([
      '  3 |     && apt-get install -y curl',
      '    |     ^^^^^^^^^^^^^^^^^^^^^^^^^^',
      '  4 |',
    ]);
  });

  it('keeps tabs in the indent and puts one caret per character, not per UTF-16 unit', () => {
    expect(codeFrame(lines, { startLine: 5, startColumn: 10, endLine: 5, endColumn: 13 })).toEqual(['  5 | \tWORKDIR\t😀x', '    | \t       \t^^']);
  });

  it('shows one caret for an empty range', () => {
    expect(codeFrame(lines, { startLine: 4, startColumn: 1, endLine: 4, endColumn: 1 })).toEqual(['  4 |', '    | ^']);
  });

  it('cuts a long range after five lines, and widens the gutter for two-digit line numbers', () => {
    expect(codeFrame(lines, { startLine: 6, startColumn: 1, endLine: 12, endColumn: 4 }, ['docs: x'])).toEqual([
      '   6 | RUN <<EOF',
      '     | ^^^^^^^^^',
      '   7 | a',
      '     | ^',
      '   8 | b',
      '     | ^',
      '   9 | c',
      '     | ^',
      '  10 | d',
      '     | ^',
      '     | ... 2 more lines',
      '     = docs: x',
    ]);
  });
});
