import { describe, expect, it } from 'vitest';
import { MARKER_LEVEL, ruleFromFragment, ruleLink } from '../../src/app/editor/markers';

describe('markers', () => {
  it('map each severity to the marker level of the same weight', () => {
    expect(MARKER_LEVEL).toEqual({ error: 'Error', warning: 'Warning', info: 'Info', style: 'Hint' });
  });

  it('link rules inside the page and read the links back', () => {
    const link = ruleLink('DL3008', 'https://example.com/play/#share=1.abc');
    expect(link).toBe('https://example.com/play/#rule=DL3008');
    expect(ruleFromFragment(new URL(link).hash)).toBe('DL3008');
    expect(ruleFromFragment('rule=StageNameCasing')).toBe('StageNameCasing');
    expect(ruleFromFragment('#rule=<script>')).toBeNull();
    expect(ruleFromFragment('#share=1.abc')).toBeNull();
  });
});
