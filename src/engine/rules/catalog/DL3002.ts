import type { Rule, RuleDocs } from '../types.js';

/** `root`, UID 0 (`0`, `000`), each optionally with `:group`. */
const ROOT_USER = /^(?:root|0+)(?::.*)?$/;
/** Windows containers' administrator account; Windows compares account names without case. */
const WINDOWS_ADMINISTRATOR = /^containeradministrator$/i;

export const rule: Rule = {
  meta: {
    code: 'DL3002',
    name: 'last-user-root',
    severity: 'warning',
    category: 'security',
    refs: ['hadolint:DL3002'],
    enabledByDefault: true,
    description: 'A stage should not end with root as its USER.',
    fix: 'none',
    messages: { root: 'Last USER should not be root: the stage runs as `{user}`' },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3002',
  },
  check(context) {
    for (const stage of context.model.stages) {
      const lastUser = stage.instructions.findLast((instruction) => instruction.details.kind === 'USER');
      if (lastUser === undefined || lastUser.details.kind !== 'USER' || lastUser.details.value === null) continue;
      const expansion = context.model.expand(lastUser, lastUser.details.value.raw);
      if (expansion.error !== null || !(ROOT_USER.test(expansion.value) || WINDOWS_ADMINISTRATOR.test(expansion.value))) continue;
      context.report({ messageId: 'root', data: { user: expansion.value }, instruction: lastUser, at: lastUser.details.value });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'The last USER of a stage is the user its container runs as, so a stage that switches to root and never back ' +
    'runs its process with full privileges inside the container. A compromised process then owns the filesystem and ' +
    'is one kernel bug away from the host. Switch to root only for the steps that need it and end with an unprivileged user.',
  examples: {
    bad: [
      'FROM debian:bookworm-slim\nUSER root\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u15 && rm -rf /var/lib/apt/lists/*\n',
    ],
    good: [
      'FROM debian:bookworm-slim\nUSER root\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u15 && rm -rf /var/lib/apt/lists/*\nUSER 10001\n',
    ],
  },
};
