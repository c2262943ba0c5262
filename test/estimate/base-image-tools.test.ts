import { describe, expect, it } from 'vitest';
import { baseImageTools, type BaseImageTools } from '../../src/engine/estimate/index.js';

const SHA = `sha256:${'0123456789abcdef'.repeat(4)}`;

describe('baseImageTools', () => {
  it('python:3.12-slim has a shell but no curl or wget', () => {
    expect(baseImageTools('python:3.12-slim')).toEqual<BaseImageTools>({
      pattern: 'python:*-slim* (slim-trixie, slim-bookworm)',
      evidence: 'package-list',
      sources: [
        'docker-library/repo-info@67db11d06f13c69bfce5d0f1167af0d732099e40:repos/python/local/3.12-slim.md',
        'docker-library/python@4f07059567fa61c80397126e8063dbbde011b794:3.14/slim-trixie/Dockerfile',
      ],
      sh: true,
      shell: 'dash',
      shellPath: '/bin/sh',
      bash: true,
      curl: false,
      wget: false,
      caCertificates: true,
      git: false,
      gcc: false,
      make: false,
      python3: true,
      tar: true,
      gzip: true,
      unzip: false,
      ps: false,
      useradd: true,
      packageManager: 'apt',
      providers: { tar: 'gnu', gzip: 'gnu', useradd: 'shadow' },
      defaultUser: { uid: 0, name: 'root' },
    });
  });

  it('alpine has busybox applets and adduser, not useradd', () => {
    expect(baseImageTools('alpine:3.20')).toMatchObject({
      pattern: 'alpine:*',
      sh: true,
      shell: 'busybox',
      bash: false,
      curl: false,
      wget: true,
      useradd: false,
      packageManager: 'apk',
      providers: { wget: 'busybox', useradd: 'busybox-adduser' },
    });
  });

  it.each(['gcr.io/distroless/static-debian12', 'gcr.io/distroless/static:nonroot', 'gcr.io/distroless/java21-debian13'])(
    '%s has no shell and no tools',
    (ref) => {
      expect(baseImageTools(ref)).toMatchObject({
        sh: false,
        shell: null,
        bash: false,
        curl: false,
        wget: false,
        packageManager: false,
        caCertificates: true,
      });
    },
  );

  it('distroless :nonroot runs as 65532', () => {
    expect(baseImageTools('gcr.io/distroless/static-debian12:nonroot')?.defaultUser).toEqual({ uid: 65532, name: null });
    expect(baseImageTools('gcr.io/distroless/static-debian12')?.defaultUser).toEqual({ uid: 0, name: 'root' });
  });

  it('distroless :debug has busybox, but not at /bin/sh', () => {
    expect(baseImageTools('gcr.io/distroless/python3-debian12:debug-nonroot')).toMatchObject({
      pattern: 'gcr.io/distroless/*:debug / :debug-nonroot',
      sh: false,
      shell: 'busybox',
      shellPath: '/busybox/sh',
      python3: null,
      defaultUser: { uid: 65532, name: null },
    });
  });

  it('scratch has nothing, not even /etc/passwd', () => {
    expect(baseImageTools('scratch')).toMatchObject({
      sh: false,
      caCertificates: false,
      packageManager: false,
      defaultUser: { uid: 0, name: null },
    });
  });

  it('chainguard python has no shell while chainguard node ships busybox', () => {
    expect(baseImageTools('cgr.dev/chainguard/python:latest')).toMatchObject({ sh: false, python3: true });
    expect(baseImageTools('cgr.dev/chainguard/node')).toMatchObject({
      sh: true,
      shell: 'busybox',
      wget: null,
      defaultUser: { uid: 65532, name: 'node' },
    });
  });

  it('keeps the full images apart from their slim and alpine variants', () => {
    expect(baseImageTools('python:3.12')).toMatchObject({ curl: true, gcc: true });
    expect(baseImageTools('python:3.12.3-slim-bookworm')).toMatchObject({ curl: false });
    expect(baseImageTools('nginx:alpine')).toMatchObject({ curl: true });
    expect(baseImageTools('node:lts-slim')).toMatchObject({ curl: false, caCertificates: false });
  });

  it('reports unknown values as null', () => {
    expect(baseImageTools('ubuntu:24.04')).toMatchObject({ git: null, ps: true });
    expect(baseImageTools('fedora:44')).toMatchObject({ sh: null, curl: null, packageManager: null });
  });

  it('matches tag-independent rows for a digest-only reference', () => {
    expect(baseImageTools(`alpine@${SHA}`)?.pattern).toBe('alpine:*');
  });

  it.each([
    ['python:3.12-slim-bullseye', 'a Debian release the inventory did not read'],
    ['nginx:alpine-slim', 'the variant that drops curl'],
    ['openjdk:17', 'an old openjdk image, not the early-access builds'],
    ['mongo:7.0', 'mongo built on jammy'],
    ['cgr.dev/chainguard/python:latest-dev', 'the -dev variant that adds a shell'],
    [`python@${SHA}`, 'a digest alone for tag-dependent rows'],
    ['mycorp/app:1.0', 'an image the inventory does not have'],
    ['$BASE', 'an invalid reference'],
  ])('returns null for %s (%s)', (ref) => {
    expect(baseImageTools(ref)).toBeNull();
  });
});
