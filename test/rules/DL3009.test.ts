import { describe, expect, it } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3009.js';
import { ruleTests, runRule } from './tester.js';

const CLEANUP = 'rm -rf /var/lib/apt/lists/*';

describe('DL3009 apt-lists-not-deleted', () => {
  ruleTests(rule, {
    valid: [
      'FROM scratch\nRUN apt-get update && apt-get install python && rm -rf /var/lib/apt/lists/*',
      { name: 'an intermediate stage that is not reused', code: 'FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM scratch\nRUN echo hey!\n' },
      {
        name: 'a stage only copied from',
        code: 'FROM debian AS build\nRUN apt-get update\nFROM scratch\nCOPY --from=build /x /x\n',
      },
      'RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install python',
      'RUN --mount=type=cache,target=/var/lib/apt/lists/,sharing=locked apt-get update',
      'RUN --mount=type=tmpfs,target=/var/cache/apt --mount=type=cache,target=/var/lib/apt apt-get update',
      { name: 'a mount target from an ARG', code: 'FROM debian\nARG LISTS=/var/lib/apt/lists\nRUN --mount=type=cache,target=$LISTS apt-get update\n' },
      'FROM debian\nRUN set -eux; apt-get update; apt-get install -y --no-install-recommends curl; apt-get dist-clean\n',
      'FROM debian\nRUN apt-get update && find /var/lib/apt/lists -type f -delete\n',
      'FROM debian\nRUN apt-get update && rm -r /var/lib/apt/lists\n',
      'FROM debian\nRUN apt update && apt install python && rm -rf /var/lib/apt/lists/*\n',
      'FROM debian\nRUN apt-get install -y ./local.deb\n',
      { name: 'a heredoc that cleans up', code: 'FROM debian\nRUN <<EOF\napt-get update\napt-get install -y curl\nrm -rf /var/lib/apt/lists/*\nEOF\n' },
    ],
    invalid: [
      {
        code: 'FROM scratch\nRUN apt-get update && apt-get install python',
        errors: [
          {
            line: 2,
            column: 5,
            endColumn: 19,
            message: `Delete the apt-get lists after installing something: end this RUN with \`${CLEANUP}\` (the lists add ≈ 19.9 MB to the layer; rough estimate from Debian bookworm data)`,
          },
        ],
        output: `FROM scratch\nRUN apt-get update && apt-get install python && ${CLEANUP}`,
      },
      ...(
        [
          ['debian:bookworm-slim', 'estimate, Debian bookworm'],
          ['node:22-bookworm', 'estimate, Debian bookworm'],
          ['ubuntu:24.04', 'rough estimate from Debian bookworm data'],
        ] as const
      ).map(([image, label]) => ({
        name: `the lists' size on ${image}: ${label}`,
        code: `FROM ${image}\nRUN apt-get update && apt-get install -y curl\n`,
        errors: [{ line: 2, message: `Delete the apt-get lists after installing something: end this RUN with \`${CLEANUP}\` (the lists add ≈ 19.9 MB to the layer; ${label})` }],
      })),
      {
        name: 'a stage reused as a base',
        code: 'FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM foo\nRUN hey!\n',
        errors: [{ line: 2, messageId: 'keepsLists' }],
      },
      {
        name: 'a cache mount on the apt cache only',
        code: 'RUN --mount=type=cache,target=/var/cache/apt \\\n    apt-get update && apt-get install python',
        errors: [{ line: 2, column: 5, endColumn: 19 }],
      },
      { code: 'FROM scratch\nRUN aptitude update && aptitude install python', errors: [{ line: 2 }] },
      {
        name: 'a typo in the path removes nothing',
        code: 'FROM debian\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/list/*\n',
        errors: [{ line: 2 }],
      },
      {
        name: 'a cleanup before the update',
        code: 'FROM debian\nRUN rm -rf /var/lib/apt/lists/* && apt-get update\n',
        errors: [{ line: 2, column: 36, endColumn: 50 }],
        output: `FROM debian\nRUN rm -rf /var/lib/apt/lists/* && apt-get update && ${CLEANUP}\n`,
      },
      {
        name: 'a heredoc script gets a new last line',
        code: 'FROM debian\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n',
        errors: [{ line: 3, column: 1, endColumn: 15 }],
        output: `FROM debian\nRUN <<EOF\napt-get update\napt-get install -y curl\n${CLEANUP}\nEOF\n`,
      },
      {
        code: 'FROM debian\nRUN apt-get update; apt-get install -y curl;\n',
        errors: [{ line: 2 }],
        output: `FROM debian\nRUN apt-get update; apt-get install -y curl; ${CLEANUP}\n`,
      },
      { name: 'no fix after a trailing comment', code: 'FROM debian\nRUN apt-get update # refresh\n', errors: [{ line: 2 }], output: null },
      { name: 'no fix after a background job', code: 'FROM debian\nRUN apt-get update &\n', errors: [{ line: 2 }], output: null },
      {
        name: 'an ONBUILD trigger runs in whatever image builds on this one',
        code: 'FROM debian AS base\nRUN apt-get update\nFROM scratch\nONBUILD RUN apt-get update\n',
        errors: [{ line: 4, column: 13, endColumn: 27 }],
        output: `FROM debian AS base\nRUN apt-get update\nFROM scratch\nONBUILD RUN apt-get update && ${CLEANUP}\n`,
      },
    ],
  });

  it('marks the fix unsafe when a later RUN installs without its own update', () => {
    const later = runRule(rule, { code: 'FROM debian\nRUN apt-get update && apt-get install -y curl\nRUN apt-get install -y jq\n' });
    expect(later.findings.map((finding) => finding.fixes.map((fix) => fix.safety))).toEqual([['unsafe']]);
    const alone = runRule(rule, { code: 'FROM debian\nRUN apt-get update && apt-get install -y curl\nRUN apt-get update && apt-get install -y jq\n' });
    expect(alone.findings.map((finding) => finding.fixes.map((fix) => fix.safety))).toEqual([['safe'], ['safe']]);
  });

  it('offers no fix on a RUN that only refreshes the lists for a later one', () => {
    const refreshOnly = runRule(rule, { code: 'FROM debian\nRUN apt-get update\nRUN apt-get install -y curl\n' });
    expect(refreshOnly.findings.map((finding) => [finding.line, finding.fixes.length])).toEqual([[2, 0]]);
  });
});
