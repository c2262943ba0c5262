import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/UndefinedVar.js';
import { ruleTests } from './tester.js';

describe('UndefinedVar (BuildKit)', () => {
  ruleTests(rule, {
    valid: [
      'FROM scratch\nARG foo\nCOPY Dockerfile${foo} .\n',
      'FROM alpine\nRUN echo $PATH\nENV PATH=$PATH:/app\n',
      'FROM alpine\nCMD echo $HOME\nENTRYPOINT $X\nHEALTHCHECK CMD $Y\nEXPOSE $PORT\n',
      'FROM alpine AS base\nENV APP=/app\nARG TOKEN\nFROM base\nWORKDIR $APP\nCOPY x $TOKEN\n',
      'FROM alpine\nARG A=1 B=$A\n',
      "FROM alpine\nENV X=\\$NOT_A_VAR Y='$NOT_EITHER'\n",
      'FROM alpine\nENV X=$BUILDKIT_SBOM_SCAN_STAGE\n',
      { name: 'a build arg value is not expanded', code: 'FROM alpine\nARG V=$UNDEFINED\n', buildArgs: { V: '1' } },
      "FROM alpine\nCOPY <<'EOF' /x\n$NOT_EXPANDED\nEOF\n",
    ],
    invalid: [
      {
        code: '\nFROM alpine\nARG DIR_BINARIES=binaries/\nARG DIR_ASSETS=assets/\nARG DIR_CONFIG=config/\nCOPY $DIR_ASSET .\n',
        errors: [
          { line: 6, column: 6, endColumn: 16, message: "Usage of undefined variable '$DIR_ASSET' (did you mean $DIR_ASSETS?)" },
        ],
        output: null,
      },
      {
        name: 'all pairs of one ENV see the environment before it',
        code: 'FROM alpine\nENV A=1 B=$A\n',
        errors: [
          { line: 2, column: 11, endColumn: 13, message: "Usage of undefined variable '$A'" },
        ],
        output: null,
      },
      {
        name: 'a global ARG must be declared again in the stage',
        code: 'ARG VERSION=1\nFROM alpine\nLABEL version=$VERSION\n',
        errors: [
          { line: 3, column: 15, endColumn: 23, message: "Usage of undefined variable '$VERSION'" },
        ],
        output: null,
      },
      {
        name: 'every place BuildKit expands',
        code: 'FROM alpine\nUSER $U\nVOLUME ["$V"]\nSTOPSIGNAL $S\nCOPY --chown=$O --chmod=$M src/${F} /dst/\nADD --checksum=$C https://example.com/a /a\nRUN --mount=type=cache,target=$T true\nWORKDIR /w/${W:-x}\n',
        errors: [
          { line: 2, column: 6, endColumn: 8, message: "Usage of undefined variable '$U'" },
          { line: 3, column: 10, endColumn: 12, messageId: 'undefined' },
          { line: 4, column: 12, endColumn: 14, messageId: 'undefined' },
          { line: 5, column: 14, endColumn: 16, messageId: 'undefined' },
          { line: 5, column: 25, endColumn: 27, messageId: 'undefined' },
          { line: 5, column: 32, endColumn: 36, messageId: 'undefined' },
          { line: 6, column: 16, endColumn: 18, messageId: 'undefined' },
          { line: 7, column: 31, endColumn: 33, messageId: 'undefined' },
          { line: 8, column: 12, endColumn: 19, messageId: 'undefined' },
        ],
        output: null,
      },
      {
        name: 'expandable heredoc bodies',
        code: 'FROM alpine\nCOPY <<EOF /etc/motd\nWelcome to $HOST\nEOF\n',
        errors: [
          { line: 3, column: 12, endColumn: 17, message: "Usage of undefined variable '$HOST'" },
        ],
        output: null,
      },
      {
        name: 'positional and special parameters',
        code: 'FROM alpine\nENV A=$1 B=$@\n',
        errors: [
          { line: 2, column: 7, endColumn: 9, message: "Usage of undefined variable '$1'" },
          { line: 2, column: 12, endColumn: 14, message: "Usage of undefined variable '$@'" },
        ],
        output: null,
      },
    ],
  });
});

