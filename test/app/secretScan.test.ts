import { describe, expect, it } from 'vitest';
import { secretsInWorkspace } from '../../src/app/share/secretScan';

const GITHUB_TOKEN = `ghp_${'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z5A'}`;

describe('secrets in what a link carries', () => {
  it('names each likely secret with where it is', () => {
    expect(
      secretsInWorkspace({
        dockerfile: `FROM alpine:3.20\nENV GITHUB_TOKEN=${GITHUB_TOKEN}\n`,
        dockerignore: '',
        buildArgs: { NPM_TOKEN: `npm_${'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'}` },
      }),
    ).toEqual(['GitHub token (Dockerfile, line 2)', 'npm access token (build args, line 1)']);
  });

  it('finds nothing in an ordinary Dockerfile or a placeholder', () => {
    expect(secretsInWorkspace({ dockerfile: 'FROM alpine:3.20\nARG TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', dockerignore: '.git\n', buildArgs: {} })).toEqual([]);
  });
});
