import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINT_HELP } from '../../src/cli/lint-command.js';
import { main } from '../../src/cli/main.js';
import { fakeIo, type FakeIo } from './fake-io.js';
import { ALL_RULES, ENGINE_VERSION, loadRuleDocs, type Rule } from '../../src/engine/index.js';

/**
 * Rules are still being added, so every run here ignores all but these three through the config
 * file: the expected outputs then stay exact whatever else lands.
 */
const STABLE_CODES = ['DL3000', 'DL4000', 'MaintainerDeprecated'];
const OTHER_CODES = ALL_RULES.map((rule) => rule.meta.code).filter((code) => !STABLE_CODES.includes(code));

function ignoring(...codes: string[]): string {
  return `ignored: [${[...OTHER_CODES, ...codes].join(', ')}]\n`;
}

const IGNORE_OTHERS = ignoring();


const MAINTAINER = 'FROM alpine:3.20\nMAINTAINER jane\n';
const RELATIVE_WORKDIR = 'FROM alpine:3.20\nWORKDIR app\n';

async function lint(args: string[], files: Record<string, string | null>, stdin?: string): Promise<[number, FakeIo]> {
  const io = fakeIo({ '.hadolint.yaml': IGNORE_OTHERS, ...files }, stdin);
  return [await main(['lint', ...args], io), io];
}

describe('shipshape lint', () => {
  it('lints several files into one text report and exits 1 on errors', async () => {
    const [status, io] = await lint(['Dockerfile', 'api/Dockerfile', 'clean.Dockerfile'], {
      Dockerfile: MAINTAINER,
      'api/Dockerfile': RELATIVE_WORKDIR,
      'clean.Dockerfile': 'FROM alpine:3.20\n',
    });
    expect(io.out).toBe(`Dockerfile:2:1  DL4000  error  MAINTAINER is deprecated
  2 | MAINTAINER jane
    | ^^^^^^^^^^
    = fix: Replace with an OCI authors LABEL
    = docs: https://github.com/hadolint/hadolint/wiki/DL4000

api/Dockerfile:2:9  DL3000  error  Use absolute WORKDIR: \`app\` is relative
  2 | WORKDIR app
    |         ^^^
    = docs: https://github.com/hadolint/hadolint/wiki/DL3000

2 errors
`);
    expect([status, io.err]).toEqual([1, '']);
  });

  it('exits 0 with "No problems found" on a clean file', async () => {
    const [status, io] = await lint(['Dockerfile'], { Dockerfile: 'FROM alpine:3.20\nWORKDIR /app\n' });
    expect([status, io.out, io.err]).toEqual([0, 'No problems found\n', '']);
  });

  it('reads standard input for - and when no file is given', async () => {
    for (const args of [['-'], []]) {
      const [status, io] = await lint([...args, '--format', 'github'], {}, RELATIVE_WORKDIR);
      expect([status, io.out]).toEqual([
        1,
        '::error file=<stdin>,line=2,col=9,endLine=2,endColumn=12,title=DL3000::Use absolute WORKDIR: `app` is relative\n',
      ]);
    }
  });

  it.each([
    ['json', (out: string) => JSON.parse(out).tool],
    ['sarif', (out: string) => JSON.parse(out).runs[0].tool.driver.version],
    ['markdown', (out: string) => out.split('\n')[0]],
  ])('prints the %s format', async (format, pick) => {
    const [status, io] = await lint(['-f', format, 'Dockerfile'], { Dockerfile: RELATIVE_WORKDIR });
    expect(status).toBe(1);
    expect(pick(io.out)).toEqual(
      { json: { name: 'shipshape', version: ENGINE_VERSION }, sarif: ENGINE_VERSION, markdown: '### shipshape: 1 error (1 file checked)' }[format],
    );
  });

  describe('failure threshold', () => {
    // With DL4000 ignored, MAINTAINER leaves BuildKit's MaintainerDeprecated, a warning.
    const warningOnly = { Dockerfile: MAINTAINER };

    it.each([
      [[], 1],
      [['-t', 'warning'], 1],
      [['-t', 'error'], 0],
      [['--failure-threshold', 'none'], 0],
    ])('a warning with %j exits %i', async (args, expected) => {
      const [status, io] = await lint(['Dockerfile', '--ignore', 'DL4000', '-f', 'github', ...args], warningOnly);
      expect(io.out).toBe(
        '::warning file=Dockerfile,line=2,col=1,endLine=2,endColumn=16,title=MaintainerDeprecated::Maintainer instruction is deprecated in favor of using label\n',
      );
      expect(status).toBe(expected);
    });

    it('takes the command line over the config file', async () => {
      const config = `${IGNORE_OTHERS}failure-threshold: error\nrules: { DL3000: style }\n`;
      const files = { Dockerfile: RELATIVE_WORKDIR, '.hadolint.yaml': config };
      expect((await lint(['Dockerfile'], files))[0]).toBe(0);
      expect((await lint(['Dockerfile', '-t', 'style'], files))[0]).toBe(1);
    });

    it('fails on a parse error whatever the threshold', async () => {
      const [status, io] = await lint(['Dockerfile', '-t', 'none', '-f', 'github'], { Dockerfile: 'FROM alpine:3.20\nBADCMD bar\n' });
      expect([status, io.out]).toEqual([1, '::error file=Dockerfile,line=2,col=1,endLine=2,endColumn=7,title=DL1000::unknown instruction: BADCMD\n']);
    });
  });

  describe('configuration', () => {
    it('adds --ignore to the config file\'s ignored list rather than replacing it', async () => {
      const files = { Dockerfile: `${RELATIVE_WORKDIR}MAINTAINER jane\n`, '.hadolint.yaml': ignoring('DL3000') };
      const [status, io] = await lint(['Dockerfile', '--ignore', 'DL4000', '--ignore', 'MaintainerDeprecated'], files);
      expect([status, io.out]).toEqual([0, 'No problems found\n']);
    });

    it('falls back to ./.hadolint.yml', async () => {
      const io = fakeIo({ Dockerfile: RELATIVE_WORKDIR, '.hadolint.yml': `${IGNORE_OTHERS}failure-threshold: none\n` });
      expect(await main(['lint', 'Dockerfile'], io)).toBe(0);
      expect(io.reads).toEqual(['.hadolint.yaml', '.hadolint.yml', 'Dockerfile', 'Dockerfile.dockerignore', '.dockerignore']);
    });

    it('reads only --config when given', async () => {
      const [status, io] = await lint(['Dockerfile', '--config', 'ci/lint.yaml'], {
        Dockerfile: RELATIVE_WORKDIR,
        '.hadolint.yaml': 'not: valid: yaml: [',
        'ci/lint.yaml': ignoring('DL3000'),
      });
      expect([status, io.out, io.reads.includes('.hadolint.yaml')]).toEqual([0, 'No problems found\n', false]);
    });

    it('turns default-off rules on with --enable-all', async () => {
      // Any default-off rule will do; its own bad example must fire once the rule is on.
      const docs = await loadRuleDocs();
      const rule = ALL_RULES.find(({ meta }) => !meta.enabledByDefault && docs[meta.code]?.examples.settings === undefined);
      const badExample = rule === undefined ? undefined : docs[rule.meta.code]?.examples.bad[0];
      expect(badExample).toBeDefined();
      const { code } = (rule as Rule).meta;
      const files = { Dockerfile: badExample as string, '.hadolint.yaml': `ignored: [${ALL_RULES.map((r) => r.meta.code).filter((c) => c !== code).join(', ')}]\n` };
      const reported = (out: string): boolean => out.includes(`,title=${code}::`);
      const [, off] = await lint(['Dockerfile', '-f', 'github'], files);
      const [, on] = await lint(['Dockerfile', '-f', 'github', '--enable-all'], files);
      expect([reported(off.out), reported(on.out)]).toEqual([false, true]);
    });

    it('passes --build-arg values to the analysis (BUILDKIT_DOCKERFILE_CHECK here)', async () => {
      const args = ['Dockerfile', '--ignore', 'DL4000', '-f', 'github', '--build-arg', 'BUILDKIT_DOCKERFILE_CHECK=skip=MaintainerDeprecated'];
      expect(await lint(args, { Dockerfile: MAINTAINER })).toMatchObject([0, { out: '' }]);
      const [status, io] = await lint([...args.slice(0, -1), 'BUILDKIT_DOCKERFILE_CHECK=skip'], { Dockerfile: MAINTAINER });
      expect([status, io.out.split('\n')[0]]).toEqual([
        1,
        '::error file=Dockerfile,line=1,col=1,endLine=1,endColumn=17,title=DL1000::failed to parse build-arg:BUILDKIT_DOCKERFILE_CHECK: invalid check option "skip"',
      ]);
    });
  });

  describe('.dockerignore lookup', () => {
    it('prefers <Dockerfile>.dockerignore, then .dockerignore in the Dockerfile\'s directory', async () => {
      const [, found] = await lint(['api/app.Dockerfile'], { 'api/app.Dockerfile': RELATIVE_WORKDIR, 'api/app.Dockerfile.dockerignore': '*.log\n' });
      expect(found.reads.slice(-2)).toEqual(['api/app.Dockerfile', 'api/app.Dockerfile.dockerignore']);
      const [, fallback] = await lint(['api/app.Dockerfile'], { 'api/app.Dockerfile': RELATIVE_WORKDIR });
      expect(fallback.reads.slice(-3)).toEqual(['api/app.Dockerfile', 'api/app.Dockerfile.dockerignore', 'api/.dockerignore']);
    });

    it('uses --dockerignore for every file and looks nothing up', async () => {
      const [status, io] = await lint(['a/Dockerfile', 'b/Dockerfile', '--dockerignore', 'ctx.ignore'], {
        'a/Dockerfile': RELATIVE_WORKDIR,
        'b/Dockerfile': RELATIVE_WORKDIR,
        'ctx.ignore': '*.log\n',
      });
      expect([status, io.reads]).toEqual([1, ['.hadolint.yaml', 'ctx.ignore', 'a/Dockerfile', 'b/Dockerfile']]);
    });

    it('looks nothing up for standard input', async () => {
      const [, io] = await lint(['-'], {}, RELATIVE_WORKDIR);
      expect(io.reads).toEqual(['.hadolint.yaml']);
    });
  });

  it.each([
    [['missing'], 'shipshape: cannot read missing: no such file\n'],
    [['Dockerfile', 'missing'], 'shipshape: cannot read missing: no such file\n'],
    [['Dockerfile', '--format', 'xml'], 'shipshape: unknown format "xml" (expected text, json, sarif, markdown, github)\n'],
    [['Dockerfile', '-t', 'fatal'], 'shipshape: unknown failure threshold "fatal" (expected error, warning, info, style or none)\n'],
    [['Dockerfile', '--build-arg', 'NOVALUE'], 'shipshape: invalid --build-arg "NOVALUE" (expected KEY=VALUE)\n'],
    [['Dockerfile', '--build-arg', '=x'], 'shipshape: invalid --build-arg "=x" (expected KEY=VALUE)\n'],
    [['Dockerfile', '--ignore', 'DL3000,DL3001'], 'shipshape: invalid rule code "DL3000,DL3001" for --ignore (give one code per --ignore)\n'],
    [['Dockerfile', '-c', 'nope.yaml'], 'shipshape: cannot read nope.yaml: no such file\n'],
    [['Dockerfile', '-c', 'bad.yaml'], 'shipshape: bad.yaml: "ignored" must be a list of rule codes; bad.yaml: unknown key "colour"\n'],
    [['Dockerfile', '--dockerignore', 'nope'], 'shipshape: cannot read nope: no such file\n'],
    [['dir/Dockerfile'], 'shipshape: cannot read dir/.dockerignore: is a directory\n'],
  ])('exits 2 with a one-line message and no report for %j', async (args, message) => {
    const [status, io] = await lint(args, {
      Dockerfile: RELATIVE_WORKDIR,
      'dir/Dockerfile': RELATIVE_WORKDIR,
      'dir/.dockerignore': null,
      'bad.yaml': 'ignored: DL3000\ncolour: false\n',
    });
    expect([status, io.err, io.out]).toEqual([2, message, '']);
  });

  it('rejects an invalid ./.hadolint.yaml with exit 2', async () => {
    const [status, io] = await lint(['Dockerfile'], { Dockerfile: RELATIVE_WORKDIR, '.hadolint.yaml': 'failure-threshold: high\n' });
    expect([status, io.err]).toEqual([2, 'shipshape: .hadolint.yaml: "failure-threshold" must be one of error, warning, info, style, ignore, none\n']);
  });

  it('rejects an unknown option with exit 2', async () => {
    const [status, io] = await lint(['--fix'], {});
    expect(status).toBe(2);
    expect(io.err.startsWith("shipshape: Unknown option '--fix'")).toBe(true);
  });

  it('prints its help, naming both .dockerignore lookups', async () => {
    const [status, io] = await lint(['--help'], {});
    expect([status, io.out]).toEqual([0, LINT_HELP]);
    expect(LINT_HELP).toContain('X.dockerignore next to a\n                               Dockerfile X, else .dockerignore in its directory');
  });
});

describe('the installed bin lints', () => {
  const bin = new URL('../../bin/shipshape.js', import.meta.url).pathname;
  // `npm test` rebuilds dist (npm run build:node) before vitest runs. Two Node start-ups can take
  // longer than vitest's 5 s default on a loaded CI machine.
  it('files from the current directory with its .hadolint.yaml', { timeout: 30_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipshape-lint-'));
    try {
      writeFileSync(join(dir, '.hadolint.yaml'), IGNORE_OTHERS);
      writeFileSync(join(dir, 'Dockerfile'), RELATIVE_WORKDIR);
      const result = spawnSync('node', [bin, 'lint', 'Dockerfile', '--format', 'github'], { cwd: dir, encoding: 'utf8' });
      expect([result.status, result.stdout, result.stderr]).toEqual([
        1,
        '::error file=Dockerfile,line=2,col=9,endLine=2,endColumn=12,title=DL3000::Use absolute WORKDIR: `app` is relative\n',
        '',
      ]);
      const clean = spawnSync('node', [bin, 'lint', '-'], { cwd: dir, input: 'FROM alpine:3.20\n', encoding: 'utf8' });
      expect([clean.status, clean.stdout]).toEqual([0, 'No problems found\n']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
