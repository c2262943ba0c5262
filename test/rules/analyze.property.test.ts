import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, analyze } from '../../src/engine/index.js';
import type { Analysis, Range } from '../../src/engine/index.js';

/**
 * The whole analysis, every rule on, over Dockerfiles assembled from the pieces rules look at:
 * keywords in any case, BuildKit flags, package managers and their options, variables, quotes,
 * heredocs, continuations, directives and pragmas, and words that are names of Object.prototype
 * members. Random characters (the parser's own property tests) rarely reach deep into the rules;
 * these inputs do.
 */

const KEYWORDS = ['FROM', 'RUN', 'CMD', 'LABEL', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL', 'MAINTAINER'];

const FLAGS = [
  '--mount=type=cache,target=/root/.cache/pip',
  '--mount=type=secret,id=npmrc,target=/root/.npmrc',
  '--mount=type=bind,from=build,source=/src,target=/src',
  '--mount=type=cache,constructor=1',
  '--network=none',
  '--security=insecure',
  '--from=build',
  '--from=alpine:3.20',
  '--from=0',
  '--chown=app:app',
  '--chmod=755',
  '--link',
  '--parents',
  '--exclude=*.md',
  '--platform=$BUILDPLATFORM',
  '--platform=linux/amd64',
  '--interval=30s',
  '--timeout=1constructor',
  '--start-period=',
  '--retries=x',
  '--keep-git-dir=true',
  '--checksum=sha256:abc',
  '--unknown',
  '--',
];

const WORDS = [
  'apt-get', 'apt', 'apk', 'yum', 'dnf', 'microdnf', 'zypper', 'pip', 'pip3', 'python3', '-m', 'npm', 'yarn', 'pnpm', 'gem', 'go', 'cargo',
  'mvn', 'gradle', 'dotnet', 'bundle', 'composer', 'curl', 'wget', 'tar', 'rm', 'cd', 'mkdir', 'chmod', 'chown', 'useradd', 'adduser',
  'sudo', 'su', 'git', 'clone', 'echo', 'sh', '-c', 'bash', 'exec', 'source', 'install', 'add', 'update', 'upgrade', 'remove', 'purge',
  'clean', 'all', 'ci', 'run', 'build', 'download', 'mod', 'fetch', 'restore', '-y', '-q', '--no-install-recommends', '--no-cache',
  '--no-cache-dir', '--virtual', '.build-deps', '-r', 'requirements.txt', '--only=production', '--production', '-o', '-O', '-L', '-f',
  '-rf', '/var/lib/apt/lists/*', '/tmp/x.tar.gz', 'https://example.com/a.tar.gz', 'curl=7.88.1-10', 'flask==3.0.0', 'left-pad@1.0.0',
  'python:3.12-slim', 'node:24', 'golang:1.22', 'scratch', 'gcr.io/distroless/static', 'ubuntu:latest', 'debian@sha256:0123',
  'AS', 'as', 'build', 'base', '.', './', '/app', 'app', '~', '~/x', '..', '*', '**', '?', '[a-z]', '80', '80/tcp', '8080-8090/udp',
  '0', 'root', '1000:1000', '$HOME', '${HOME}', '${X:-default}', '${X:+alt}', '${X%%.*}', '${X/a/b}', '$(id -u)', '`date`', '$1', '$@',
  "'single quoted'", '"double $X quoted"', '\\$escaped', 'a=b', 'KEY="v w"', 'PASSWORD=hunter2', 'AWS_SECRET_ACCESS_KEY=AKIA0000',
  '["sh", "-c", "echo"]', '["unterminated', '[]', '{}', 'constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'prototype',
  'é', '日本', '\t', '#', '# not a comment', '&&', '||', ';', '|', '&', '>', '2>&1', '<<EOF', '<<-EOT', '<<"EOF"', '(', ')', '{', '}',
];

const LINE_PREFIXES = [
  '# syntax=docker/dockerfile:1',
  '# escape=`',
  '# check=skip=all;error=true',
  '# check=skip=JSONArgsRecommended;experimental=all',
  '# hadolint ignore=DL3008,DL3015',
  '# hadolint global ignore=DL3006',
  '# hadolint ignore=constructor',
  '# hadolint shell=powershell',
  '# a comment',
  '',
];

const casedKeyword = fc
  .tuple(fc.constantFrom(...KEYWORDS), fc.constantFrom('upper', 'lower', 'mixed'))
  .map(([keyword, casing]) => (casing === 'upper' ? keyword : casing === 'lower' ? keyword.toLowerCase() : `${keyword[0]}${keyword.slice(1).toLowerCase()}`));

const arguments_ = fc.array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), { maxLength: 10 });

const instruction = fc
  .tuple(
    fc.oneof({ weight: 6, arbitrary: casedKeyword }, { weight: 1, arbitrary: fc.constantFrom('ONBUILD RUN', 'ONBUILD COPY', 'FROM --platform=$TARGETPLATFORM', 'UNKNOWN') }),
    fc.array(fc.constantFrom(...FLAGS), { maxLength: 2 }),
    arguments_,
    fc.constantFrom('', ' \\', ' \\\n', '\nEOF', '\nset -e\necho "$X"\nEOF', '\r', ' # trailing'),
  )
  .map(([keyword, flags, words, tail]) => [keyword, ...flags, ...words].join(' ') + tail);

const dockerfile = fc
  .tuple(fc.array(fc.constantFrom(...LINE_PREFIXES), { maxLength: 2 }), fc.array(fc.oneof({ weight: 6, arbitrary: instruction }, { weight: 1, arbitrary: fc.constantFrom(...LINE_PREFIXES) }), { minLength: 1, maxLength: 12 }))
  .map(([head, lines]) => `${[...head, ...lines].join('\n')}\n`);

const buildArgs = fc.dictionary(fc.constantFrom('X', 'BASE', 'TARGETPLATFORM', 'constructor', 'HOME'), fc.constantFrom('', 'alpine', '1', '$X', 'a b'), { maxKeys: 2 });

const TEMPLATES = new Map(ALL_RULES.map((rule) => [rule.meta.code, rule.meta.messages]));

function withinText(text: string, start: number, end: number): boolean {
  return start >= 0 && start <= end && end <= text.length;
}

function ordered(range: Range): boolean {
  return range.startLine >= 1 && range.startColumn >= 1 && (range.endLine > range.startLine || (range.endLine === range.startLine && range.endColumn >= range.startColumn));
}

function checkAnalysis(text: string, analysis: Analysis): void {
  for (const finding of analysis.findings) {
    expect(withinText(text, finding.start, finding.end), `${finding.code} at ${finding.start}-${finding.end}`).toBe(true);
    expect(ordered(finding.range), `${finding.code} range`).toBe(true);
    const template = TEMPLATES.get(finding.code)?.[finding.messageId];
    expect(template, `${finding.code} message ${finding.messageId}`).toBeDefined();
    for (const [, key] of (template as string).matchAll(/\{(\w+)\}/g)) {
      expect(String(finding.data[key as string]), `${finding.code} {${key}}`).not.toMatch(/^(?:undefined|null|NaN)$|\[object /);
    }
    for (const fix of finding.fixes) for (const edit of fix.edits) expect(withinText(text, edit.start, edit.end), `${finding.code} fix edit`).toBe(true);
  }
}

describe('analyze() over assembled Dockerfiles', () => {
  it('never throws, and findings, messages and fix edits stay within the text', () => {
    fc.assert(
      fc.property(dockerfile, buildArgs, fc.constantFrom('', 'node_modules\n!keep\n', '**\n'), (text, args, dockerignore) => {
        checkAnalysis(text, analyze({ dockerfile: text, dockerignore: dockerignore === '' ? null : dockerignore }, { settings: { enableAll: true }, buildArgs: args }));
      }),
      { numRuns: 400 },
    );
  });
});
