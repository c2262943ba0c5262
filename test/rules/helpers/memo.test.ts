import { describe, expect, it } from 'vitest';
import { buildModel, parse } from '../../../src/engine/index.js';
import { forgetLastModel, oncePerModel, perModel } from '../../../src/engine/rules/helpers/memo.js';

const modelOf = (dockerfile: string) => buildModel(parse(dockerfile));

describe('memo', () => {
  it('computes once per model and key, whichever model was asked last', () => {
    const computed: string[] = [];
    const stageName = perModel((model, index: number) => {
      const name = model.stages[index]?.name ?? null;
      computed.push(`${name}`);
      return name;
    });
    const first = modelOf('FROM alpine AS one\nFROM alpine AS two\n');
    const second = modelOf('FROM alpine AS three\n');

    expect([stageName(first, 0), stageName(second, 0), stageName(first, 0), stageName(first, 1), stageName(second, 0)]).toEqual([
      'one',
      'three',
      'one',
      'two',
      'three',
    ]);
    expect(computed).toEqual(['one', 'three', 'two']);
  });

  it('keeps a computed undefined instead of computing it again', () => {
    let calls = 0;
    const nothing = oncePerModel(() => {
      calls++;
      return undefined;
    });
    const model = modelOf('FROM alpine\n');
    nothing(model);
    nothing(model);
    expect(calls).toBe(1);
  });

  it('still answers from the cache of a model it let go of at the end of an analysis', () => {
    let calls = 0;
    const stageCount = perModel((model, _key: 'stages') => {
      calls++;
      return model.stages.length;
    });
    const model = modelOf('FROM alpine\nFROM alpine\n');
    expect(stageCount(model, 'stages')).toBe(2);
    forgetLastModel();
    expect(stageCount(model, 'stages')).toBe(2);
    expect(calls).toBe(1);
  });
});
