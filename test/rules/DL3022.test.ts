import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/DL3022.js';
import { ruleTests } from './tester.js';

describe('DL3022 copy-from-undefined-stage', () => {
  ruleTests(rule, {
    valid: [
      'FROM scratch AS build\nRUN foo\nFROM node:22\nCOPY --from=build foo .\nRUN baz\n',
      'FROM scratch\nRUN foo\nFROM node:22\nCOPY --from=0 foo .\n',
      { name: 'stage names are case-insensitive', code: 'FROM alpine:3.20 AS Build\nFROM alpine:3.20\nCOPY --from=build /a /b\n' },
      { name: 'an image with a tag', code: 'COPY --from=haskell:latest bar .\n' },
      { name: 'an image with a registry or namespace cannot be a stage name', code: 'FROM alpine:3.20\nCOPY --from=docker/buildx-bin /buildx /usr/libexec/docker/cli-plugins/\n' },
      { name: 'an image by digest', code: 'COPY --from=alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef /a /b\n' },
      { name: 'the own stage is DL3023', code: 'FROM node:22 AS foo\nCOPY --from=foo bar .\n' },
      { name: 'ONBUILD triggers run in another build', code: 'FROM alpine:3.20\nONBUILD COPY --from=assets /a /b\n' },
    ],
    invalid: [
      {
        code: 'COPY --from=foo bar .\n',
        errors: [
          {
            line: 1,
            column: 6,
            endColumn: 16,
            messageId: 'unknownName',
            message: '`COPY --from` should reference a previously defined `FROM` alias: no stage is named `foo`, so BuildKit would pull an image of that name',
          },
        ],
        output: null,
      },
      { name: 'a typo of a stage name', code: 'FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=biuld /app /app\n', errors: [{ line: 3, column: 6, endColumn: 18, messageId: 'unknownName' }] },
      { name: 'an index with no stage', code: 'COPY --from=0 bar .\n', errors: [{ line: 1, messageId: 'missingIndex', message: '`COPY --from` should reference a previously defined `FROM` alias: there is no stage 0' }] },
      { name: 'an index past the last stage', code: 'FROM alpine:3.20\nCOPY --from=5 /a /b\n', errors: [{ line: 2, messageId: 'missingIndex' }] },
      {
        name: 'a stage defined further down',
        code: 'FROM alpine:3.20\nCOPY --from=build /a /b\nFROM alpine:3.20 AS build\n',
        errors: [{ line: 2, message: '`COPY --from` should reference a previously defined `FROM` alias: `build` is defined later, on line 3' }],
      },
      { name: 'a later stage by index', code: 'FROM alpine:3.20\nCOPY --from=1 /a /b\nFROM alpine:3.20\n', errors: [{ line: 2, messageId: 'laterStage' }] },
      {
        name: 'BuildKit refuses variables in --from',
        code: 'ARG SOURCE=build\nFROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=${SOURCE} /a /b\n',
        errors: [{ line: 4, column: 6, endColumn: 22, messageId: 'variable' }],
      },
    ],
  });
});
