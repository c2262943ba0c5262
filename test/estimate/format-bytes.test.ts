import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../src/engine/estimate/index.js';

describe('formatBytes', () => {
  it.each<[number, string]>([
    [0, '0 B'],
    [2_479, '≈ 2.48 kB'],
    [512, '≈ 512 B'],
    [715_728, '≈ 716 kB'],
    [3_849_738, '≈ 3.85 MB'],
    [43_188_023, '≈ 43.2 MB'],
    [383_066_364, '≈ 383 MB'],
    [410_908_459, '≈ 411 MB'],
    [1_000_000, '≈ 1 MB'],
    [999_600, '≈ 1 MB'],
    [999_499_999, '≈ 999 MB'],
    [999_500_000, '≈ 1 GB'],
    [1_234_567_890, '≈ 1.23 GB'],
    [-25_150_280, '≈ -25.2 MB'],
  ])('%d → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
