import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL4006.js';
import { ruleTests } from './tester.js';

const PIPE = 'RUN wget -O - https://some.site | wc -l file > /number';

describe('DL4006 pipe-without-pipefail', () => {
  ruleTests(rule, {
    valid: [
      `FROM scratch as build\nSHELL ["/bin/bash", "-eo", "pipefail", "-c"]\n${PIPE}\n`,
      `FROM scratch as build\nSHELL ["/bin/bash", "-o", "errexit", "-o", "pipefail", "-c"]\n${PIPE}\n`,
      `FROM scratch as build\nSHELL ["/usr/bin/bash", "-o", "pipefail", "-c"]\n${PIPE}\n`,
      'FROM scratch as build\nSHELL ["pwsh", "-c"]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value\n',
      'FROM mcr.microsoft.com/powershell:ubuntu-16.04\nSHELL [ "cmd.exe", "/c" ]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value\n',
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir | findstr foo\n',
      'FROM debian\nRUN set -o pipefail && wget -O - https://some.site | wc -l > /number\n',
      'FROM debian\nRUN set -euxo pipefail; wget -O - https://some.site | wc -l > /number\n',
      'FROM debian\nRUN ["sh", "-c", "wget -O - https://some.site | wc -l"]\n',
      'FROM debian\nRUN wget https://some.site || true\n',
      { name: 'a SHELL inherited from the parent stage', code: `FROM debian AS base\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM base\n${PIPE}\n` },
      { name: 'sh with pipefail where sh is busybox ash', code: `FROM alpine:3.20\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\n${PIPE}\n` },
      'FROM debian\nONBUILD RUN a | b\n',
      'FROM alpine:3.20\nRUN <<EOF\nset -o pipefail\nwget -O - https://some.site | wc -l\nEOF\n',
    ],
    invalid: [
      {
        code: 'FROM scratch\nRUN wget -O - https://some.site | wc -l > /number',
        errors: [{ line: 2, column: 5, endColumn: 34, message: 'A failure on the left of this pipe goes unnoticed: set `-o pipefail` in SHELL or in the RUN' }],
        output: null,
      },
      {
        name: 'a new stage starts with the default shell',
        code: `FROM scratch as build\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\n${PIPE}\nFROM scratch as build2\n${PIPE}\n`,
        errors: [{ line: 5, messageId: 'noPipefail' }],
      },
      {
        name: 'a base with bash: SHELL goes above the RUN and its comments, once per stage',
        code: 'FROM debian:bookworm-slim\n# fetch\nRUN curl -fsSL https://x | tar -xz\nRUN a | b\n',
        errors: [{ line: 3, column: 5, endColumn: 27 }, { line: 4, column: 5, endColumn: 8 }],
        output: 'FROM debian:bookworm-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\n# fetch\nRUN curl -fsSL https://x | tar -xz\nRUN a | b\n',
      },
      {
        name: 'busybox ash takes set -o pipefail',
        code: 'FROM alpine:3.20\nRUN curl -fsSL https://x | tar -xz\n',
        errors: [{ line: 2, column: 5, endColumn: 27 }],
        output: 'FROM alpine:3.20\nRUN set -o pipefail && curl -fsSL https://x | tar -xz\n',
      },
      {
        name: 'a bash SHELL without pipefail',
        code: 'FROM debian\nSHELL ["/bin/bash", "-c"]\nRUN a | b\n',
        errors: [{ line: 3 }],
        output: 'FROM debian\nSHELL ["/bin/bash", "-c"]\nRUN set -o pipefail && a | b\n',
      },
      {
        name: 'pipefail set after the pipe is too late',
        code: 'FROM debian\nRUN a | b && set -o pipefail\n',
        errors: [{ line: 2 }],
      },
      {
        name: 'an indented heredoc script: the new line is indented like the first',
        code: 'FROM alpine:3.20\nRUN <<EOF\n    find / -name x | xargs rm\n    echo done\nEOF\n',
        errors: [{ line: 3 }],
        output: 'FROM alpine:3.20\nRUN <<EOF\n    set -o pipefail\n    find / -name x | xargs rm\n    echo done\nEOF\n',
      },
      {
        name: 'a heredoc script, after its shebang',
        code: 'FROM alpine:3.20\nRUN <<EOF\n#!/bin/sh\nfind / -name x | xargs rm\nEOF\n',
        errors: [{ line: 4, column: 1, endColumn: 17 }],
        output: 'FROM alpine:3.20\nRUN <<EOF\n#!/bin/sh\nset -o pipefail\nfind / -name x | xargs rm\nEOF\n',
      },
    ],
  });
});
