import { parseImageReference } from '../../estimate/image-reference.js';
import { expandWord } from '../../model/index.js';
import { globalScope } from '../helpers/buildkit-dispatch.js';
import type { Rule, RuleDocs } from '../types.js';

/** Hex digits a digest of each algorithm that Docker supports must have. */
const DIGEST_LENGTHS: ReadonlyMap<string, number> = new Map([
  ['sha256', 64],
  ['sha384', 96],
  ['sha512', 128],
]);

/** Whether Docker accepts `name` as an image reference (`reference.ParseNormalizedNamed`). */
function isValidReference(name: string): boolean {
  const reference = parseImageReference(name);
  if (reference === null) return false;
  if (reference.digest === null) return true;
  const [algorithm = '', hex = ''] = reference.digest.split(':');
  return DIGEST_LENGTHS.get(algorithm) === hex.length && /^[a-f0-9]+$/.test(hex);
}

export const rule: Rule = {
  meta: {
    code: 'InvalidDefaultArgInFrom',
    name: 'invalid-default-arg-in-from',
    severity: 'warning',
    category: 'correctness',
    refs: ['buildkit:InvalidDefaultArgInFrom'],
    enabledByDefault: true,
    description: "BuildKit's check: a FROM should name a valid image with the global ARG defaults alone.",
    fix: 'none',
    messages: { invalid: 'Default value for ARG {image} results in empty or invalid base image name' },
    url: 'https://docs.docker.com/go/dockerfile/rule/invalid-default-arg-in-from/',
  },
  check(context) {
    const env = globalScope(context).defaultsEnv;
    if (env === null) return;
    for (const stage of context.model.stages) {
      const details = stage.from.details;
      if (details.kind !== 'FROM' || details.image === null) continue;
      const expansion = expandWord(details.image.raw, env, { escapeChar: context.model.escapeChar });
      // BuildKit abandons the check at the first FROM it cannot expand.
      if (expansion.error !== null) return;
      if (isValidReference(expansion.value)) continue;
      context.report({ messageId: 'invalid', data: { image: details.image.raw }, instruction: stage.from, at: details.image });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'A base image built from ARGs should still be valid when nobody passes `--build-arg`; otherwise a plain ' +
    '`docker build` fails with a confusing reference error. BuildKit expands every FROM with the defaults of the ' +
    'global ARGs and warns when the result is empty or not a valid image reference, such as `busybox:`.',
  examples: {
    bad: ['ARG VERSION\nFROM busybox:$VERSION\n'],
    good: ['ARG VERSION=1.36\nFROM busybox:$VERSION\n', 'ARG VARIANT=""\nFROM busybox:stable${VARIANT}\n'],
  },
};
