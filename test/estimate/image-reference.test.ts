import { describe, expect, it } from 'vitest';
import { parseImageReference, type ImageReference } from '../../src/engine/estimate/index.js';

const SHA = `sha256:${'0123456789abcdef'.repeat(4)}`;

function reference(fields: Partial<ImageReference> & Pick<ImageReference, 'repository' | 'familiarName'>): ImageReference {
  return { registry: 'docker.io', tag: 'latest', tagIsExplicit: false, digest: null, ...fields };
}

describe('parseImageReference', () => {
  it.each<[string, ImageReference]>([
    ['python', reference({ repository: 'library/python', familiarName: 'python' })],
    [
      'python:3.12-slim',
      reference({ repository: 'library/python', familiarName: 'python', tag: '3.12-slim', tagIsExplicit: true }),
    ],
    ['library/python:3', reference({ repository: 'library/python', familiarName: 'python', tag: '3', tagIsExplicit: true })],
    ['docker.io/python', reference({ repository: 'library/python', familiarName: 'python' })],
    ['index.docker.io/library/python', reference({ repository: 'library/python', familiarName: 'python' })],
    [
      'bitnami/redis:7.2',
      reference({ repository: 'bitnami/redis', familiarName: 'bitnami/redis', tag: '7.2', tagIsExplicit: true }),
    ],
    ['docker.io/bitnami/redis', reference({ repository: 'bitnami/redis', familiarName: 'bitnami/redis' })],
    // Docker only shortens `library/x`, not deeper paths under library/.
    ['docker.io/library/team/app', reference({ repository: 'library/team/app', familiarName: 'library/team/app' })],
    ['scratch', reference({ repository: 'library/scratch', familiarName: 'scratch' })],
    [
      'gcr.io/distroless/static-debian12:nonroot',
      {
        registry: 'gcr.io',
        repository: 'distroless/static-debian12',
        familiarName: 'gcr.io/distroless/static-debian12',
        tag: 'nonroot',
        tagIsExplicit: true,
        digest: null,
      },
    ],
    ['localhost/app', { ...reference({ repository: 'app', familiarName: 'localhost/app' }), registry: 'localhost' }],
    [
      'localhost:5000/team/app:1.0',
      {
        registry: 'localhost:5000',
        repository: 'team/app',
        familiarName: 'localhost:5000/team/app',
        tag: '1.0',
        tagIsExplicit: true,
        digest: null,
      },
    ],
    ['registry:5000/app', { ...reference({ repository: 'app', familiarName: 'registry:5000/app' }), registry: 'registry:5000' }],
    // Repository paths are lower-case, so an upper-case first element can only be a host.
    ['Registry/app', { ...reference({ repository: 'app', familiarName: 'Registry/app' }), registry: 'Registry' }],
    [
      '[::1]:5000/app:v1',
      { registry: '[::1]:5000', repository: 'app', familiarName: '[::1]:5000/app', tag: 'v1', tagIsExplicit: true, digest: null },
    ],
    // A single element is always a Docker Hub name: this is library/localhost tagged 5000.
    ['localhost:5000', reference({ repository: 'library/localhost', familiarName: 'localhost', tag: '5000', tagIsExplicit: true })],
    [`python@${SHA}`, reference({ repository: 'library/python', familiarName: 'python', tag: null, digest: SHA })],
    [
      `python:3.12@${SHA}`,
      reference({ repository: 'library/python', familiarName: 'python', tag: '3.12', tagIsExplicit: true, digest: SHA }),
    ],
  ])('%s', (ref, expected) => {
    expect(parseImageReference(ref)).toEqual(expected);
  });

  it.each([
    ['', 'empty'],
    ['Python', 'upper-case repository'],
    ['team/App', 'upper-case path'],
    ['python:', 'empty tag'],
    [':3.12', 'no name'],
    ['python:-slim', 'tag starting with a dash'],
    [`python:${'a'.repeat(129)}`, 'tag over 128 characters'],
    ['python@sha256:abc', 'digest too short'],
    ['$BASE_IMAGE', 'unexpanded variable'],
    ['${REGISTRY}/app:latest', 'unexpanded variable in the registry'],
    ['0123456789abcdef'.repeat(4), 'a bare image ID'],
    ['team//app', 'empty path component'],
    ['team/app/', 'trailing slash'],
    ['python:3.12 ', 'trailing space'],
    [`registry.example.com/${'a'.repeat(240)}`, 'name over 255 characters'],
  ])('rejects %j (%s)', (ref) => {
    expect(parseImageReference(ref)).toBeNull();
  });

  it('rejects long malformed input quickly', () => {
    const started = performance.now();
    expect(parseImageReference(`${'a-'.repeat(5000)}!`)).toBeNull();
    expect(parseImageReference(`${'a.'.repeat(5000)}/x!`)).toBeNull();
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
