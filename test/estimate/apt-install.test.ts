import { describe, expect, it } from 'vitest';
import { aptInstallEstimate, formatBytes, recommendsSaving } from '../../src/engine/estimate/index.js';

/** Megabytes (10^6 B) to the one decimal the NOTES tables print. */
function megabytes(bytes: number): number {
  return Math.round(bytes / 100_000) / 10;
}

describe('aptInstallEstimate', () => {
  it('python3 python3-pip, exact bytes', () => {
    // Independently recomputed from the JSON: Σ Installed-Size·1024·factor + 28,968·count.
    expect(aptInstallEstimate(['python3', 'python3-pip'], { recommends: false })).toMatchObject({
      packages: 30,
      bytes: 67_895_833,
      unknown: [],
    });
    expect(aptInstallEstimate(['python3', 'python3-pip'], { recommends: true })).toMatchObject({
      packages: 152,
      bytes: 450_962_197,
      unknown: [],
    });
  });

  // debian-bookworm/NOTES.md "Sanity table": packages and estimated layer MB on debian:bookworm-slim,
  // without and with Recommends, apt lists removed.
  it.each<[string, number, number, number, number]>([
    ['python3 python3-pip', 30, 67.9, 152, 451.0],
    ['python3', 22, 43.3, 26, 44.8],
    ['build-essential', 56, 295.9, 125, 357.7],
    ['gcc', 25, 163.5, 78, 241.5],
    ['g++', 44, 246.8, 81, 297.6],
    ['openjdk-17-jdk', 113, 549.5, 186, 598.7],
    ['openjdk-17-jre-headless', 34, 222.8, 48, 265.9],
    ['default-jdk', 117, 549.6, 190, 598.8],
    ['curl ca-certificates', 18, 12.5, 22, 13.3],
    ['nodejs npm', 387, 242.3, 669, 839.6],
    ['nodejs', 13, 93.9, 16, 109.4],
    ['git', 24, 90.8, 46, 103.1],
    ['imagemagick', 43, 92.6, 112, 187.3],
    ['ffmpeg', 200, 451.6, 243, 596.9],
    ['postgresql-client', 22, 61.2, 25, 61.7],
    ['texlive-base', 53, 195.3, 204, 616.7],
    ['chromium', 174, 681.6, 325, 877.7],
  ])('NOTES sanity table: %s', (install, packagesWithout, mbWithout, packagesWith, mbWith) => {
    const names = install.split(' ');
    const without = aptInstallEstimate(names, { recommends: false });
    const withRecommends = aptInstallEstimate(names, { recommends: true });
    expect([without.packages, megabytes(without.bytes)]).toEqual([packagesWithout, mbWithout]);
    expect([withRecommends.packages, megabytes(withRecommends.bytes)]).toEqual([packagesWith, mbWith]);
  });

  it('reproduces the buildpack-deps layers on a full base, one layer on top of the other', () => {
    // NOTES "Check against real uncompressed layer deltas": curl 39 pkgs / 46.7 MB, scm 38 / 165.3 MB.
    const curlLayer = aptInstallEstimate(['ca-certificates', 'curl', 'gnupg', 'netbase', 'sq', 'wget'], {
      recommends: false,
      base: 'full',
    });
    expect([curlLayer.packages, megabytes(curlLayer.bytes)]).toEqual([39, 46.7]);
    const scmLayer = aptInstallEstimate(['git', 'mercurial', 'openssh-client', 'subversion', 'procps'], {
      recommends: false,
      base: 'full',
      alreadyInstalled: curlLayer.added,
    });
    expect([scmLayer.packages, megabytes(scmLayer.bytes)]).toEqual([38, 165.3]);
  });

  it('adds the apt lists when the RUN keeps them', () => {
    const removed = aptInstallEstimate(['curl'], { recommends: false });
    const kept = aptInstallEstimate(['curl'], { recommends: false, keepsAptLists: true });
    expect(kept.bytes - removed.bytes).toBe(19_859_939);
  });

  it('counts shared dependencies once', () => {
    const curl = aptInstallEstimate(['curl'], { recommends: false });
    const twice = aptInstallEstimate(['curl', 'curl', 'ca-certificates'], { recommends: false });
    const both = aptInstallEstimate(['curl', 'ca-certificates'], { recommends: false });
    expect(twice).toEqual(both);
    expect(both.added).toEqual(expect.arrayContaining(curl.added));
  });

  it('strips version, release and architecture qualifiers', () => {
    expect(aptInstallEstimate(['curl=7.88.1-10+deb12u15', 'git/bookworm-backports', 'make:amd64'], { recommends: false })).toEqual(
      aptInstallEstimate(['curl', 'git', 'make'], { recommends: false }),
    );
  });

  it('knows base packages add nothing and reports names it does not know', () => {
    expect(aptInstallEstimate(['bash', 'coreutils', 'tzdata'], { recommends: true })).toEqual({
      packages: 0,
      bytes: 0,
      unknown: [],
      added: [],
    });
    expect(
      aptInstallEstimate(['python', 'docker-ce', 'netcat', '$PHPIZE_DEPS', 'curl'], { recommends: false }).unknown,
    ).toEqual(['python', 'docker-ce', 'netcat', '$PHPIZE_DEPS']);
  });

  it('follows virtual names to their only provider', () => {
    expect(aptInstallEstimate(['git-core'], { recommends: false })).toEqual(aptInstallEstimate(['git'], { recommends: false }));
  });
});

describe('recommendsSaving', () => {
  it('python3 python3-pip: 122 packages, ≈ 383 MB', () => {
    const saving = recommendsSaving(['python3', 'python3-pip']);
    expect(saving).toEqual({ packages: 122, bytes: 383_066_364, unknown: [] });
    expect(formatBytes(saving.bytes)).toBe('≈ 383 MB');
  });

  it('is zero when Recommends add nothing, and passes unknown names on', () => {
    expect(recommendsSaving(['ca-certificates', 'docker-ce'])).toEqual({ packages: 0, bytes: 0, unknown: ['docker-ce'] });
  });

  it('uses the full-image factors when asked', () => {
    const slim = recommendsSaving(['build-essential']);
    const full = recommendsSaving(['build-essential'], { base: 'full' });
    expect(full.packages).toBe(slim.packages);
    expect(full.bytes).toBeGreaterThan(slim.bytes);
  });
});
