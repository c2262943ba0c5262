import type { ImageReference } from '../../estimate/image-reference.js';
import type { Instruction } from '../../syntax/types.js';
import { classifyCopyFrom, mountImage } from '../helpers/images.js';
import type { Rule, RuleDocs } from '../types.js';

/** hadolint's patterns: `*`, `*.suffix`, `prefix*` or an exact host, compared without case. */
function registryMatches(pattern: string, registry: string): boolean {
  const wanted = pattern.toLowerCase() === 'index.docker.io' ? 'docker.io' : pattern.toLowerCase();
  if (wanted === '*') return true;
  if (wanted.startsWith('*')) return registry.endsWith(wanted.slice(1));
  if (wanted.endsWith('*')) return registry.startsWith(wanted.slice(0, -1));
  return registry === wanted;
}

export const rule: Rule = {
  meta: {
    code: 'DL3026',
    name: 'untrusted-registry',
    severity: 'error',
    category: 'security',
    refs: ['hadolint:DL3026'],
    enabledByDefault: true,
    description: 'Pull images only from the registries listed in `trustedRegistries`.',
    fix: 'none',
    messages: {
      untrustedBase: 'Use only an allowed registry in the FROM image: `{image}` comes from `{registry}`, which is not trusted',
      untrustedSource: 'Use only an allowed registry for images used with `--from`: `{image}` comes from `{registry}`, which is not trusted',
    },
    url: 'https://github.com/hadolint/hadolint/wiki/DL3026',
  },
  check(context) {
    const patterns = context.settings.trustedRegistries;
    if (patterns.length === 0) return;
    const { model } = context;
    const check = (
      messageId: 'untrustedBase' | 'untrustedSource',
      reference: ImageReference | null,
      image: string,
      instruction: Instruction,
      at: { start: number; end: number },
    ) => {
      if (reference === null) return;
      const registry = reference.registry.toLowerCase();
      if (patterns.some((pattern) => registryMatches(pattern, registry))) return;
      context.report({ messageId, data: { image, registry }, instruction, at });
    };
    for (const stage of model.stages) {
      const image = stage.from.details.kind === 'FROM' ? stage.from.details.image : null;
      if (stage.base.kind === 'image' && image !== null) check('untrustedBase', stage.base.reference, stage.base.expanded, stage.from, image);
    }
    for (const instruction of context.syntax.instructions) {
      for (const flag of instruction.flags) {
        if (instruction.details.kind === 'COPY' && flag.name === 'from' && flag.value !== null) {
          const source = classifyCopyFrom(model, model.contextOf(instruction).stage, flag.value);
          if (source.kind === 'image' || source.kind === 'unknown-name') check('untrustedSource', source.reference, flag.value, instruction, flag);
        }
        if (instruction.details.kind === 'RUN' && flag.name === 'mount') {
          for (const option of flag.options ?? []) {
            if (option.key !== 'from' || option.value === null) continue;
            check('untrustedSource', mountImage(model, instruction, option.value), option.value, instruction, option);
          }
        }
      }
    }
  },
};

export const docs: RuleDocs = {
  why:
    'Every image a build pulls, as a base, through `COPY --from` or through `RUN --mount=from=`, runs or ships its content ' +
    'inside your image. Teams that mirror or vet images list their registries in `trustedRegistries`, and this rule ' +
    'catches references that bypass them. It does nothing until that list is configured.',
  examples: {
    settings: { trustedRegistries: ['registry.example.com'] },
    bad: ['FROM docker.io/library/python:3.12-slim\n', 'FROM registry.example.com/python:3.12\nCOPY --from=ghcr.io/astral-sh/uv:0.4 /uv /bin/\n'],
    good: ['FROM registry.example.com/python:3.12-slim AS base\nFROM base\n', 'ARG BASE\nFROM ${BASE}\n'],
  },
};
