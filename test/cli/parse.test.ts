import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../src/engine/index.js';
import { main } from '../../src/cli/main.js';
import { fakeIo } from './fake-io.js';

describe('shipshape parse', () => {
  it('prints BuildKit\'s dump and exits 0 for a clean file', async () => {
    const io = fakeIo({ Dockerfile: 'FROM alpine AS base\nCOPY --chown=1:1 a b /c/\n' });
    expect(await main(['parse', 'Dockerfile', '--format', 'buildkit'], io)).toBe(0);
    expect(io.out).toBe('(from "alpine" "AS" "base")\n(copy ["--chown=1:1"] "a" "b" "/c/")\n');
    expect(io.err).toBe('');
  });

  it('reads standard input for -', async () => {
    const io = fakeIo({}, 'FROM alpine\nRUN echo hi\n');
    expect(await main(['parse', '-', '--format=buildkit'], io)).toBe(0);
    expect(io.out).toBe('(from "alpine")\n(run "echo hi")\n');
  });

  it('exits 1 with BuildKit\'s message when the file has errors', async () => {
    const io = fakeIo({ Dockerfile: 'FROM alpine\nFOO bar\n' });
    expect(await main(['parse', 'Dockerfile', '--format', 'buildkit'], io)).toBe(1);
    expect(io.out).toBe('');
    expect(io.err).toBe('Dockerfile:2: dockerfile parse error on line 2: unknown instruction: FOO (did you mean FROM?)\n');
  });

  it('prints the tree as JSON by default, without back-references', async () => {
    const io = fakeIo({ Dockerfile: 'FROM alpine\nONBUILD RUN true\n' });
    expect(await main(['parse', 'Dockerfile'], io)).toBe(0);
    const tree = JSON.parse(io.out);
    expect(tree.file).toBe('Dockerfile');
    expect(tree.instructions[1].details.trigger.keyword).toBe('RUN');
    expect(tree.instructions[1].details.trigger.parent).toBeUndefined();
  });

  it.each([
    [['parse', 'missing'], 'shipshape: cannot read missing: no such file\n'],
    [['parse', 'Dockerfile', '--format', 'xml'], 'shipshape: unknown format "xml" (expected json or buildkit)\n'],
    [['parse', 'a', 'b'], 'shipshape: parse takes one file (or - for standard input)\n'],
    [['frobnicate'], 'shipshape: unknown command "frobnicate" (try: shipshape --help)\n'],
  ])('exits 2 with a one-line message for unusable input %j', async (argv, message) => {
    const io = fakeIo({ Dockerfile: 'FROM alpine\n' });
    expect(await main(argv, io)).toBe(2);
    expect(io.err).toBe(message);
    expect(io.out).toBe('');
  });

  it('rejects an unknown option with exit 2', async () => {
    const io = fakeIo({});
    expect(await main(['parse', '--bogus'], io)).toBe(2);
    expect(io.err.startsWith("shipshape: Unknown option '--bogus'")).toBe(true);
    expect(io.err.trimEnd().includes('\n')).toBe(false);
  });

  it('prints its version, equal to package.json', async () => {
    const io = fakeIo({});
    expect(await main(['--version'], io)).toBe(0);
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(io.out).toBe(`shipshape ${manifest.version}\n`);
    expect(ENGINE_VERSION).toBe(manifest.version);
  });
});

describe('the installed bin', () => {
  const bin = new URL('../../bin/shipshape.js', import.meta.url).pathname;
  // `npm test` rebuilds dist (npm run build:node) before vitest runs, as `npm ci` does through prepare.
  it('runs the compiled CLI from dist', () => {
    const result = spawnSync('node', [bin, 'parse', '-', '--format', 'buildkit'], { input: 'FROM scratch\n', encoding: 'utf8' });
    expect(result.stdout).toBe('(from "scratch")\n');
    expect(result.status).toBe(0);
    const missing = spawnSync('node', [bin, 'parse', '/no/such/file'], { encoding: 'utf8' });
    expect([missing.status, missing.stderr]).toEqual([2, 'shipshape: cannot read /no/such/file: no such file\n']);
  });
});
