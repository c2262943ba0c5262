import { describe, expect, it } from 'vitest';
import { tagFamilyCandidates } from '../../src/engine/estimate/tag-family.js';

describe('tagFamilyCandidates', () => {
  it.each<[string, string[]]>([
    ['3.12.3-slim', ['3.12-slim', '3-slim']],
    ['3.12-alpine3.20', ['3-alpine3.20', '3.12-alpine', '3-alpine']],
    ['21-jdk-alpine-3.20', ['21-jdk-alpine']],
    ['3.12.3-slim-bookworm', ['3.12-slim-bookworm', '3-slim-bookworm', '3.12.3-slim', '3.12-slim', '3-slim']],
    ['bookworm-20240101-slim', ['bookworm-slim', 'slim']],
    ['jammy-20240101', ['jammy']],
    ['22-bullseye', ['22']],
    ['v3.6', ['v3']],
  ])('%s → %j', (tag, expected) => {
    expect(tagFamilyCandidates(tag)).toEqual(expected);
  });

  it.each(['latest', 'bookworm', 'slim', 'alpine', '22'])('has nothing coarser for %s', (tag) => {
    expect(tagFamilyCandidates(tag)).toEqual([]);
  });
});
