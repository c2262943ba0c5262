import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSecrets, type SecretKind } from '../../../src/engine/rules/helpers/secrets.js';

/**
 * Test tokens are assembled from pieces so that no complete credential-shaped literal sits in the
 * repository for secret scanners to flag. None of them was ever issued.
 */
const join = (...parts: string[]): string => parts.join('');
const AWS_KEY_ID = join('AKIA', 'Z7Q3MXW4YVN2PLKD');
const AWS_SECRET = join('q8Vd2+Lk9P/xR4mT7w', 'B1nZ5cH3jF6sG0aE2uYoQ3');
const GITHUB_CLASSIC = join('ghp', '_', 'Aq7Lm2Xv9Rt4Kw8Np1Zc6Yb3Jd5Fg0Sh2Ue4Ix');
const GITHUB_FINE_GRAINED = join('github', '_pat_', '11ABCDEFG0a1b2c3d4e5f6', '_', 'g7h8i9j0k1l2m3n4o5p6q7r8s9t0u1v2w3x4y5z6A7B8C9D0E1F2G3H4I5J6K7');
const GITLAB = join('glpat', '-', 'x7Yq2Lm9Vr4Tk8Wn1Pz6');
const NPM = join('npm', '_', 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8');
const SLACK = join('xoxb', '-', '2837465019-4827365019283-Qw8Er7Ty6Ui5Op4As3Df2Gh');
const GOOGLE = join('AIza', 'Sy9Xq2Lm7Vr4Tk8Wn1Pz6Yb3Jd5Fg0Sh2Ue');
const PRIVATE_KEY = join(
  '-----BEGIN RSA ',
  'PRIVATE KEY-----\nMIIEowIBAAKCAQEA1x7Yq2Lm9Vr4Tk8Wn1Pz6Yb3Jd5Fg0Sh2Ue4IxQw8Er7Ty6Ui5Op\n',
  '-----END RSA PRIVATE KEY-----',
);

function kinds(text: string): { kind: SecretKind; text: string }[] {
  return findSecrets(text).map((match) => ({ kind: match.kind, text: text.slice(match.start, match.end) }));
}

describe('findSecrets', () => {
  it.each([
    ['aws-access-key-id', `ENV AWS_ACCESS_KEY_ID=${AWS_KEY_ID}`, AWS_KEY_ID],
    ['github-token', `RUN git clone https://${GITHUB_CLASSIC}@github.com/org/repo`, GITHUB_CLASSIC],
    ['github-token', `ARG TOKEN=${GITHUB_FINE_GRAINED}`, GITHUB_FINE_GRAINED],
    ['gitlab-token', `ENV CI_TOKEN="${GITLAB}"`, GITLAB],
    ['npm-token', `RUN echo "//registry.npmjs.org/:_authToken=${NPM}" > .npmrc`, NPM],
    ['slack-token', `ENV SLACK=${SLACK}`, SLACK],
    ['google-api-key', `ENV MAPS_KEY=${GOOGLE}`, GOOGLE],
  ] as const)('finds a %s', (kind, text, secret) => {
    expect(kinds(text)).toEqual([{ kind, text: secret }]);
  });

  it('finds an AWS secret key by its name and next to a key ID', () => {
    expect(kinds(`ENV AWS_SECRET_ACCESS_KEY=${AWS_SECRET}`)).toEqual([{ kind: 'aws-secret-access-key', text: AWS_SECRET }]);
    expect(kinds(`RUN aws configure set ${AWS_KEY_ID} ${AWS_SECRET}`)).toEqual([
      { kind: 'aws-access-key-id', text: AWS_KEY_ID },
      { kind: 'aws-secret-access-key', text: AWS_SECRET },
    ]);
  });

  it('finds a private key block, including one written with \\n escapes', () => {
    expect(kinds(`COPY <<EOF /root/.ssh/id_rsa\n${PRIVATE_KEY}\nEOF`)).toEqual([{ kind: 'private-key', text: PRIVATE_KEY }]);
    const escaped = PRIVATE_KEY.replace(/\n/g, '\\n');
    expect(kinds(`RUN printf '${escaped}' > key`)).toEqual([{ kind: 'private-key', text: escaped }]);
  });

  it('finds a password in a URL and only marks the password', () => {
    expect(kinds('RUN pip install --index-url https://deploy:s3cr3t-Pa55@pypi.example.com/simple app')).toEqual([
      { kind: 'url-password', text: 's3cr3t-Pa55' },
    ]);
  });

  it.each([
    ['AWS’s documented example key ID', 'ENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE'],
    ['AWS’s documented example secret', `ENV AWS_SECRET_ACCESS_KEY=${join('wJalrXUtnFEMI/K7MDENG/bPxRfiCY', 'EXAMPLEKEY')}`],
    ['filler after a prefix', `ENV GH=${join('ghp', '_', 'x'.repeat(36))}`],
    ['a variable in a URL', 'RUN git clone https://${GH_USER}:${GH_TOKEN}@github.com/org/repo'],
    ['a stock placeholder password', 'ENV DATABASE_URL=postgres://user:password@db:5432/app'],
    ['the user name repeated as password', 'ENV DATABASE_URL=postgres://postgres:postgres@db/app'],
    ['a masked password', 'ENV URL=https://admin:****@example.com'],
    ['a template', 'ENV URL=https://admin:<password>@example.com'],
    ['an image reference with a digest', 'FROM docker-image://alpine:3.20@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'],
    ['a git commit hash next to a key ID', `RUN echo ${AWS_KEY_ID}; git checkout 0123456789abcdef0123456789abcdef01234567`],
    ['a private key marker without a body', 'RUN grep -q "-----BEGIN PRIVATE KEY-----" /etc/key.pem'],
    ['a token prefix inside a longer word', `ENV X=my${GITLAB}suffix-more`],
  ])('skips %s', (_name, text) => {
    expect(kinds(text).filter((match) => match.kind !== 'aws-access-key-id')).toEqual([]);
  });

  it('returns sorted, non-overlapping spans inside the text, whatever the input', () => {
    const pieces = fc.constantFrom(AWS_KEY_ID, AWS_SECRET, GITHUB_CLASSIC, PRIVATE_KEY, 'https://u:Pw9-x2@h', ' ', '\n', 'ENV A=', '-----BEGIN ');
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const matches = findSecrets(text);
        matches.forEach((match, index) => {
          expect(match.start).toBeGreaterThanOrEqual(0);
          expect(match.end).toBeLessThanOrEqual(text.length);
          expect(match.end).toBeGreaterThan(match.start);
          if (index > 0) expect(match.start).toBeGreaterThanOrEqual(matches[index - 1]!.end);
        });
      }),
    );
  });
});
