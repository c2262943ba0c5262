import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/WorkdirRelativePath.js';
import { ruleTests } from './tester.js';

describe('WorkdirRelativePath (BuildKit)', () => {
  ruleTests(rule, {
    valid: [
      'FROM scratch AS a\nWORKDIR /app\n\nFROM a AS b\nWORKDIR subdir/\n',
      'FROM alpine\nWORKDIR /app\nWORKDIR src\n',
      'FROM alpine\nARG DIR=/srv\nWORKDIR $DIR\n',
      '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\app\n',
      'FROM --platform=windows/amd64 golang:1.22\nWORKDIR c:/go\n',
      'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022 AS base\nFROM base\nENV GOPATH C:\\\\go\nWORKDIR $GOPATH\n',
      { name: 'HOME set by the Jupyter image', code: 'FROM quay.io/jupyter/scipy-notebook\nWORKDIR "${HOME}"\n' },
      { name: 'a name an unknown image may set', code: 'FROM registry.example.com/team/base:1\nWORKDIR $APP_HOME\n' },
    ],
    invalid: [
      {
        name: 'alpine sets no HOME: BuildKit expands it to nothing',
        code: 'FROM alpine:3.20\nWORKDIR $HOME\n',
        errors: [{ line: 2, column: 9, endColumn: 14, message: 'Relative workdir "" can have unexpected results if the base image changes' }],
        output: null,
      },
      {
        code: 'FROM alpine\nWORKDIR app\n',
        errors: [
          { line: 2, column: 9, endColumn: 12, message: 'Relative workdir "app" can have unexpected results if the base image changes' },
        ],
        output: null,
      },
      {
        name: 'only the first WORKDIR of a stage',
        code: 'FROM alpine\nWORKDIR app\nWORKDIR other\n',
        errors: [
          { line: 2, column: 9, endColumn: 12, message: 'Relative workdir "app" can have unexpected results if the base image changes' },
        ],
        output: null,
      },
      {
        name: 'checked after expansion',
        code: 'FROM alpine\nARG DIR=srv\nWORKDIR $DIR/app\nFROM alpine\nWORKDIR $UNSET/x\n',
        errors: [
          { line: 3, column: 9, endColumn: 17, message: 'Relative workdir "srv/app" can have unexpected results if the base image changes' },
        ],
        output: null,
      },
      {
        name: 'a drive letter is relative on Linux',
        code: 'FROM golang:1.22\nWORKDIR C:/go\n',
        errors: [
          { line: 2, column: 9, endColumn: 14, message: 'Relative workdir "C:/go" can have unexpected results if the base image changes' },
        ],
        output: null,
      },
      {
        name: 'an escaped backslash is lost without the backtick escape',
        code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\app\n',
        errors: [
          { line: 2, column: 9, endColumn: 15, message: 'Relative workdir "C:app" can have unexpected results if the base image changes' },
        ],
        output: null,
      },
    ],
  });
});

