import { describe, expect, it } from 'vitest';
import { fixAllSafe, MAX_FIX_PASSES } from '../../src/app/analysis/fixAll';
import { analyze } from '../../src/engine/index';

describe('fix all safe fixes', () => {
  it('applies every safe fix and re-analyses until nothing is left', () => {
    const text = 'FROM alpine:3.20\nMAINTAINER jane@example.com\nRUN apk add curl=8.9.1-r0\n';
    const result = fixAllSafe(text, null, {});
    expect(result.dockerfile).toBe('FROM alpine:3.20\nLABEL org.opencontainers.image.authors="jane@example.com"\nRUN apk add --no-cache curl=8.9.1-r0\n');
    expect(result.applied).toBe(2);
    const left = analyze(result.dockerfile).findings.filter((finding) => finding.fixes.some((fix) => fix.safety === 'safe'));
    expect(left).toEqual([]);
  });

  it('leaves unsafe fixes alone', () => {
    const text = 'FROM alpine:3.20\nCMD node server.js\n';
    expect(fixAllSafe(text, null, {}).dockerfile).toContain('CMD node server.js');
  });

  it('keeps a byte order mark and stops after a bounded number of passes', () => {
    const result = fixAllSafe('\uFEFFFROM alpine:3.20\nMAINTAINER jane@example.com\n', null, {});
    expect(result.dockerfile.startsWith('\uFEFFFROM alpine:3.20\nLABEL')).toBe(true);
    expect(result.passes).toBeLessThanOrEqual(MAX_FIX_PASSES);
  });

  it('reports nothing applied when nothing is fixable', () => {
    expect(fixAllSafe('FROM scratch\n', null, {})).toEqual({ dockerfile: 'FROM scratch\n', applied: 0, passes: 0 });
  });
});
