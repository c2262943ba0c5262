import type { Word } from '../../syntax/types.js';
import type { Rule, RuleDocs } from '../types.js';

/** Spellings of passwords and secrets, safe to find anywhere in a name. */
const SECRET_TEXT = /passw(?:or)?d|secret/i;

/** Words that mean a credential when they stand alone: `HF_TOKEN`, but not `TOKENIZERS_PARALLELISM`. */
const SECRET_WORDS: ReadonlySet<string> = new Set(['token', 'tokens', 'credential', 'credentials', 'apikey', 'privatekey', 'accesskey', 'clientkey']);

/** Word pairs that mean a credential: `OPENAI_API_KEY`, `AWS_ACCESS_KEY_ID`. */
const SECRET_KEY_QUALIFIERS: ReadonlySet<string> = new Set(['api', 'private', 'access', 'client']);

/** Names that hold where a secret is, not the secret: Docker's `*_FILE` convention, paths and URLs. */
const POINTS_AT_SECRET = /_(?:FILE|PATH|DIR|URL)$/i;

function looksSecret(name: string): boolean {
  if (POINTS_AT_SECRET.test(name)) return false;
  if (SECRET_TEXT.test(name)) return true;
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[_.-]+/);
  return words.some((word, index) => SECRET_WORDS.has(word) || (word === 'key' && SECRET_KEY_QUALIFIERS.has(words[index - 1] ?? '')));
}

export const rule: Rule = {
  meta: {
    code: 'DL3064',
    name: 'secret-in-arg-or-env',
    severity: 'warning',
    category: 'security',
    refs: ['hadolint:DL3064', 'buildkit:SecretsUsedInArgOrEnv'],
    enabledByDefault: true,
    description: 'Do not pass secrets through ARG or ENV.',
    fix: 'none',
    messages: {
      sensitive:
        'Potentially sensitive data should not be used in the `ARG` or `ENV` commands: `{name}` looks like a secret, and its value stays readable in the image',
    },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3064',
  },
  check(context) {
    for (const instruction of context.allInstructions) {
      const { details } = instruction;
      let names: Word[] = [];
      if (details.kind === 'ENV') names = details.pairs.map((pair) => pair.key);
      else if (details.kind === 'ARG') names = details.args.map((arg) => arg.name);
      // hadolint reports an instruction once, however many of its names look sensitive.
      const sensitive = names.find((name) => looksSecret(name.raw));
      if (sensitive === undefined) continue;
      context.report({ messageId: 'sensitive', data: { name: sensitive.raw }, instruction, at: sensitive });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'ENV values are stored in the image configuration, and build arguments that a RUN uses are recorded in its history, so anyone ' +
    'who can pull the image can read them with `docker inspect` or `docker history`. Pass credentials with `RUN --mount=type=secret` ' +
    'at build time and inject them at run time instead.',
  examples: {
    bad: ['FROM node:22-slim\nARG NPM_TOKEN\nRUN npm ci\n', 'FROM postgres:16\nENV POSTGRES_PASSWORD=hunter2\n'],
    good: [
      'FROM node:22-slim\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci\n',
      'FROM postgres:16\nENV POSTGRES_PASSWORD_FILE=/run/secrets/db_password\n',
    ],
  },
};
