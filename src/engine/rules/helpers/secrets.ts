/**
 * Credential-looking values in text: access keys, API tokens, private-key blocks and passwords in
 * URLs. Pure and free of Dockerfile knowledge, so the playground can run it over any text it is
 * about to share. Patterns are the issuers' documented formats; placeholders are skipped because a
 * linter that cries wolf at `ghp_xxxx` or `${TOKEN}` gets switched off.
 */

export type SecretKind =
  | 'aws-access-key-id'
  | 'aws-secret-access-key'
  | 'github-token'
  | 'gitlab-token'
  | 'npm-token'
  | 'slack-token'
  | 'slack-webhook'
  | 'google-api-key'
  | 'stripe-secret-key'
  | 'private-key'
  | 'url-password';

export interface SecretMatch {
  kind: SecretKind;
  /** Offsets into the text, end exclusive: the secret itself, not its surroundings. */
  start: number;
  end: number;
}

export const SECRET_KIND_LABELS: Readonly<Record<SecretKind, string>> = {
  'aws-access-key-id': 'AWS access key ID',
  'aws-secret-access-key': 'AWS secret access key',
  'github-token': 'GitHub token',
  'gitlab-token': 'GitLab personal access token',
  'npm-token': 'npm access token',
  'slack-token': 'Slack token',
  'slack-webhook': 'Slack webhook URL',
  'google-api-key': 'Google API key',
  'stripe-secret-key': 'Stripe secret key',
  'private-key': 'private key',
  'url-password': 'password in a URL',
};

interface TokenPattern {
  kind: SecretKind;
  pattern: RegExp;
  /** Characters after the fixed prefix, checked for placeholder filler. */
  prefixLength: number;
  /**
   * Every match holds one of these: a text without any of them is skipped with a few substring
   * searches instead of a regex run, which tries the look-behind at every position.
   */
  literals: readonly string[];
}

/** Formats with a fixed prefix; the look-arounds keep them from matching inside longer words. */
const TOKEN_PATTERNS: readonly TokenPattern[] = [
  {
    kind: 'aws-access-key-id',
    pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])/g,
    prefixLength: 4,
    literals: ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
  },
  {
    kind: 'github-token',
    pattern: /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36,251}(?![A-Za-z0-9_])/g,
    prefixLength: 4,
    literals: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
  },
  { kind: 'github-token', pattern: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{60,}(?![A-Za-z0-9_])/g, prefixLength: 11, literals: ['github_pat_'] },
  { kind: 'gitlab-token', pattern: /(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{20,}(?![A-Za-z0-9_-])/g, prefixLength: 6, literals: ['glpat-'] },
  { kind: 'npm-token', pattern: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g, prefixLength: 4, literals: ['npm_'] },
  { kind: 'slack-token', pattern: /(?<![A-Za-z0-9-])xox[abposr]-[A-Za-z0-9-]{10,}(?![A-Za-z0-9-])/g, prefixLength: 5, literals: ['xox'] },
  {
    kind: 'slack-webhook',
    pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{6,}\/B[A-Z0-9]{6,}\/[A-Za-z0-9]{16,}/g,
    prefixLength: 33,
    literals: ['https://hooks.slack.com/services/T'],
  },
  { kind: 'google-api-key', pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g, prefixLength: 4, literals: ['AIza'] },
  { kind: 'stripe-secret-key', pattern: /(?<![A-Za-z0-9_])[sr]k_live_[0-9A-Za-z]{24,}(?![A-Za-z0-9_])/g, prefixLength: 8, literals: ['k_live_'] },
];

/** Fewer distinct characters than this after the prefix reads as filler (`xxxx`, `0000`, `abab`). */
const MIN_DISTINCT_CHARACTERS = 6;

/**
 * AWS documents `AKIAIOSFODNN7EXAMPLE` and `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY` as the example
 * pair, and tutorials and SDK tests copy them everywhere. They grant nothing, so reporting them
 * would only teach users to ignore the rule; any value carrying `EXAMPLE` is treated the same way.
 */
const DOCUMENTED_EXAMPLE = /EXAMPLE/;

const SECRET_KEY_NAME = /(?:aws_?)?secret_?(?:access_?)?key\s*["']?\s*[=:]\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi;
/** The word every SECRET_KEY_NAME match holds: a quick test that rules most texts out. */
const SECRET_WORD = /secret/i;
const BARE_SECRET_KEY = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;
/** How far from an access key ID a bare 40-character value still counts as its secret. */
const SECRET_KEY_NEIGHBOURHOOD = 300;

const PRIVATE_KEY_BEGIN_LITERAL = '-----BEGIN ';
const PRIVATE_KEY_BEGIN = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY(?: BLOCK)?-----/g;
/** A key block needs a body: a marker alone (in a grep pattern or a docs line) leaks nothing. */
const MIN_KEY_BODY = 32;

const URL_CREDENTIALS = /\b[a-zA-Z][a-zA-Z0-9+.-]*:\/\/([^\s:/?#@'"`]+):([^\s/?#@'"`]+)@([^\s/?#'"`@]+)/g;
/**
 * The part of URL_CREDENTIALS after the scheme. Anchored on `://`, it rules a text out far faster
 * than the whole pattern, which is tried at every word.
 */
const URL_CREDENTIALS_AFTER_SCHEME = /:\/\/[^\s:/?#@'"`]+:[^\s/?#@'"`]+@[^\s/?#'"`@]/;
const PLACEHOLDER_WORDS = new Set([
  'pass',
  'passwd',
  'password',
  'pwd',
  'secret',
  'changeme',
  'change_me',
  'changeit',
  'example',
  'dummy',
  'redacted',
  'token',
  'user',
  'username',
  'none',
  'null',
]);

export function findSecrets(text: string): SecretMatch[] {
  const found: SecretMatch[] = [];
  for (const { kind, pattern, prefixLength, literals } of TOKEN_PATTERNS) {
    if (!literals.some((literal) => text.includes(literal))) continue;
    for (const match of text.matchAll(pattern)) {
      const value = match[0];
      if (DOCUMENTED_EXAMPLE.test(value) || isFiller(value.slice(prefixLength))) continue;
      found.push({ kind, start: match.index, end: match.index + value.length });
    }
  }
  found.push(...awsSecretKeys(text, found), ...privateKeys(text), ...urlPasswords(text));
  return withoutNested(found);
}

function isFiller(body: string): boolean {
  return new Set(body.toLowerCase()).size < MIN_DISTINCT_CHARACTERS;
}

/** A 40-character AWS secret is only recognisable by its name or by an access key ID beside it. */
function awsSecretKeys(text: string, tokens: readonly SecretMatch[]): SecretMatch[] {
  const found: SecretMatch[] = [];
  const named = SECRET_WORD.test(text) ? text.matchAll(SECRET_KEY_NAME) : [];
  for (const match of named) {
    const value = match[1] as string;
    if (!looksLikeSecretKey(value)) continue;
    const start = match.index + match[0].length - value.length;
    found.push({ kind: 'aws-secret-access-key', start, end: start + value.length });
  }
  const keyIds = tokens.filter((token) => token.kind === 'aws-access-key-id');
  // Scanning for bare values is the costliest pattern, and pointless without a key ID to be near.
  if (keyIds.length === 0) return found;
  for (const match of text.matchAll(BARE_SECRET_KEY)) {
    const start = match.index;
    const near = keyIds.some((id) => Math.abs(id.start - start) <= SECRET_KEY_NEIGHBOURHOOD);
    if (!near || !looksLikeSecretKey(match[0]) || found.some((other) => other.start === start)) continue;
    found.push({ kind: 'aws-secret-access-key', start, end: start + match[0].length });
  }
  return found;
}

/** Mixed case and digits: rules out hex digests (SHA-1 is also 40 characters) and words. */
function looksLikeSecretKey(value: string): boolean {
  return /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value) && !DOCUMENTED_EXAMPLE.test(value) && !isFiller(value);
}

function privateKeys(text: string): SecretMatch[] {
  const found: SecretMatch[] = [];
  if (!text.includes(PRIVATE_KEY_BEGIN_LITERAL)) return found;
  for (const match of text.matchAll(PRIVATE_KEY_BEGIN)) {
    const start = match.index;
    const afterMarker = start + match[0].length;
    const endMarker = new RegExp(`-----END ${match[1] ?? ''}PRIVATE KEY(?: BLOCK)?-----`, 'g');
    endMarker.lastIndex = afterMarker;
    const end = endMarker.exec(text);
    const body = text.slice(afterMarker, end === null ? afterMarker + 400 : end.index);
    const base64 = body.replace(/^(?:Proc-Type|DEK-Info):.*$/gm, '').replace(/\\n|[^A-Za-z0-9+/=]/g, '');
    if (base64.length < MIN_KEY_BODY || isFiller(base64)) continue;
    found.push({ kind: 'private-key', start, end: end === null ? afterMarker : end.index + end[0].length });
  }
  return found;
}

function urlPasswords(text: string): SecretMatch[] {
  const found: SecretMatch[] = [];
  if (!URL_CREDENTIALS_AFTER_SCHEME.test(text)) return found;
  for (const match of text.matchAll(URL_CREDENTIALS)) {
    const [whole, user = '', password = '', host = ''] = match;
    // `docker-image://alpine:3.20@sha256:…` is an image reference, not a login.
    if (/^sha\d+:/.test(host) || isPlaceholderPassword(password, user)) continue;
    const start = match.index + whole.indexOf(`:${password}@`) + 1;
    found.push({ kind: 'url-password', start, end: start + password.length });
  }
  return found;
}

/** Variables, templates, masks and the stock words people write where the real value goes later. */
function isPlaceholderPassword(password: string, user: string): boolean {
  if (/[$<>{}*]/.test(password)) return true;
  const lower = password.toLowerCase();
  if (PLACEHOLDER_WORDS.has(lower) || lower.startsWith('your') || lower.startsWith('my')) return true;
  // `postgres:postgres@`, `guest:guest@`: the image's documented default login, not a leaked one.
  if (lower === user.toLowerCase()) return true;
  return new Set(lower).size === 1;
}

function withoutNested(matches: SecretMatch[]): SecretMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: SecretMatch[] = [];
  for (const match of sorted) {
    const outer = kept[kept.length - 1];
    if (outer !== undefined && match.start < outer.end) continue;
    kept.push(match);
  }
  return kept;
}
