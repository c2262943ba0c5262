import { baseImageEnv, imageMaySet } from '../helpers/base-image-env.js';
import { buildsWindowsImage } from '../helpers/images.js';
import type { Rule, RuleDocs } from '../types.js';

export const rule: Rule = {
  meta: {
    code: 'DL3066',
    name: 'non-numeric-user',
    severity: 'info',
    category: 'security',
    refs: ['hadolint:DL3066'],
    enabledByDefault: true,
    description: 'Give USER a numeric UID (optionally with a GID).',
    fix: 'none',
    messages: {
      nonNumeric: 'Non-numeric user-id may not be resolvable by host system: `{user}` is a name, not a UID',
      unset: 'Non-numeric user-id may not be resolvable by host system: `{user}` has no value here',
    },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3066',
  },
  check(context) {
    const { model } = context;
    const globalArgs = new Set(model.globalArgs.map((arg) => arg.name));
    for (const instruction of context.syntax.instructions) {
      if (instruction.details.kind !== 'USER' || instruction.details.value === null) continue;
      if (buildsWindowsImage(model, instruction)) continue;
      const expansion = model.expand(instruction, instruction.details.value.raw);
      if (expansion.error !== null) continue;
      const scope = model.contextOf(instruction);
      // A declared ARG or ENV without a value is set by whoever runs the build: it may well be a UID.
      const stage = scope.stage === null ? undefined : model.stages[scope.stage];
      const image = stage === undefined ? null : baseImageEnv(model, stage);
      // …and so may a name the base image sets (`USER $APP_UID` in .NET images).
      const suppliedLater = expansion.unmatched.some(
        (name) => scope.declaredArgs.has(name) || scope.envNames.has(name) || globalArgs.has(name) || (image !== null && imageMaySet(image, name)),
      );
      if (suppliedLater) continue;
      const user = expansion.value.split(':')[0] ?? '';
      if (/^\d+$/.test(user)) continue;
      const at = instruction.details.value;
      if (user === '') context.report({ messageId: 'unset', data: { user: at.raw }, instruction, at });
      else context.report({ messageId: 'nonNumeric', data: { user }, instruction, at });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'A user name only means something through the image\'s `/etc/passwd`, so tools outside the container cannot tell who ' +
    'it is: Kubernetes refuses `runAsNonRoot` pods whose image user is a name, and host volume permissions follow the ' +
    'number, not the name. `USER 10001:10001` says exactly which identity the process gets.',
  examples: {
    bad: ['FROM node:22-slim\nUSER node\n'],
    good: ['FROM node:22-slim\nUSER 1000:1000\n', 'FROM node:22-slim\nARG APP_UID=10001\nUSER ${APP_UID}\n'],
  },
};
