import { describe } from 'vitest';
import { rule } from '../../src/engine/rules/catalog/SS110.js';
import { ruleTests } from './tester.js';

describe('SS110 cache-mount-opportunity', () => {
  ruleTests(rule, {
    valid: [
      'FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\n',
      { name: 'the cache path of another user is unknown', code: 'FROM node:22\nUSER node\nRUN npm ci\n' },
      { name: 'PIP_NO_CACHE_DIR is a choice made for the whole stage', code: 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install -r r.txt\n' },
      { name: 'no known Go module path outside golang images', code: 'FROM debian:bookworm\nRUN go mod download\n' },
      { name: 'yarn --version downloads nothing', code: 'FROM node:22\nRUN yarn --version && yarn -v\n' },
      { name: 'apk and dnf keep no download cache to reuse', code: 'FROM alpine:3.20\nRUN apk add --no-cache curl\n' },
    ],
    invalid: [
      {
        name: 'pip: the mount replaces --no-cache-dir',
        code: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n',
        errors: [
          {
            line: 3,
            column: 5,
            endColumn: 51,
            messageId: 'cacheable',
            message:
              '`pip install --no-cache-dir -r requirements.txt` starts from an empty cache whenever this layer rebuilds: add `--mount=type=cache,target=/root/.cache/pip` to keep its downloads between builds',
          },
        ],
        output: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\n',
      },
      {
        name: 'apt without an update in the same RUN: the lists stay, only the archives get a mount',
        code: 'FROM debian:bookworm-slim\nRUN apt-get update\nRUN apt-get install -y curl\n',
        errors: [{ line: 3 }],
        output: 'FROM debian:bookworm-slim\nRUN apt-get update\nRUN --mount=type=cache,target=/var/cache/apt,sharing=locked apt-get install -y curl\n',
      },
      {
        name: 'apt: the archives and the lists, locked against parallel builds',
        code: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y curl\n',
        errors: [{ line: 2, column: 23, endColumn: 46, messageId: 'cacheable' }],
        output:
          'FROM debian:bookworm-slim\nRUN --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y curl\n',
      },
      {
        name: 'Go: modules for the download, modules and build cache for the build',
        code: 'FROM golang:1.22\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build -o /app .\n',
        errors: [
          { line: 3, column: 5, endColumn: 20, messageId: 'cacheable' },
          { line: 5, column: 5, endColumn: 23, messageId: 'cacheable' },
        ],
        output:
          'FROM golang:1.22\nCOPY go.mod go.sum ./\nRUN --mount=type=cache,target=/go/pkg/mod go mod download\nCOPY . .\nRUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build go build -o /app .\n',
      },
      {
        name: 'only the missing mount is added',
        code: 'FROM golang:1.22\nRUN --mount=type=cache,target=/go/pkg/mod/ go build .\n',
        errors: [{ line: 2, column: 44, endColumn: 54 }],
        output: 'FROM golang:1.22\nRUN --mount=type=cache,target=/root/.cache/go-build --mount=type=cache,target=/go/pkg/mod/ go build .\n',
      },
      { name: 'cargo in the rust image', code: 'FROM rust:1.80\nRUN cargo build --release\n', errors: [{ line: 2 }], output: 'FROM rust:1.80\nRUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release\n' },
      { name: 'maven', code: 'FROM maven:3-eclipse-temurin-21\nRUN mvn -B package\n', errors: [{ line: 2 }], output: 'FROM maven:3-eclipse-temurin-21\nRUN --mount=type=cache,target=/root/.m2 mvn -B package\n' },
    ],
  });
});
