import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index.js';
import type { Instruction } from '../../src/engine/index.js';

function find(instructions: Instruction[], keyword: string, nth = 0): Instruction {
  const found = instructions.filter((i) => i.keyword.toUpperCase() === keyword)[nth];
  if (found === undefined) throw new Error(`no ${keyword} #${nth}`);
  return found;
}

describe('stages and base references', () => {
  const { model, syntax } = analyze(
    [
      'ARG BASE=python:3.12-slim',
      'ARG REGISTRY',
      'FROM ${BASE} AS Deps',
      'RUN pip install flask',
      'FROM ${REGISTRY}/tool:1 AS tool',
      'FROM deps AS test',
      'COPY --from=tool /bin/tool /bin/',
      'COPY --from=nginx:1.27 /etc/nginx /etc/nginx',
      'RUN --mount=type=bind,from=0,target=/src make',
      'FROM scratch',
      'COPY --from=test /app /app',
      '',
    ].join('\n'),
  );

  it('splits stages, lowercases names and resolves FROM with global ARG defaults', () => {
    expect(model.stages.map((s) => [s.index, s.name, s.base.kind, s.base.expanded, s.parent])).toEqual([
      [0, 'deps', 'image', 'python:3.12-slim', null],
      [1, 'tool', 'image', '/tool:1', null],
      [2, 'test', 'stage', 'deps', 0],
      [3, null, 'scratch', 'scratch', null],
    ]);
    const base = model.stages[0]?.base;
    if (base?.kind !== 'image') throw new Error('expected an image base');
    expect([base.reference?.familiarName, base.reference?.tag, base.unresolved]).toEqual(['python', '3.12-slim', []]);
  });

  it('marks a base whose variables have no value as unresolved', () => {
    const base = model.stages[1]?.base;
    if (base?.kind !== 'image') throw new Error('expected an image base');
    expect([base.unresolved, base.reference]).toEqual([['REGISTRY'], null]);
  });

  it('builds the stage graph from FROM, COPY --from and RUN --mount=from=', () => {
    expect(model.edges.map((e) => [e.dependency, e.dependent, e.kind, e.instruction.startLine])).toEqual([
      [0, 2, 'from', 6],
      [1, 2, 'copy', 7],
      [0, 2, 'mount', 9],
      [2, 3, 'copy', 11],
    ]);
    expect(model.externalSources.map((s) => [s.stage, s.image, s.kind])).toEqual([[2, 'nginx:1.27', 'copy']]);
    expect([...model.reachableFromLast].sort()).toEqual([0, 1, 2, 3]);
    expect(model.contextOf(find(syntax.instructions, 'RUN', 1)).stage).toBe(2);
  });
});

describe('ARG and ENV scopes', () => {
  const text = [
    'ARG VERSION=1.0',
    'ARG UNSET',
    'FROM alpine:${VERSION}',
    'RUN echo one',
    'ARG VERSION',
    'ENV A=x B=${A:-none} PATH=/opt/bin:$PATH',
    'ARG USER_NAME=app-${VERSION}',
    'ENV A=y',
    'WORKDIR /srv',
    'WORKDIR app',
    'USER ${USER_NAME}',
    'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
    'RUN echo two',
    'FROM alpine AS second',
    'RUN echo three',
    '',
  ].join('\n');

  it('sees global ARGs in FROM only until a stage re-declares them', () => {
    const { model, syntax } = analyze(text);
    expect(model.stages[0]?.base.expanded).toBe('alpine:1.0');
    expect(model.expand(find(syntax.instructions, 'RUN', 0), '[$VERSION]').value).toBe('[]');
    expect(model.expand(find(syntax.instructions, 'RUN', 1), '[$VERSION]').value).toBe('[1.0]');
  });

  it('expands all pairs of one ENV against the environment before it', () => {
    const { model, syntax } = analyze(text);
    const env = model.contextOf(find(syntax.instructions, 'RUN', 1)).env;
    expect([env.get('A'), env.get('B'), env.get('PATH'), env.get('USER_NAME')]).toEqual(['y', 'none', '/opt/bin:', 'app-1.0']);
  });

  it('tracks WORKDIR, USER and SHELL per stage and resets them in a new stage', () => {
    const { model, syntax } = analyze(text);
    const second = model.contextOf(find(syntax.instructions, 'RUN', 1));
    expect([second.workdir, second.user, second.shell]).toEqual(['/srv/app', 'app-1.0', ['/bin/bash', '-o', 'pipefail', '-c']]);
    const third = model.contextOf(find(syntax.instructions, 'RUN', 2));
    expect([third.workdir, third.user, third.shell, third.env.size]).toEqual([null, null, ['/bin/sh', '-c'], 0]);
  });

  it('applies build args to declared ARGs only', () => {
    const { model, syntax } = analyze(`${text}ARG LATE\nRUN echo four\n`, { buildArgs: { VERSION: '2.0', LATE: 'yes', NEVER: 'x' } });
    expect(model.stages[0]?.base.expanded).toBe('alpine:2.0');
    const last = model.contextOf(find(syntax.instructions, 'RUN', 3)).env;
    expect([last.get('LATE'), last.get('NEVER')]).toEqual(['yes', undefined]);
    expect(model.globalArgs.map((a) => [a.name, a.value])).toEqual([
      ['VERSION', '2.0'],
      ['UNSET', undefined],
    ]);
  });

  it('lets a stage built FROM another stage inherit its environment', () => {
    const { model, syntax } = analyze('FROM alpine AS base\nENV X=1\nARG Y=2\nFROM base\nRUN true\n');
    const context = model.contextOf(find(syntax.instructions, 'RUN'));
    expect([context.env.get('X'), context.env.get('Y'), [...context.declaredArgs]]).toEqual(['1', '2', ['Y']]);
  });

  it('gives predefined platform ARGs when a stage re-declares them', () => {
    const { model, syntax } = analyze('FROM alpine\nARG TARGETARCH\nRUN echo\n', { platform: 'linux/arm64' });
    expect(model.contextOf(find(syntax.instructions, 'RUN')).env.get('TARGETARCH')).toBe('arm64');
  });

  it('keeps instructions before the first FROM as a preamble instead of failing', () => {
    const { model, syntax } = analyze('RUN apt-get update\nENV A=1\n');
    expect(model.stages).toEqual([]);
    expect(model.preamble.map((i) => i.keyword)).toEqual(['RUN', 'ENV']);
    expect(model.contextOf(find(syntax.instructions, 'RUN')).stage).toBeNull();
  });
});
