import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { SHARED_DIR } from '../support/paths.js';

/** One input for the differential suites: an id that names it in reports and its text. */
export interface DifferentialInput {
  id: string;
  text: string;
  buildArgs?: Record<string, string>;
  dockerignore?: string | null;
}

export function corpusDifferentialInputs(): DifferentialInput[] {
  const dir = join(SHARED_DIR, 'corpus', 'dev');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.Dockerfile'))
    .sort()
    .map((name) => ({ id: `corpus/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
}

function walk(dir: string, found: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, found);
    else found.push(path);
  }
  return found;
}

/** Every Dockerfile in ../shared/conformance: the files, and the texts inside the JSON case files. */
export function conformanceDifferentialInputs(): DifferentialInput[] {
  const root = join(SHARED_DIR, 'conformance');
  const inputs: DifferentialInput[] = [];
  for (const path of walk(root)) {
    const id = relative(root, path);
    if (path.endsWith('/Dockerfile')) {
      inputs.push({ id: `conformance/${id}`, text: readFileSync(path, 'utf8') });
      continue;
    }
    if (!path.endsWith('.json')) continue;
    const data = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    const cases = Array.isArray(data) ? data : ((data as { cases?: unknown[] }).cases ?? []);
    cases.forEach((entry, index) => {
      if (typeof entry !== 'object' || entry === null) return;
      const record = entry as Record<string, unknown>;
      const text = typeof record.dockerfile === 'string' ? record.dockerfile : null;
      if (text === null) return;
      const input: DifferentialInput = { id: `conformance/${id}#${String(record.id ?? index)}`, text };
      if (record.build_args !== null && typeof record.build_args === 'object') input.buildArgs = record.build_args as Record<string, string>;
      if (typeof record.dockerignore === 'string') input.dockerignore = record.dockerignore;
      inputs.push(input);
    });
  }
  return inputs;
}

const KEYWORDS = ['FROM', 'from', 'RUN', 'Run', 'COPY', 'ADD', 'ENV', 'ARG', 'LABEL', 'CMD', 'ENTRYPOINT', 'ONBUILD', 'HEALTHCHECK', 'SHELL', 'EXPOSE', 'USER', 'WORKDIR', 'VOLUME', 'MAINTAINER', 'STOPSIGNAL', 'FOO'];
const FLAGS = ['--mount=type=cache,target=/root/.cache', '--from=build', '--platform=$BUILDPLATFORM', '--chown=1:1', '--link', '--network=none', '--interval=5s', '--x="a b"', "--y='c'", '--z=\\ q', '--', '--é=1', '-x'];
const WORDS = ['alpine:3.20', 'AS', 'as', 'build', '"a b"', "'c d'", 'a=b', 'k="v w"', 'x=${Y:-z}', '$HOME', '/app', '.', 'echo', 'hi', '&&', '\\$x', '#', '# c', '`', '[1]', '["a", "b"]', '[ "x" ]', '["unterminated', '[\'single\']', '<<EOF', '<<-EOF', "<<'EOF'", '<< EOF', '<<- EOF', '3<<EOF', '"<<EOF"', 'NONE', 'CMD', '80/tcp', 'é', '🐳', '\u00a0', ''];
const LINE_ENDS = ['\n', '\n', '\n', '\r\n', ' \\\n', '\\\n', '\\  \n', ' \\\n\n', ' \\\n# comment\n', ' \\\n   \n'];

const instruction = fc
  .tuple(
    fc.constantFrom(...KEYWORDS),
    fc.array(fc.constantFrom(...FLAGS), { maxLength: 2 }),
    fc.array(fc.constantFrom(...WORDS), { maxLength: 5 }),
    fc.constantFrom(...LINE_ENDS),
    fc.constantFrom('', '', '', '  ', '\t'),
  )
  .map(([keyword, flags, words, end, indent]) => `${indent}${[keyword, ...flags, ...words].join(' ')}${end}`);

const heredocBody = fc
  .tuple(fc.constantFrom('EOF', '\tEOF', 'EOF2', 'done'), fc.array(fc.constantFrom('echo hi', '\tindented', '# not a comment', 'EOF ', ''), { maxLength: 3 }))
  .map(([terminator, lines]) => `${lines.join('\n')}${lines.length > 0 ? '\n' : ''}${terminator}\n`);

const line = fc.oneof(
  { weight: 8, arbitrary: instruction },
  { weight: 2, arbitrary: heredocBody },
  { weight: 1, arbitrary: fc.constantFrom('# comment\n', '#\n', '\n', '   \n', '# hadolint ignore=DL3008\n', '\\\n') },
);

const directives = fc.array(
  fc.constantFrom('# syntax=docker/dockerfile:1\n', '# escape=`\n', '# escape=\\\n', '#escape=x\n', '# check=skip=all\n', '# ESCAPE = `\n', '#!/bin/sh\n', '# foo=bar\n'),
  { maxLength: 3 },
);

const dockerfile = fc
  .tuple(fc.constantFrom('', '', '', '\ufeff'), directives, fc.array(line, { minLength: 1, maxLength: 12 }), fc.boolean())
  .map(([bom, head, body, finalNewline]) => {
    const text = `${bom}${head.join('')}${body.join('')}`;
    return finalNewline ? text : text.replace(/\n$/, '');
  });

/** Random single-character damage to a generated file: deletions, insertions, swaps. */
const mutated = fc
  .tuple(dockerfile, fc.array(fc.tuple(fc.nat(), fc.constantFrom('', '\\', '"', "'", '[', ']', '\n', ' ', '<', '-', '`', '#', '=', '$', '{', '}')), { minLength: 1, maxLength: 4 }))
  .map(([text, edits]) => {
    let out = text;
    for (const [position, insert] of edits) {
      const at = out.length === 0 ? 0 : position % out.length;
      out = insert === '' ? out.slice(0, at) + out.slice(at + 1) : out.slice(0, at) + insert + out.slice(at);
    }
    return out;
  });

/** A fixed, seeded set of generated inputs: the same 2,000+ files on every run. */
export function generatedDifferentialInputs(count = 2400, seed = 20261126): DifferentialInput[] {
  const texts = fc.sample(fc.oneof({ weight: 3, arbitrary: dockerfile }, { weight: 1, arbitrary: mutated }), { numRuns: count, seed });
  return texts.map((text, index) => ({ id: `generated/${seed}/${index}`, text }));
}

export function sharedAvailable(): boolean {
  return existsSync(join(SHARED_DIR, 'corpus', 'dev')) && existsSync(join(SHARED_DIR, 'conformance'));
}
