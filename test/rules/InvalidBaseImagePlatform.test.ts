import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/InvalidBaseImagePlatform.js';
import { ruleTests } from './tester.js';

describe('InvalidBaseImagePlatform (BuildKit)', () => {
  ruleTests(rule, {
    valid: [
      'FROM --platform=windows/amd64 mcr.microsoft.com/windows/servercore:ltsc2022\n',
      'FROM --platform=linux/arm64 alpine:3.20\n',
      'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\n',
      'FROM --platform=$BUILDPLATFORM golang:1.22-windowsservercore-ltsc2022\n',
      'FROM --platform=linux/amd64 python:3.12\n',
    ],
    invalid: [
      {
        code: 'FROM --platform=linux/amd64 mcr.microsoft.com/windows/servercore:ltsc2022\n',
        errors: [
          { line: 1, column: 29, endColumn: 74, message: 'Base image mcr.microsoft.com/windows/servercore:ltsc2022 was pulled with platform "windows", expected "linux/amd64" for current build' },
        ],
        output: null,
      },
      {
        name: 'Windows-only tags',
        code: 'FROM --platform=linux/arm64 golang:1.22-nanoserver-ltsc2022 AS build\nFROM --platform=linux mcr.microsoft.com/dotnet/sdk:8.0-windowsservercore-ltsc2022\n',
        errors: [
          { line: 1, column: 29, endColumn: 60, message: 'Base image golang:1.22-nanoserver-ltsc2022 was pulled with platform "windows", expected "linux/arm64" for current build' },
          { line: 2, column: 23, endColumn: 82, message: 'Base image mcr.microsoft.com/dotnet/sdk:8.0-windowsservercore-ltsc2022 was pulled with platform "windows", expected "linux/amd64" for current build' },
        ],
        output: null,
      },
    ],
  });
});

