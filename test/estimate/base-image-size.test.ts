import { describe, expect, it } from 'vitest';
import { formatBytes, lookupBaseImage, suggestSlimmerBase } from '../../src/engine/estimate/index.js';

const SHA = `sha256:${'0123456789abcdef'.repeat(4)}`;

describe('lookupBaseImage', () => {
  it('reads an exact tag with its source', () => {
    expect(lookupBaseImage('python:3.12')).toEqual({
      image: 'python',
      tag: '3.12',
      dataTag: '3.12-trixie',
      compressedBytes: 410_908_459,
      compressedIsEstimate: false,
      uncompressedBytes: null,
      confidence: 'high',
      confidenceNote: null,
      os: 'debian:13 (trixie)',
      source: 'docker-library/repo-info@0531c602d6fd80edd8094917938c56dff33f491b:repos/python/remote/3.12-trixie.md',
      date: '2026-08-13T19:44:02Z',
      stale: false,
      approximate: false,
    });
  });

  it.each<[string, string, string, number]>([
    ['docker.io/library/python:3.12-slim', '3.12-slim', '3.12-slim-trixie', 43_188_023],
    ['python:3.14.7', '3.14.7', '3.14-trixie', 414_723_623],
    ['python', 'latest', '3.14-trixie', 414_723_623],
    ['node:lts-slim', 'lts-slim', '24-bookworm-slim', 80_293_370],
    [`python:3.12-slim@${SHA}`, '3.12-slim', '3.12-slim-trixie', 43_188_023],
  ])('%s is exact', (ref, tag, dataTag, compressedBytes) => {
    expect(lookupBaseImage(ref)).toMatchObject({ tag, dataTag, compressedBytes, approximate: false });
  });

  it.each<[string, string, string, number]>([
    ['python:3.12.3-slim', '3.12-slim', '3.12-slim-trixie', 43_188_023],
    ['python:3.12-alpine3.20', '3.12-alpine', '3.12-alpine3.24', 18_037_743],
    ['debian:bookworm-20240101-slim', 'bookworm-slim', 'bookworm-slim', 28_232_590],
    ['alpine:3.20', '3', '3.24', 3_849_738],
    ['node:22-bullseye', '22', '22-bookworm', 408_499_334],
  ])('%s falls back to the %s line, flagged approximate', (ref, tag, dataTag, compressedBytes) => {
    expect(lookupBaseImage(ref)).toMatchObject({ tag, dataTag, compressedBytes, approximate: true });
  });

  it('knows scratch is empty whatever is written', () => {
    expect(lookupBaseImage('scratch')).toMatchObject({ compressedBytes: 0, uncompressedBytes: 0, approximate: false });
  });

  it('keeps secondary rows honest about their figures', () => {
    expect(lookupBaseImage('gcr.io/distroless/static-debian12:nonroot')).toMatchObject({
      compressedBytes: 715_728,
      compressedIsEstimate: false,
      uncompressedBytes: 2_430_000,
      confidence: 'medium',
    });
    expect(lookupBaseImage('gcr.io/distroless/base-debian12')).toMatchObject({
      compressedBytes: 7_700_000,
      compressedIsEstimate: true,
      uncompressedBytes: 20_400_000,
      confidence: 'low',
    });
  });

  it('flags historical figures', () => {
    expect(lookupBaseImage('ubuntu:20.04')).toMatchObject({ compressedBytes: 28_576_882, stale: true });
  });

  it.each([
    ['node:20-alpine', 'a major the data does not have'],
    [`python@${SHA}`, 'a digest alone'],
    ['mycorp/app:1.0', 'an image the data does not have'],
    ['gcr.io/distroless/static:nonroot', 'a different image name, even if related'],
    ['$BASE', 'an invalid reference'],
  ])('returns null for %s (%s)', (ref) => {
    expect(lookupBaseImage(ref)).toBeNull();
  });
});

describe('suggestSlimmerBase', () => {
  it('offers the slim variant of a full image', () => {
    const suggestion = suggestSlimmerBase('python:3.12');
    expect(suggestion).toMatchObject({
      reference: 'python:3.12-slim',
      kind: 'slim',
      compressedSavingBytes: 410_908_459 - 43_188_023,
      uncompressedSavingBytes: null,
      approximate: false,
    });
    expect(formatBytes(suggestion?.compressedSavingBytes ?? 0)).toBe('≈ 368 MB');
  });

  it.each<[string, string, 'slim' | 'alpine', number]>([
    ['python', 'python:slim', 'slim', 414_723_623 - 43_437_809],
    ['node:22', 'node:22-slim', 'slim', 408_499_334 - 79_893_445],
    ['node:22-bookworm', 'node:22-bookworm-slim', 'slim', 408_499_334 - 79_893_445],
    ['python:3.14-bookworm', 'python:3.14-slim-bookworm', 'slim', 384_541_132 - 44_791_060],
    ['python:bookworm', 'python:slim-bookworm', 'slim', 384_541_132 - 44_791_060],
    ['python:3.12-trixie', 'python:3.12-slim-trixie', 'slim', 410_908_459 - 43_188_023],
    ['debian:bookworm', 'debian:bookworm-slim', 'slim', 48_497_091 - 28_232_590],
    ['debian:latest', 'debian:trixie-slim', 'slim', 49_312_314 - 29_780_765],
    ['rust:1', 'rust:1-slim', 'slim', 592_953_245 - 319_098_044],
    ['golang:1.27', 'golang:1.27-alpine', 'alpine', 316_194_729 - 75_169_503],
    ['nginx', 'nginx:alpine', 'alpine', 63_110_572 - 26_310_566],
    ['python:3.12-slim', 'python:3.12-alpine', 'alpine', 43_188_023 - 18_037_743],
    ['eclipse-temurin:21', 'eclipse-temurin:21-alpine', 'alpine', 230_080_573 - 183_624_358],
  ])('%s → %s', (ref, reference, kind, compressedSavingBytes) => {
    expect(suggestSlimmerBase(ref)).toMatchObject({ reference, kind, compressedSavingBytes, approximate: false });
  });

  it('says so when the written tag was only matched by family', () => {
    expect(suggestSlimmerBase('python:3.12.3')).toMatchObject({
      reference: 'python:3.12-slim-trixie',
      kind: 'slim',
      compressedSavingBytes: 410_908_459 - 43_188_023,
      approximate: true,
    });
  });

  it('keeps the release a tag names, even when the data has that line only on another one', () => {
    expect(suggestSlimmerBase('python:3.12-bookworm')).toMatchObject({
      reference: 'python:3.14-slim-bookworm',
      kind: 'slim',
      current: { tag: '3-bookworm', dataTag: '3.14-bookworm' },
      compressedSavingBytes: 384_541_132 - 44_791_060,
      approximate: true,
    });
  });

  it.each([
    ['node:26-bookworm', 'node 26 is only known on trixie'],
    ['golang:1.27-bookworm', 'golang is only known on trixie'],
    ['nginx:1.27-bookworm', 'no slim of that release, and Alpine is another distribution'],
    ['python:3.11-bullseye', 'no bullseye python in the data'],
  ])('suggests no other release for %s (%s)', (ref) => {
    expect(suggestSlimmerBase(ref)).toBeNull();
  });

  it.each([
    'alpine:3.20',
    'python:3.12-alpine',
    'scratch',
    'ubuntu:24.04',
    'gcr.io/distroless/static-debian12',
    'mycorp/app:1.0',
  ])('has nothing lighter for %s', (ref) => {
    expect(suggestSlimmerBase(ref)).toBeNull();
  });
});
