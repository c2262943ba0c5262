import { describe, expect, it } from 'vitest';
import { DEFAULT_EXAMPLE, EXAMPLES } from '../../src/data/examples/index';
import { analyze, SEVERITY_RANK } from './engine';

describe('curated examples', () => {
  it('have unique ids and a naive default', () => {
    expect(new Set(EXAMPLES.map((example) => example.id)).size).toBe(EXAMPLES.length);
    expect(DEFAULT_EXAMPLE.kind).toBe('naive');
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(8);
  });

  it.each(EXAMPLES.filter((example) => example.kind === 'naive').map((example) => [example.id, example] as const))(
    '%s shows every rule it exists to show',
    (_id, example) => {
      expect(example.expect.length).toBeGreaterThan(0);
      const { findings } = analyze({ dockerfile: example.dockerfile, dockerignore: example.dockerignore || null });
      const codes = new Set(findings.map((finding) => finding.code));
      expect(example.expect.filter((code) => !codes.has(code))).toEqual([]);
    },
  );

  it.each(EXAMPLES.filter((example) => example.kind === 'optimized').map((example) => [example.id, example] as const))(
    '%s has no finding at warning level or above, and no parse error',
    (_id, example) => {
      const { findings, diagnostics } = analyze({ dockerfile: example.dockerfile, dockerignore: example.dockerignore || null });
      expect(diagnostics).toEqual([]);
      expect(findings.filter((finding) => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK.warning).map((finding) => `${finding.code}: ${finding.message}`)).toEqual([]);
    },
  );
});
