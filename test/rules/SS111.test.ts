import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/SS111.js';
import { ruleTests } from './tester.js';

describe('SS111 unpinned-base-patch', () => {
  ruleTests(rule, {
    valid: [
      'FROM python:3.12.3-slim\n',
      'FROM node:22-alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n',
      { name: 'Ubuntu tags name the release itself', code: 'FROM ubuntu:24.04\n' },
      { name: 'no version in the tag (DL3007 and friends handle latest)', code: 'FROM debian:bookworm-slim\nFROM alpine\n' },
      { name: 'stages are not images', code: 'FROM python:3.12.3 AS base\nFROM base\n' },
    ],
    invalid: [
      {
        name: 'major.minor floats across patches',
        code: 'FROM python:3.12-slim\n',
        errors: [
          {
            line: 1,
            column: 6,
            endColumn: 22,
            messageId: 'floatsPatch',
            message: '`python:3.12-slim` follows every 3.12.x release: pin the exact release (e.g. `python:3.12.<patch>-slim`) or a digest',
          },
        ],
        output: null,
      },
      {
        name: 'major only floats across minors',
        code: 'FROM node:22-alpine AS build\n',
        errors: [{ line: 1, column: 6, endColumn: 20, messageId: 'floatsMinor', message: '`node:22-alpine` follows every 22.x release: pin the image’s full release number or a digest' }],
        output: null,
      },
      {
        name: 'registries and versions from ARG',
        code: 'ARG DOTNET=8.0\nFROM mcr.microsoft.com/dotnet/aspnet:${DOTNET}\n',
        errors: [{ line: 2, column: 6, endColumn: 47, message: '`mcr.microsoft.com/dotnet/aspnet:8.0` follows every 8.0.x release: pin the exact release (e.g. `mcr.microsoft.com/dotnet/aspnet:8.0.<patch>`) or a digest' }],
        output: null,
      },
    ],
  });
});
