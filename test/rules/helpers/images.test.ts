import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/index.js';
import type { Instruction } from '../../../src/engine/index.js';
import {
  buildsWindowsImage,
  classifyCopyFrom,
  isHeredocSource,
  keywordSpan,
  mountImage,
  pathText,
  repeatedInStage,
  resolvedPath,
  stageBodies,
  stageNamed,
} from '../../../src/engine/rules/helpers/images.js';

function parsed(dockerfile: string) {
  const { syntax, model } = analyze(dockerfile, { rules: [] });
  const nth = (index: number): Instruction => syntax.instructions[index]!;
  return { syntax, model, nth };
}

describe('classifyCopyFrom', () => {
  const { model } = parsed('FROM alpine:3.20 AS Build\nFROM alpine:3.20 AS app\nFROM alpine:3.20 AS later\n');
  const kindOf = (value: string, ownStage: number | null = 1) => classifyCopyFrom(model, ownStage, value).kind;

  it('resolves stage names without case, by position', () => {
    expect(kindOf('build')).toBe('earlier-stage');
    expect(kindOf('APP')).toBe('own-stage');
    expect(kindOf('later')).toBe('later-stage');
  });

  it('resolves indexes', () => {
    expect(classifyCopyFrom(model, 1, '0')).toEqual({ kind: 'earlier-stage', stage: 0 });
    expect(kindOf('1')).toBe('own-stage');
    expect(kindOf('2')).toBe('later-stage');
    expect(classifyCopyFrom(model, 1, '3')).toEqual({ kind: 'missing-index', index: 3 });
  });

  it('treats everything before the first FROM as preceding every stage', () => {
    expect(kindOf('build', null)).toBe('later-stage');
  });

  it('refuses variables and escapes, as BuildKit does', () => {
    expect(kindOf('$SOURCE')).toBe('variable');
    expect(kindOf('${SOURCE}')).toBe('variable');
    expect(kindOf('a\\b')).toBe('variable');
  });

  it('tells names that could be stages from image references', () => {
    const unknown = classifyCopyFrom(model, 1, 'nginx');
    expect(unknown.kind).toBe('unknown-name');
    expect(unknown.kind === 'unknown-name' && unknown.reference?.familiarName).toBe('nginx');
    expect(kindOf('nginx:1.27')).toBe('image');
    expect(kindOf('docker/buildx-bin')).toBe('image');
    expect(kindOf('ghcr.io/org/tool@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef')).toBe('image');
  });
});

describe('stageNamed', () => {
  it('finds a stage by its lowercased name', () => {
    const { model } = parsed('FROM a:1 AS One\nFROM b:1 AS two\n');
    expect(stageNamed(model, 'ONE')).toBe(0);
    expect(stageNamed(model, 'two')).toBe(1);
    expect(stageNamed(model, 'three')).toBeNull();
  });
});

describe('mountImage', () => {
  it('expands the value and skips stages and unknown variables', () => {
    const { model, nth } = parsed('FROM a:1 AS deps\nARG TOOLS=ghcr.io/org/tools:1\nARG OTHER\nRUN ls\n');
    const run = nth(3);
    expect(mountImage(model, run, '$TOOLS')?.registry).toBe('ghcr.io');
    expect(mountImage(model, run, 'deps')).toBeNull();
    expect(mountImage(model, run, '$OTHER')).toBeNull();
  });
});

describe('stageBodies and repeatedInStage', () => {
  const { model } = parsed('CMD a\nCMD b\nFROM x:1\nCMD c\nFROM y:1\nCMD d\nRUN e\nCMD f\n');

  it('puts instructions before the first FROM in their own group', () => {
    expect(stageBodies(model).map((body) => body.map((instruction) => instruction.original))).toEqual([
      ['CMD a', 'CMD b'],
      ['CMD c'],
      ['CMD d', 'RUN e', 'CMD f'],
    ]);
  });

  it('pairs each repeat with the one before it, per stage', () => {
    expect(repeatedInStage(model, 'CMD').map(({ instruction, previous }) => [previous.original, instruction.original])).toEqual([
      ['CMD a', 'CMD b'],
      ['CMD d', 'CMD f'],
    ]);
  });
});

describe('paths', () => {
  const { model, nth } = parsed('FROM a:1\nARG DEST=/srv/\nARG UNSET\nCOPY "a b" ["x"] $DEST $UNSET C:\\dir\\x\nCOPY <<EOF /etc/motd\nhi\nEOF\n');

  it('strips quotes and expands only when needed', () => {
    const copy = nth(3);
    const paths = copy.details.kind === 'COPY' ? copy.details.paths : [];
    expect(paths.map(pathText)).toEqual(['"a', 'b"', '["x"]', '$DEST', '$UNSET', 'C:\\dir\\x']);
    expect(paths.map((path) => resolvedPath(model, copy, path))).toEqual(['"a', 'b"', '["x"]', '/srv/', null, 'C:\\dir\\x']);
  });

  it('recognises heredoc sources', () => {
    const copy = nth(4);
    const paths = copy.details.kind === 'COPY' ? copy.details.paths : [];
    expect(paths.map((path) => isHeredocSource(copy, path))).toEqual([true, false]);
    expect(keywordSpan(copy)).toEqual({ start: copy.start, end: copy.start + 4 });
  });
});

describe('buildsWindowsImage', () => {
  it('follows the stage chain to a Windows base, or sees a Windows SHELL', () => {
    const { model, nth } = parsed(
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS win\nFROM win\nUSER a\nFROM alpine:3.20\nUSER b\nSHELL ["pwsh", "-Command"]\nUSER c\n',
    );
    expect([nth(2), nth(4), nth(6)].map((instruction) => buildsWindowsImage(model, instruction))).toEqual([true, false, true]);
  });
});
