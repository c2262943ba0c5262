import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index.js';
import type { Finding, LintSettings } from '../../src/engine/index.js';
import { rule as DL1001 } from '../../src/engine/rules/catalog/DL1001.js';
import { rule as DL3000 } from '../../src/engine/rules/catalog/DL3000.js';
import { rule as DL3049 } from '../../src/engine/rules/catalog/DL3049.js';
import { rule as DL4000 } from '../../src/engine/rules/catalog/DL4000.js';
import { rule as MaintainerDeprecated } from '../../src/engine/rules/catalog/MaintainerDeprecated.js';

/** A fixed set, so other rules being added to the catalog cannot change these results. */
const RULES = [DL1001, DL3000, DL3049, DL4000, MaintainerDeprecated];

function lint(dockerfile: string, settings: LintSettings = {}, buildArgs: Record<string, string> = {}) {
  return analyze(dockerfile, { rules: RULES, settings, buildArgs });
}

/** `CODE@line:severity` for each finding, in report order. */
function summary(findings: Finding[]): string[] {
  return findings.map((finding) => `${finding.code}@${finding.line}:${finding.severity}`);
}

const run = (dockerfile: string, settings?: LintSettings, buildArgs?: Record<string, string>): string[] =>
  summary(lint(dockerfile, settings, buildArgs).findings);

describe('runner: # hadolint pragmas', () => {
  it('an ignore comment right above the instruction suppresses its finding', () => {
    expect(run('FROM a\nWORKDIR x\n')).toEqual(['DL3000@2:error']);
    expect(run('FROM a\n# hadolint ignore=DL3000\nWORKDIR x\n')).toEqual([]);
  });

  it('covers findings on later lines of a multi-line instruction', () => {
    expect(run('FROM a\n# hadolint ignore=DL3000\nWORKDIR \\\n  x\n')).toEqual([]);
  });

  it('does nothing across a blank line or another comment', () => {
    expect(run('FROM a\n# hadolint ignore=DL3000\n\nWORKDIR x\n')).toEqual(['DL3000@4:error']);
    expect(run('FROM a\n# hadolint ignore=DL3000\n# why\nWORKDIR x\n')).toEqual(['DL3000@4:error']);
  });

  it('of two stacked ignore comments only the lower one counts', () => {
    expect(run('FROM a\n# hadolint ignore=DL3000\n# hadolint ignore=DL4000\nWORKDIR x\n')).toEqual(['DL3000@4:error']);
  });

  it('accepts a trailing `# reason` and loose whitespace, but not free text', () => {
    expect(run('FROM a\n# hadolint ignore=DL3000 # the base image sets WORKDIR\nWORKDIR x\n')).toEqual([]);
    expect(run('FROM a\n#hadolint ignore = DL4000 , DL3000\nWORKDIR x\n')).toEqual([]);
    expect(run('FROM a\n# hadolint ignore=DL3000 because reasons\nWORKDIR x\n')).toEqual(['DL3000@3:error']);
  });

  it('a malformed code disables the whole comment, as in hadolint', () => {
    expect(run('FROM a\n# hadolint ignore=crazy,DL3000\nWORKDIR x\n')).toEqual(['DL3000@3:error']);
    expect(run('FROM a\n# hadolint ignore=dl3000\nWORKDIR x\n')).toEqual(['DL3000@3:error']);
  });

  it('global ignore applies to the whole file, wherever it is written', () => {
    expect(run('FROM a\nWORKDIR x\nFROM b\nWORKDIR y\n# hadolint global ignore=DL3000\n')).toEqual([]);
  });

  it('stage ignore covers the stage below it, not the FROM line nor the next stage', () => {
    const settings: LintSettings = { labelSchema: { team: 'text' } };
    const dockerfile = 'FROM a\nWORKDIR x\n# hadolint stage ignore=DL3000,DL3049\nFROM b\nWORKDIR y\nFROM c\nWORKDIR z\n';
    expect(run(dockerfile, settings)).toEqual([
      'DL3049@1:info',
      'DL3000@2:error',
      'DL3049@4:info',
      'DL3049@6:info',
      'DL3000@7:error',
    ]);
  });

  it('disableIgnorePragma turns all three forms off', () => {
    const dockerfile = '# hadolint global ignore=DL4000\nFROM a\n# hadolint ignore=DL3000\nWORKDIR x\n# hadolint stage ignore=DL3000\nFROM b\nWORKDIR y\nMAINTAINER me\n';
    expect(run(dockerfile)).toEqual(['MaintainerDeprecated@8:warning']);
    expect(run(dockerfile, { disableIgnorePragma: true })).toEqual(['DL3000@4:error', 'DL3000@7:error', 'DL4000@8:error']);
  });
});

describe('runner: settings', () => {
  const dockerfile = '# hadolint ignore=DL4000\nWORKDIR x\n';

  it('a default-off rule stays off until asked for', () => {
    expect(run(dockerfile)).toEqual(['DL3000@2:error']);
  });

  it('rules: false turns a rule off, true on, a severity on at that level', () => {
    expect(run(dockerfile, { rules: { DL3000: false } })).toEqual([]);
    expect(run(dockerfile, { rules: { DL1001: true } })).toEqual(['DL1001@1:info', 'DL3000@2:error']);
    expect(run(dockerfile, { rules: { DL1001: 'error', DL3000: 'style' } })).toEqual(['DL1001@1:error', 'DL3000@2:style']);
  });

  it('override re-levels, the most severe level wins, and it turns default-off rules on', () => {
    expect(run(dockerfile, { override: { style: ['DL3000'], warning: ['DL3000'], info: ['DL1001'] } })).toEqual([
      'DL1001@1:info',
      'DL3000@2:warning',
    ]);
  });

  it('override beats the level given under rules', () => {
    expect(run(dockerfile, { rules: { DL3000: 'style' }, override: { info: ['DL3000'] } })).toEqual(['DL3000@2:info']);
  });

  it('ignored drops a code, even one that override or enableAll would turn on', () => {
    expect(run(dockerfile, { ignored: ['DL3000'] })).toEqual([]);
    expect(run(dockerfile, { ignored: ['DL1001'], override: { error: ['DL1001'] }, enableAll: true })).toEqual(['DL3000@2:error']);
  });

  it('enableAll turns every rule on, but an explicit false still wins', () => {
    expect(run(dockerfile, { enableAll: true })).toEqual(['DL1001@1:info', 'DL3000@2:error']);
    expect(run(dockerfile, { enableAll: true, rules: { DL1001: false } })).toEqual(['DL3000@2:error']);
  });

  it('a global ignore pragma suppresses DL1001 itself', () => {
    expect(run('# hadolint global ignore=DL1001\nFROM a\n# hadolint ignore=DL3000\nWORKDIR x\n', { enableAll: true })).toEqual([]);
  });
});

describe('runner: BuildKit # check= configuration', () => {
  const maintainer = 'FROM a\nMAINTAINER me\n';

  it('a hadolint rule and its BuildKit twin on one instruction become one finding with both refs', () => {
    const { findings } = lint(maintainer);
    expect(summary(findings)).toEqual(['DL4000@2:error']);
    expect(findings[0]?.refs).toEqual(expect.arrayContaining(['hadolint:DL4000', 'buildkit:MaintainerDeprecated']));
  });

  it('skip= turns a BuildKit check off and leaves hadolint rules alone', () => {
    expect(run(`# check=skip=MaintainerDeprecated\n${maintainer}`, { rules: { DL4000: false } })).toEqual([]);
    expect(run(`# check=skip=MaintainerDeprecated\n${maintainer}`)).toEqual(['DL4000@3:error']);
    expect(run(`# check=skip=DL4000\n${maintainer}`, { rules: { DL4000: false } })).toEqual(['MaintainerDeprecated@3:warning']);
  });

  it('skip=all turns every BuildKit check off, even under enableAll', () => {
    expect(run(`# check=skip=all\n${maintainer}`, { rules: { DL4000: false } })).toEqual([]);
    expect(run(`# check=skip=all\n${maintainer}`, { rules: { DL4000: false }, enableAll: true })).toEqual([]);
  });

  it('a rules: setting beats the directive', () => {
    expect(run(`# check=skip=all\n${maintainer}`, { rules: { DL4000: false, MaintainerDeprecated: true } })).toEqual([
      'MaintainerDeprecated@3:warning',
    ]);
  });

  it('a # check=skip comment above an instruction skips it there only', () => {
    const dockerfile = 'FROM a\n# check=skip=MaintainerDeprecated // legacy image\nMAINTAINER me\nFROM b\nMAINTAINER you\n';
    expect(run(dockerfile, { rules: { DL4000: false } })).toEqual(['MaintainerDeprecated@5:warning']);
    expect(run('FROM a\n# check=skip=all\nMAINTAINER me\n', { rules: { DL4000: false } })).toEqual([]);
  });

  it('error=true raises BuildKit checks to error and nothing else', () => {
    const dockerfile = `# check=error=true\n# hadolint ignore=DL3000\nWORKDIR x\n${maintainer}`;
    expect(run(dockerfile, { rules: { DL4000: false, DL1001: true } })).toEqual(['DL1001@2:info', 'MaintainerDeprecated@5:error']);
  });

  it('the BUILDKIT_DOCKERFILE_CHECK build arg replaces the directive instead of merging with it', () => {
    const settings: LintSettings = { rules: { DL4000: false } };
    expect(run(`# check=skip=all\n${maintainer}`, settings, { BUILDKIT_DOCKERFILE_CHECK: 'error=true' })).toEqual([
      'MaintainerDeprecated@3:error',
    ]);
    expect(run(`# check=error=true\n${maintainer}`, settings, { BUILDKIT_DOCKERFILE_CHECK: 'skip=all' })).toEqual([]);
    expect(run(`# check=skip=all\n${maintainer}`, settings, { BUILDKIT_DOCKERFILE_CHECK: '' })).toEqual(['MaintainerDeprecated@3:warning']);
  });

  it('an invalid directive or build arg is a configuration error', () => {
    expect(lint(`# check=error=maybe\n${maintainer}`).configErrors).toEqual([
      {
        message: 'failed to parse check options: failed to parse check option "error=maybe": strconv.ParseBool: parsing "maybe": invalid syntax',
        line: 1,
      },
    ]);
    expect(lint(`#!/usr/bin/env docker\n# check=skipp=all\n${maintainer}`).configErrors).toEqual([
      { message: 'failed to parse check options: invalid check option "skipp"', line: 2 },
    ]);
    expect(lint(maintainer, {}, { BUILDKIT_DOCKERFILE_CHECK: 'nonsense' }).configErrors).toEqual([
      { message: 'failed to parse build-arg:BUILDKIT_DOCKERFILE_CHECK: invalid check option "nonsense"', line: 1 },
    ]);
    expect(lint(maintainer).configErrors).toEqual([]);
  });

  it('an invalid per-instruction check comment is ignored silently', () => {
    expect(run('FROM a\n# check=skip=all;bogus=1\nMAINTAINER me\n', { rules: { DL4000: false } })).toEqual(['MaintainerDeprecated@3:warning']);
  });
});

describe('runner: fixes in the file’s line endings', () => {
  it('writes CRLF into a file with Windows line endings, LF elsewhere', () => {
    const insertion = (dockerfile: string) =>
      analyze(dockerfile, { settings: { enableAll: true } })
        .findings.filter((finding) => finding.code === 'SS104')
        .flatMap((finding) => finding.fixes.flatMap((fix) => fix.edits.map((edit) => edit.text)));
    expect(insertion('FROM python:3.12-slim\r\nCOPY . /app\r\nCMD ["python", "/app/main.py"]\r\n')).toEqual([
      'RUN groupadd --gid 10001 app && useradd --uid 10001 --gid app --create-home app\r\nUSER 10001:10001\r\n',
    ]);
    expect(insertion('FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "/app/main.py"]\n')).toEqual([
      'RUN groupadd --gid 10001 app && useradd --uid 10001 --gid app --create-home app\nUSER 10001:10001\n',
    ]);
  });
});
