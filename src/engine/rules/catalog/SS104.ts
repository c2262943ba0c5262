import { parseImageReference, type BaseImageTools } from '../../estimate/index.js';
import type { Instruction } from '../../syntax/types.js';
import { lineAbove, lineBelow } from '../helpers/placement.js';
import { chainInstructions, finalStage, packageCommands, rootImage, rootTools } from '../helpers/stage-facts.js';
import type { Fix, Rule, RuleContext, RuleDocs } from '../types.js';

/** Tools an entrypoint uses to start the service as another user after root-only setup. */
const PRIVILEGE_DROP = /\b(?:gosu|su-exec|setpriv|runuser|s6-setuidgid|chpst|setuidgid)\b/;
/** Windows containers have no uid 0: their users are ContainerAdministrator and ContainerUser. */
const WINDOWS_IMAGE = /windows|nanoserver|servercore|dotnet\/framework/i;
/**
 * Families the inventory does not cover whose publishers document a non-root default user:
 * Microsoft's chiseled .NET images (`app`), Jupyter Docker Stacks (`jovyan`) and Bitnami's images (1001).
 */
const NON_ROOT_BY_CONVENTION = /(?:^|\/)(?:jupyter\/[^:]+|bitnami\/[^:]+)(?::|@|$)|:[^@]*chiseled/;
/**
 * Official database and broker images whose own `docker-entrypoint.sh` starts the server with
 * gosu as its service user (postgres, redis, mysql…): they run as root only until that switch,
 * so they pass as long as the Dockerfile keeps their ENTRYPOINT.
 */
const ENTRYPOINT_DROPS_ROOT: ReadonlySet<string> = new Set(['postgres', 'redis', 'mysql', 'mariadb', 'mongo', 'rabbitmq', 'cassandra', 'couchdb']);

/**
 * A fixed UID rather than a name: Kubernetes' runAsNonRoot can only verify a numeric USER, and
 * DL3066 asks for one. 10001 is above the UIDs distributions hand out to their own users, and in
 * the range for regular ones, so useradd and groupadd take it without `--system` warnings.
 */
const APP_UID = 10001;
const ALPINE_USER = `RUN addgroup -S -g ${APP_UID} app && adduser -S -u ${APP_UID} -G app app\nUSER ${APP_UID}:${APP_UID}\n`;
const SHADOW_USER = `RUN groupadd --gid ${APP_UID} app && useradd --uid ${APP_UID} --gid app --create-home app\nUSER ${APP_UID}:${APP_UID}\n`;
/** distroless's `nonroot` user. */
const DISTROLESS_USER = 'USER 65532:65532\n';
/** `nobody`: scratch has no /etc/passwd, so only a numeric user works there. */
const NUMERIC_USER = 'USER 65534:65534\n';

type UserStyle = 'alpine' | 'shadow' | 'distroless' | 'numeric';

function userStyle(context: RuleContext, image: string | null, tools: BaseImageTools | null, chain: readonly Instruction[]): UserStyle | null {
  if (image === 'scratch') return 'numeric';
  if (image !== null && parseImageReference(image)?.familiarName.startsWith('gcr.io/distroless/')) return 'distroless';
  if (tools !== null) {
    if (tools.packageManager === 'apk' || tools.shell === 'busybox') return 'alpine';
    if (tools.useradd === true) return 'shadow';
    if (tools.sh === false) return 'numeric';
  }
  const managers = new Set(
    chain.filter((instruction) => instruction.details.kind === 'RUN').flatMap((instruction) => packageCommands(context, instruction).map((command) => command.manager)),
  );
  if (managers.has('apk')) return 'alpine';
  if (managers.has('apt') || managers.has('dnf') || managers.has('yum')) return 'shadow';
  return null;
}

const USER_TEXT: Readonly<Record<UserStyle, string>> = {
  alpine: ALPINE_USER,
  shadow: SHADOW_USER,
  distroless: DISTROLESS_USER,
  numeric: NUMERIC_USER,
};

export const rule: Rule = {
  meta: {
    code: 'SS104',
    name: 'runs-as-root',
    severity: 'warning',
    category: 'security',
    refs: ['shipshape:SS104'],
    enabledByDefault: true,
    description: 'The final stage never switches to a non-root USER.',
    fix: 'unsafe',
    messages: {
      rootByDefault: 'The final stage never sets a non-root USER and `{image}` runs as root by default: the service runs as root',
      unknownBase: 'The final stage never sets a USER: unless `{image}` itself switches to a non-root user, the service runs as root',
      rootByDefaultNoCommand: 'The final stage never sets a non-root USER and `{image}` runs as root by default: its containers run as root',
      unknownBaseNoCommand: 'The final stage never sets a USER: unless `{image}` itself switches to a non-root user, its containers run as root',
    },
  },
  check(context) {
    const { model, syntax } = context;
    const final = finalStage(model);
    if (final === null || final.from.details.kind !== 'FROM' || final.from.details.image === null) return;
    const chain = chainInstructions(model, final.index);
    if (chain.some((instruction) => instruction.details.kind === 'USER')) return;
    if (chain.some((instruction) => PRIVILEGE_DROP.test(instruction.original))) return;
    const image = rootImage(model, final.index);
    const runnable = chain.some((instruction) => instruction.details.kind === 'CMD' || instruction.details.kind === 'ENTRYPOINT');
    // A scratch stage with nothing to run is a bundle of build outputs (`--output`), not a container.
    if (image === 'scratch' && !runnable) return;
    const written = image ?? final.from.details.image.raw;
    if (WINDOWS_IMAGE.test(written) || NON_ROOT_BY_CONVENTION.test(written)) return;
    const repository = image === null ? null : (parseImageReference(image)?.familiarName ?? null);
    const keepsEntrypoint = !chain.some((instruction) => instruction.details.kind === 'ENTRYPOINT');
    if (repository !== null && ENTRYPOINT_DROPS_ROOT.has(repository) && keepsEntrypoint) return;
    const tools = rootTools(model, final.index);
    if (tools !== null && tools.defaultUser.uid !== 0) return;

    const style = userStyle(context, image, tools, chain);
    const fixes: Fix[] = [];
    if (style !== null) {
      const command = final.instructions.find((instruction) => instruction.details.kind === 'CMD' || instruction.details.kind === 'ENTRYPOINT');
      const last = final.instructions[final.instructions.length - 1] ?? final.from;
      const at = command === undefined ? lineBelow(context, last) : lineAbove(context, command).offset;
      if (at !== null) {
        const separator = at > 0 && syntax.text[at - 1] !== '\n' ? '\n' : '';
        // Keywords in the file's own case: lowercase files stay lowercase.
        const lines = final.from.keyword === final.from.keyword.toLowerCase() ? USER_TEXT[style].replace(/^(RUN|USER) /gm, (keyword) => keyword.toLowerCase()) : USER_TEXT[style];
        fixes.push({ title: 'Create a user and switch to it', safety: 'unsafe', edits: [{ start: at, end: at, text: separator + lines }] });
      }
    }
    // Without CMD or ENTRYPOINT the image may be a base for others rather than a service of its own.
    const messageId = tools === null ? (runnable ? 'unknownBase' : 'unknownBaseNoCommand') : runnable ? 'rootByDefault' : 'rootByDefaultNoCommand';
    context.report({
      messageId,
      data: { image: written },
      instruction: final.from,
      at: final.from.details.image,
      fixes,
    });
  },
};

export const docs: RuleDocs = {
  why:
    'Without a USER instruction the container runs as whatever the base image chose, which for nearly every official image is root, so a bug in the service hands an attacker root inside the container and a much shorter path out of it. ' +
    'hadolint DL3002 only catches an explicit `USER root`; this rule catches the far more common case of never switching at all. ' +
    'Bases known to default to a non-root user (distroless `:nonroot`, Chainguard) pass, and images whose entrypoint drops privileges with gosu or su-exec (the official postgres, redis, mysql and similar images do) are left alone; an unknown base is still reported, because it most likely runs as root.',
  examples: {
    bad: ['FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "/app/main.py"]\n'],
    good: [
      'FROM python:3.12-slim\nCOPY . /app\nRUN useradd --system --create-home app\nUSER app\nCMD ["python", "/app/main.py"]\n',
      'FROM gcr.io/distroless/static-debian12:nonroot\nCOPY server /server\nENTRYPOINT ["/server"]\n',
    ],
  },
};
