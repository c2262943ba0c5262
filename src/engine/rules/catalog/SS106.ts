import type { Instruction } from '../../syntax/types.js';
import { findSecrets, SECRET_KIND_LABELS } from '../helpers/secrets.js';
import { basename, copyPaths, finalStage, pathText, stageChain } from '../helpers/stage-facts.js';
import type { Rule, RuleDocs } from '../types.js';

interface SecretFile {
  test: (name: string, path: string) => boolean;
  what: string;
}

/** Certificates and signing keys are public: a `.pem` only counts when its name says it is a key. */
const PUBLIC_KEY_HINT = /(?:^|[._-])(?:pub|public|gpg|pgp|asc|signing|release|keyring|archive)(?:[._-]|$)/i;
const PUBLIC_KEY_DIRECTORY = /^\/(?:etc\/apt|usr\/share\/keyrings|etc\/pki\/rpm-gpg|etc\/apk\/keys)(?:\/|$)/;

const SECRET_FILES: readonly SecretFile[] = [
  { test: (name) => name === '.env' || (/^\.env\./.test(name) && !/\.(?:example|sample|template|dist|defaults?|tmpl|tpl)$/i.test(name)), what: 'a dotenv file' },
  { test: (name) => /^id_(?:rsa|dsa|ecdsa|ed25519)$/.test(name), what: 'an SSH private key' },
  { test: (name) => /\.key$/i.test(name) && !PUBLIC_KEY_HINT.test(name), what: 'a private key' },
  { test: (name) => /^(?:private[_-]?key|privkey)(?:\.\w+)?$/i.test(name), what: 'a private key' },
  { test: (name) => /\.pem$/i.test(name) && /key|priv/i.test(name) && !PUBLIC_KEY_HINT.test(name), what: 'a private key' },
  { test: (name) => /\.(?:p12|pfx)$/i.test(name), what: 'a PKCS#12 key store' },
  { test: (name) => name === '.npmrc', what: 'an npm config file, which may hold a registry token' },
  { test: (name) => name === '.pypirc', what: 'a PyPI credentials file' },
  { test: (name) => name === '.netrc' || name === '_netrc', what: 'a netrc credentials file' },
  { test: (name) => name === '.git-credentials', what: 'a Git credentials file' },
  { test: (name) => name === '.dockercfg', what: 'a Docker registry credentials file' },
  { test: (_name, path) => /(?:^|\/)\.docker\/config\.json$/.test(path), what: 'a Docker registry credentials file' },
  { test: (_name, path) => /(?:^|\/)\.aws\/credentials$/.test(path), what: 'an AWS credentials file' },
  { test: (name) => /^(?:credentials|client_secrets?(?:_[\w.-]+)?|service[-_]?account[\w.-]*)\.json$/i.test(name), what: 'a cloud credentials file' },
];

function secretFile(path: string): string | null {
  const name = basename(path);
  return SECRET_FILES.find((file) => file.test(name, path))?.what ?? null;
}

export const rule: Rule = {
  meta: {
    code: 'SS106',
    name: 'secret-in-image',
    severity: 'error',
    category: 'security',
    refs: ['shipshape:SS106'],
    enabledByDefault: true,
    description: 'No credentials in the Dockerfile, and no credential files copied into the image.',
    fix: 'none',
    messages: {
      value: 'This looks like a real {kind}: it is stored in the image and in the Dockerfile; use a build secret (`RUN --mount=type=secret`) or pass it at run time',
      comment: 'This comment holds what looks like a real {kind}: it is not in the image, but it is in the Dockerfile and anywhere it is shared',
      file: '`{path}` looks like {what}: copying it bakes it into a layer; use `RUN --mount=type=secret` at build time, or a secret or volume at run time',
    },
  },
  check(context) {
    const { syntax } = context;
    for (const secret of findSecrets(syntax.text)) {
      const kind = SECRET_KIND_LABELS[secret.kind];
      const comment = containing(syntax.comments, secret.start);
      const instruction = comment === undefined ? innermostInstruction(syntax.instructions, secret.start) : null;
      context.report({ messageId: comment === undefined ? 'value' : 'comment', data: { kind }, instruction, at: secret });
    }

    const final = finalStage(context.model);
    if (final === null) return;
    for (const stage of stageChain(context.model, final.index)) {
      for (const instruction of stage.instructions) {
        const { sources, destination } = copyPaths(instruction);
        if (destination === null) continue;
        const copied = sources.filter((source) => !pathText(source).startsWith('<<'));
        const candidates = copied.length === 1 ? [...copied, destination] : copied;
        for (const candidate of candidates) {
          const path = pathText(candidate);
          const what = secretFile(path);
          if (what === null || (/\.key$/i.test(path) && PUBLIC_KEY_DIRECTORY.test(pathText(destination)))) continue;
          context.report({ messageId: 'file', data: { path, what }, instruction, at: candidate });
          break;
        }
      }
    }
  },
};

export const docs: RuleDocs = {
  why:
    'ENV, ARG and LABEL values are stored in the image config, and RUN command lines in its history, so anyone who can pull the image can read a token written there; a file copied in stays in its layer even if a later step deletes it. ' +
    'The Dockerfile itself usually lives in a repository, where a leaked key is as public as the repository. ' +
    'Pass build-time credentials with `RUN --mount=type=secret` and runtime ones through the orchestrator. ' +
    "This rule looks at values (BuildKit's SecretsUsedInArgOrEnv looks at names), skips placeholders such as `${TOKEN}` and AWS's documented example key, and checks copied files only in the stages that make up the final image.",
  examples: {
    bad: [
      'FROM python:3.12-slim\nCOPY .env /app/.env\n',
      'FROM alpine:3.20\nRUN wget -q https://deploy:s3cr3t-Pa55@repo.example.com/pkg.tgz\n',
    ],
    good: [
      'FROM alpine:3.20\nCOPY fetch.sh /usr/local/bin/\nRUN --mount=type=secret,id=gh_token GITHUB_TOKEN="$(cat /run/secrets/gh_token)" fetch.sh\n',
      'FROM alpine:3.20\nENV DATABASE_URL=postgres://app@db:5432/app\n',
      'FROM python:3.12-slim\nCOPY .env.example /app/.env.example\n',
    ],
  },
};

/**
 * The span holding `offset` among spans sorted by start that do not overlap (comments, or the
 * instructions of a file): the last one starting at or before it, if it reaches past it.
 */
function containing<T extends { start: number; end: number }>(spans: readonly T[], offset: number): T | undefined {
  let low = 0;
  let high = spans.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((spans[middle] as T).start <= offset) low = middle;
    else high = middle - 1;
  }
  const span = spans[low];
  return span !== undefined && span.start <= offset && offset < span.end ? span : undefined;
}

/** The instruction holding `offset`: an ONBUILD's trigger rather than the ONBUILD itself. */
function innermostInstruction(instructions: readonly Instruction[], offset: number): Instruction | null {
  const instruction = containing(instructions, offset);
  if (instruction === undefined) return null;
  const trigger = instruction.details.kind === 'ONBUILD' ? instruction.details.trigger : null;
  return trigger !== null && trigger.start <= offset && offset < trigger.end ? trigger : instruction;
}
