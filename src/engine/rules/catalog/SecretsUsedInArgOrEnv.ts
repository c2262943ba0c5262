import { goQuote } from '../../syntax/dump.js';
import { dispatchedStages, expandInStep } from '../helpers/buildkit-dispatch.js';
import type { Rule, RuleDocs } from '../types.js';

/** A secret-looking token as the whole name or as its first or last `_`-separated part. */
const SECRET = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/iu;
/** Tokens that mark the value as not being the secret itself (`PUBLIC_KEY`, `TOKEN_FILE`). */
const ALLOWED = /(?:_|^)(?:public|file|version)(?:_|$)/iu;

export const rule: Rule = {
  meta: {
    code: 'SecretsUsedInArgOrEnv',
    name: 'secrets-used-in-arg-or-env-buildkit',
    severity: 'warning',
    category: 'security',
    refs: ['buildkit:SecretsUsedInArgOrEnv', 'hadolint:DL3064'],
    enabledByDefault: true,
    description: "BuildKit's check: ARG and ENV names should not look like they hold secrets.",
    fix: 'none',
    messages: { secret: 'Do not use ARG or ENV instructions for sensitive data ({instruction} {key})' },
    url: 'https://docs.docker.com/go/dockerfile/rule/secrets-used-in-arg-or-env/',
  },
  check(context) {
    for (const { steps } of dispatchedStages(context)) {
      for (const step of steps) {
        const details = step.instruction.details;
        const names =
          details.kind === 'ENV'
            ? details.pairs.map((pair) => ({ key: expandInStep(context, step, pair.key.raw).value, word: pair.key }))
            : details.kind === 'ARG'
              ? details.args.map((arg) => ({ key: arg.name.raw, word: arg.name }))
              : [];
        for (const { key, word } of names) {
          if (!SECRET.test(key) || ALLOWED.test(key)) continue;
          context.report({
            messageId: 'secret',
            data: { instruction: details.kind, key: goQuote(key) },
            instruction: step.reportOn,
            at: word,
          });
        }
      }
    }
  },
};

export const docs: RuleDocs = {
  why:
    'ARG and ENV values are recorded in the image config and its history, where anyone who can pull the image can read ' +
    'them. Pass secrets with `RUN --mount=type=secret` instead. BuildKit matches names such as `*_PASSWORD`, ' +
    '`API_TOKEN` or `AUTH` but not `PUBLIC_KEY` or `TOKEN_FILE`, and leaves global ARGs (before the first FROM) alone.',
  examples: {
    bad: ['FROM alpine:3.20\nARG GITHUB_TOKEN\nRUN git clone https://$GITHUB_TOKEN@github.com/acme/app.git\n'],
    good: [
      'FROM alpine/git:v2.47.2\nRUN --mount=type=secret,id=github_token,env=GITHUB_TOKEN git clone "https://x-access-token:${GITHUB_TOKEN}@github.com/acme/app.git"\n',
    ],
  },
};
