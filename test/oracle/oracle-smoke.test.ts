/**
 * Smoke tests of the test oracles themselves: the BuildKit oracle must reproduce BuildKit's own
 * parser, instruction and check test expectations, and hadolint must run and return JSON findings.
 * The differential suites comparing shipshape against these oracles live elsewhere.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_DIR } from '../support/shared';
import {
  buildkitOracleAvailability,
  ensureBuildkitOracle,
  ensureHadolint,
  hadolintAvailability,
  runBuildkitOracle,
  runBuildkitOracleJobs,
  runHadolint,
  runHadolintBatch,
  runHadolintOnText,
  runProcess,
  type BuildkitOracleJob,
  type HadolintFinding,
} from './harness';
import { describeOracle } from './describe-oracle.js';

const BK = join(SHARED_DIR, 'conformance', 'buildkit');
const CORPUS = join(SHARED_DIR, 'corpus', 'dev');
const SETUP_TIMEOUT = 15 * 60_000;
const RUN_TIMEOUT = 5 * 60_000;

describeOracle('BuildKit oracle', ['conformance', 'buildkit', 'parser'], buildkitOracleAvailability, () => {
  beforeAll(async () => {
    const l = await ensureBuildkitOracle();
    if (l.path === null) throw new Error(`BuildKit oracle could not be built: ${l.reason}`);
  }, SETUP_TIMEOUT);

  it('reproduces the 33 parser test dumps byte for byte', async () => {
    const dir = join(BK, 'parser');
    const cases = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'Dockerfile')))
      .map((d) => d.name)
      .sort();
    expect(cases).toHaveLength(33);
    const results = await runBuildkitOracle(cases.map((c) => join(dir, c, 'Dockerfile')));
    expect(results).toHaveLength(33);
    results.forEach((r, i) => {
      const name = cases[i]!;
      const expected = readFileSync(join(dir, name, 'result'));
      expect(r.parseError, name).toBeNull();
      expect(r.dump, name).toBe(expected.toString('utf8'));
      expect(Buffer.from(r.dump ?? '', 'utf8').equals(expected), `${name}: bytes`).toBe(true);
    });
  }, RUN_TIMEOUT);

  it('rejects the 4 parser-negative files with the documented errors', async () => {
    const dir = join(BK, 'parser-negative');
    const expected = JSON.parse(readFileSync(join(dir, 'expected-errors.json'), 'utf8')) as Record<
      string,
      { message: string; line: number }
    >;
    const cases = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(cases).toHaveLength(4);
    const results = await runBuildkitOracle(cases.map((c) => join(dir, c, 'Dockerfile')));
    results.forEach((r, i) => {
      const name = cases[i]!;
      expect(r.dump, name).toBeNull();
      expect(r.parseError, name).not.toBeNull();
      expect(r.parseError, name).toBe(expected[name]?.message);
      expect(r.parseErrorLine, name).toBe(expected[name]?.line);
    });
  }, RUN_TIMEOUT);

  it('reports the instruction-layer errors of instruction-cases.json', async () => {
    const data = JSON.parse(readFileSync(join(BK, 'instructions', 'instruction-cases.json'), 'utf8')) as {
      cases: { kind: string; dockerfile: string; match?: string; expected_error?: string }[];
    };
    const cases = data.cases.filter((c) => c.kind === 'instruction_error');
    expect(cases.length).toBeGreaterThan(10);
    const results = await runBuildkitOracleJobs(cases.map((c, i) => ({ file: `case-${i}`, content: c.dockerfile })));
    results.forEach((r, i) => {
      const c = cases[i]!;
      expect(r.parseError, c.dockerfile).toBeNull();
      expect(r.instructionError, c.dockerfile).toContain(c.expected_error);
      if (c.match === 'exact') expect(r.instructionError).toMatch(/^dockerfile parse error on line 1: /);
    });
  }, RUN_TIMEOUT);

  it('emits the build-check warnings and errors of check-cases-dev.json', async () => {
    interface Warning {
      rule: string;
      line: number;
      detail: string;
      description: string;
      url: string;
    }
    interface CheckCase {
      id: string;
      dockerfile: string;
      dockerignore: string | null;
      frontend_attrs: Record<string, string> | null;
      expected_warnings: Warning[];
      expected_error: { match: 'exact' | 'contains' | 'regexp'; message?: string; pattern?: string } | null;
    }
    const cases = JSON.parse(readFileSync(join(BK, 'check-cases-dev.json'), 'utf8')) as CheckCase[];
    const jobs = cases.map((c): BuildkitOracleJob => {
      const j: BuildkitOracleJob = { file: c.id, content: c.dockerfile };
      if (c.dockerignore !== null) j.dockerignore = c.dockerignore;
      if (c.frontend_attrs) j.frontendAttrs = c.frontend_attrs;
      return j;
    });
    const results = await runBuildkitOracleJobs(jobs);
    const key = (w: { rule: string; line: number; detail: string; description: string; url: string }) =>
      JSON.stringify([w.rule, w.line, w.detail, w.description, w.url]);
    results.forEach((r, i) => {
      const c = cases[i]!;
      const got = r.checks.map((w) => key({ ...w, line: w.startLine })).sort();
      const want = c.expected_warnings.map(key).sort();
      expect(got, c.id).toEqual(want);
      const e = c.expected_error;
      if (e === null) expect(r.checkError, c.id).toBeNull();
      else if (e.match === 'exact') expect(r.checkError?.message, c.id).toBe(e.message);
      else if (e.match === 'contains') expect(r.checkError?.message, c.id).toContain(e.message);
      else expect(r.checkError?.message, c.id).toMatch(new RegExp(e.pattern ?? ''));
    });
  }, RUN_TIMEOUT);

  describe('command-line options', () => {
    let dir = '';
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'shipshape-bk-oracle-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('applies --dockerignore and --build-arg (BUILDKIT_DOCKERFILE_CHECK)', async () => {
      const df = join(dir, 'Dockerfile');
      writeFileSync(df, 'FROM scratch\nCOPY secret.txt /\ncmd ["x"]\n');
      const ignore = join(dir, 'ignore');
      writeFileSync(ignore, 'secret.txt\n');
      const [plain] = await runBuildkitOracle([df]);
      expect(plain!.checks.map((c) => c.rule)).toEqual(['ConsistentInstructionCasing']);
      const [ignored] = await runBuildkitOracle([df], { dockerignoreFile: ignore });
      expect(ignored!.checks.map((c) => c.rule).sort()).toEqual(['ConsistentInstructionCasing', 'CopyIgnoredFile']);
      const [skipped] = await runBuildkitOracle([df], {
        dockerignore: 'secret.txt\n',
        buildArgs: { BUILDKIT_DOCKERFILE_CHECK: 'skip=CopyIgnoredFile;error=true' },
      });
      expect(skipped!.checks.map((c) => c.rule)).toEqual(['ConsistentInstructionCasing']);
      expect(skipped!.checkError?.message).toBe('lint violation found for rules: ConsistentInstructionCasing');
    }, RUN_TIMEOUT);

    it('reports unreadable files without failing the batch', async () => {
      const df = join(dir, 'ok.Dockerfile');
      writeFileSync(df, 'FROM alpine:3\n');
      const [missing, ok] = await runBuildkitOracle([join(dir, 'missing'), df]);
      expect(missing!.readError).toMatch(/no such file/);
      expect(ok!.readError).toBeNull();
      expect(ok!.dump).toBe('(from "alpine:3")\n');
    }, RUN_TIMEOUT);
  });
});

describeOracle('hadolint oracle', ['corpus', 'dev'], hadolintAvailability, () => {
  let bin = '';
  beforeAll(async () => {
    const l = await ensureHadolint();
    if (l.path === null) throw new Error(`hadolint could not be installed: ${l.reason}`);
    bin = l.path;
  }, SETUP_TIMEOUT);

  const expectFinding = (f: HadolintFinding) => {
    expect(f.code).toMatch(/^(DL|SC)\d{4}$/);
    expect(['error', 'warning', 'info', 'style']).toContain(f.level);
    expect(Number.isInteger(f.line) && f.line >= 1).toBe(true);
    expect(typeof f.message).toBe('string');
  };

  it('is hadolint 2.15.1', async () => {
    const r = await runProcess(bin, ['--version'], { timeoutMs: 30_000 });
    expect(r.stdout).toContain('Haskell Dockerfile Linter 2.15.1');
  });

  it('returns JSON findings for 3 corpus files, the same batched or one by one', async () => {
    const files = readdirSync(CORPUS)
      .filter((f) => f.endsWith('.Dockerfile'))
      .sort()
      .slice(0, 3)
      .map((f) => join(CORPUS, f));
    expect(files).toHaveLength(3);
    const batch = await runHadolintBatch(files);
    expect([...batch.keys()]).toEqual(files);
    let total = 0;
    for (const f of files) {
      const findings = batch.get(f)!;
      findings.forEach(expectFinding);
      for (const x of findings) expect(x.file).toBe(f);
      total += findings.length;
      expect(await runHadolint(f)).toEqual(findings);
    }
    expect(total).toBeGreaterThan(0);
  }, RUN_TIMEOUT);

  it('turns on the default-off rules and reports ShellCheck findings', async () => {
    const text = '# hadolint ignore=DL3006\nFROM debian\nRUN cd /tmp && echo `ls`\n';
    const all = await runHadolintOnText(text);
    all.forEach(expectFinding);
    const codes = all.map((f) => f.code);
    expect(codes).toContain('DL1001');
    expect(codes).toContain('DL3057');
    expect(codes).toContain('DL3003');
    expect(codes.some((c) => c.startsWith('SC'))).toBe(true);
    expect(codes).not.toContain('DL3006');
    const defaults = (await runHadolintOnText(text, { enableAll: false })).map((f) => f.code);
    expect(defaults).not.toContain('DL1001');
    expect(defaults).not.toContain('DL3057');
    const configured = (await runHadolintOnText(text, { config: { ignored: ['DL3003'], override: { error: ['DL3057'] } } }));
    expect(configured.map((f) => f.code)).not.toContain('DL3003');
    expect(configured.find((f) => f.code === 'DL3057')?.level).toBe('error');
  }, RUN_TIMEOUT);

  it('reports parse errors as DL1000', async () => {
    const findings = await runHadolintOnText('FROM debian:12\nFOO bar\n');
    expect(findings.map((f) => [f.code, f.line])).toEqual([['DL1000', 2]]);
  }, RUN_TIMEOUT);
});
