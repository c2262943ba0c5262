import type { SemanticModel, Stage } from '../../model/index.js';
import { goQuote } from '../../syntax/dump.js';
import { dispatchedStages, expandInStep } from '../helpers/buildkit-dispatch.js';
import { isWindowsOnlyImage } from '../helpers/buildkit-platform.js';
import { baseImageEnv, imageMaySet } from '../helpers/base-image-env.js';
import type { Rule, RuleDocs } from '../types.js';

/** Whether the stage chain starts from a Windows-only base image. */
function windowsImageChain(model: SemanticModel, stage: Stage): boolean {
  let root = stage;
  const seen = new Set<Stage>();
  while (root.parent !== null && !seen.has(root)) {
    seen.add(root);
    root = model.stages[root.parent] ?? root;
  }
  return root.base.kind === 'image' && isWindowsOnlyImage(root.base.expanded);
}

/** BuildKit's `system.IsAbs`: on Windows a path on the system drive, with or without `C:`. */
function isAbsolute(path: string, windows: boolean): boolean {
  if (!windows) return path.startsWith('/');
  return /^(?:[cC]:)?[\\/]/.test(path) && !/^[\\/]{2}/.test(path);
}

export const rule: Rule = {
  meta: {
    code: 'WorkdirRelativePath',
    name: 'workdir-relative-path-buildkit',
    severity: 'warning',
    category: 'reliability',
    refs: ['buildkit:WorkdirRelativePath', 'hadolint:DL3000'],
    enabledByDefault: true,
    description: "BuildKit's check: the first WORKDIR of a stage should be an absolute path.",
    fix: 'none',
    messages: { relative: 'Relative workdir {path} can have unexpected results if the base image changes' },
    url: 'https://docs.docker.com/go/dockerfile/rule/workdir-relative-path/',
  },
  check(context) {
    for (const { stage, steps } of dispatchedStages(context)) {
      const windows = steps[0]?.os === 'windows' || windowsImageChain(context.model, stage);
      const image = baseImageEnv(context.model, stage);
      for (const step of steps) {
        const details = step.instruction.details;
        if (details.kind !== 'WORKDIR' || details.value === null || step.workdirSet) continue;
        const expansion = expandInStep(context, step, details.value.raw);
        const path = expansion.value;
        if (isAbsolute(path, windows)) continue;
        // `WORKDIR $HOME` where the image sets HOME: BuildKit with the image's config sees an absolute path.
        if (expansion.unmatched.some((name) => imageMaySet(image, name))) continue;
        context.report({ messageId: 'relative', data: { path: goQuote(path) }, instruction: step.reportOn, at: details.value });
      }
    }
  },
};

export const docs: RuleDocs = {
  why:
    'A relative WORKDIR is resolved against the working directory the base image happens to set, so a new base image ' +
    'version can move your files. BuildKit checks only the first WORKDIR of a stage chain (later relative ones build ' +
    'on it) after expanding variables; `C:\\` paths count as absolute for Windows base images.',
  examples: {
    bad: ['FROM node:20\nWORKDIR app\nCOPY . .\n'],
    good: ['FROM node:20\nWORKDIR /app\nCOPY package.json ./\n', 'FROM node:20 AS base\nWORKDIR /app\n\nFROM base\nWORKDIR /app/src\n'],
  },
};
