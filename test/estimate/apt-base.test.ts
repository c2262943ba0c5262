import { describe, expect, it } from 'vitest';
import { approximateAptBase, bookwormAptBase, onBookworm } from '../../src/engine/estimate/index.js';

describe('bookwormAptBase', () => {
  it.each([
    ['debian:bookworm-slim', 'slim'],
    ['debian:12-slim', 'slim'],
    ['debian:12.15-slim', 'slim'],
    ['debian:bookworm-20240101-slim', 'slim'],
    ['debian:bookworm', 'full'],
    ['debian:12', 'full'],
    ['docker.io/library/debian:bookworm-slim', 'slim'],
    ['python:3.12-slim-bookworm', 'slim'],
    ['python:3.11.4-slim-bookworm', 'slim'],
    ['node:22-bookworm-slim', 'slim'],
    ['node:22-slim', 'slim'],
  ])('%s: %s', (image, flavour) => {
    expect(bookwormAptBase(image)).toBe(flavour);
  });

  it.each([
    ['node:22', 'full image on buildpack-deps'],
    ['node:26.3.0', 'full image, nearest tag only'],
    ['buildpack-deps:bookworm', 'buildpack-deps'],
    ['python:3.12-bookworm', 'full image on bookworm'],
    ['golang:1.23-bookworm', 'full image on bookworm'],
    ['ruby:2.7.3', 'old full image'],
    ['rust:1-slim-bookworm', 'slim, but ships gcc'],
    ['ruby:3.3-slim-bookworm', 'slim, toolchain unknown'],
    ['python:3.12-slim', 'slim on trixie'],
    ['python:3.11.4-slim', 'slim, release unknown for an untracked version'],
    ['debian:trixie-slim', 'another Debian release'],
    ['debian:bullseye', 'another Debian release'],
    ['debian:latest', 'floating'],
    ['ubuntu:16.04', 'Ubuntu'],
    ['ubuntu:noble', 'Ubuntu'],
    ['alpine:3.20', 'Alpine'],
    ['scratch', 'no packages'],
    ['example.com/team/base:1-slim-bookworm', 'unknown image'],
    [`debian@sha256:${'0123456789abcdef'.repeat(4)}`, 'digest only'],
  ])('%s: none (%s)', (image) => {
    expect(bookwormAptBase(image)).toBeNull();
  });
});

describe('approximateAptBase', () => {
  it.each([
    ['ubuntu:latest', 'slim'],
    ['ubuntu', 'slim'],
    ['ubuntu:noble', 'slim'],
    ['ubuntu:22.04', 'slim'],
    ['debian:trixie-slim', 'slim'],
    ['debian:13', 'full'],
    ['debian:latest', 'full'],
    ['python:3.12-slim', 'slim'],
  ])('%s: %s', (image, flavour) => {
    expect(approximateAptBase(image)).toBe(flavour);
  });

  it.each([
    ['ubuntu:16.04', 'an old Ubuntu'],
    ['ubuntu:focal', 'an old Ubuntu'],
    ['debian:bullseye-slim', 'an older Debian'],
    ['node:22', 'full image on buildpack-deps'],
    ['python:3.12-bookworm', 'full image'],
    ['alpine:3.20', 'Alpine'],
    ['example.com/team/base:1-slim-trixie', 'unknown image'],
  ])('%s: none (%s)', (image) => {
    expect(approximateAptBase(image)).toBeNull();
  });
});

describe('onBookworm', () => {
  it.each([
    ['debian:bookworm', true],
    ['debian:12-slim', true],
    ['node:22-bookworm', true],
    ['python:3.12-slim-bookworm', true],
    ['debian:trixie', false],
    ['python:3.12-slim', false],
    ['ubuntu:24.04', false],
    ['debian', false],
  ])('%s: %s', (image, expected) => {
    expect(onBookworm(image)).toBe(expected);
  });
});
