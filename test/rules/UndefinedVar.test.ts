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
      {
        name: 'the dotnet images set APP_UID',
        code: 'FROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY --chown=$APP_UID . /app\nUSER $APP_UID\n',
      },
      {
        name: 'the Jupyter images set NB_UID and HOME',
        code: 'FROM jupyter/base-notebook\nUSER ${NB_UID}\nWORKDIR "${HOME}"\n',
      },
      {
        name: 'the postgres image sets PG_MAJOR',
        code: 'FROM postgres:16\nENV PATH=/usr/lib/postgresql/${PG_MAJOR}/bin:$PATH\n',
      },
      {
        name: 'a name that is not a typo may come from an unknown image',
        code: 'FROM registry.example.com/team/base:1.4\nARG APP_DIR=/srv/app\nUSER $SERVICE_USER\n',
      },
      {
        name: 'an image named by an unset variable is unknown',
        code: 'ARG IMAGE\nFROM $IMAGE\nWORKDIR $APP_HOME\n',
      },
      {
        name: 'a stage built FROM another stage inherits its image',
        code: 'FROM python:3.12-slim AS base\nENV APP=/app\nFROM base\nLABEL python=$PYTHON_VERSION app=$APP\n',
      },
    ],
    invalid: [
      {
        name: 'an unknown image may set any name, but not a near-typo of an ARG',
        code: 'FROM registry.example.com/team/base:1.4\nARG APP_DIR=/srv/app\nCOPY . $APP_DIRR\n',
        errors: [
          { line: 3, column: 8, endColumn: 17, message: "Usage of undefined variable '$APP_DIRR' (did you mean $APP_DIR?)" },
        ],
        output: null,
      },
      {
        name: 'a global ARG not declared again is reported whatever the image',
        code: 'ARG OVERLAY_WS=/opt/ros/overlay_ws\nFROM ros:humble\nENV OVERLAY_WS=$OVERLAY_WS\nUSER ${TARGETARCH}\n',
        errors: [
          { line: 3, column: 16, endColumn: 27, message: "Usage of undefined variable '$OVERLAY_WS'" },
          { line: 4, column: 6, endColumn: 19, message: "Usage of undefined variable '$TARGETARCH'" },
        ],
        output: null,
      },
      {
        name: 'alpine sets only PATH',
        code: 'FROM alpine:3.20\nUSER $APP_UID\n',
        errors: [
          { line: 2, column: 6, endColumn: 14, message: "Usage of undefined variable '$APP_UID'" },
        ],
        output: null,
      },
      {
        name: 'a known image reports a name it does not set, and suggests its own names',
        code: 'FROM python:3.12\nRUN --mount=type=cache,target=$PIP_CACHE true\nLABEL v=$PYTHON_VERSON\n',
        errors: [
          { line: 2, column: 31, endColumn: 41, message: "Usage of undefined variable '$PIP_CACHE'" },
          { line: 3, column: 9, endColumn: 23, message: "Usage of undefined variable '$PYTHON_VERSON' (did you mean $PYTHON_VERSION?)" },
        ],
        output: null,
      },
      {
        name: 'a stage built FROM a stage of a known image inherits what the image sets',
        code: 'FROM node:22 AS deps\nFROM deps\nENV V=$NODE_VERSION W=$NODE_ENV\n',
        errors: [
          { line: 3, column: 23, endColumn: 32, message: "Usage of undefined variable '$NODE_ENV'" },
        ],
        output: null,
      },
      {
        name: 'a stage built FROM an unknown image reports typos only',
        code: 'FROM example/app AS base\nENV APP_HOME=/app\nFROM base\nWORKDIR $APP_HOM/$SUBDIR\n',
        errors: [
          { line: 4, column: 9, endColumn: 17, message: "Usage of undefined variable '$APP_HOM' (did you mean $APP_HOME?)" },
        ],
        output: null,
      },
      {
        name: 'scratch sets nothing',
        code: 'FROM scratch\nCOPY app $DEST\n',
        errors: [
          { line: 2, column: 10, endColumn: 15, message: "Usage of undefined variable '$DEST'" },
        ],
        output: null,
      },
      {
        name: 'an unknown image cannot set positional parameters',
        code: 'FROM example/app\nENV A=$1\n',
        errors: [
          { line: 2, column: 7, endColumn: 9, message: "Usage of undefined variable '$1'" },
        ],
        output: null,
      },
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

