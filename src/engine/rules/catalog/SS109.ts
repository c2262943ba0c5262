import type { Instruction, JsonString, Word } from '../../syntax/types.js';
import { copyPaths, finalStage, flagValue, pathText, rootImage, stageChain, toolCommands } from '../helpers/stage-facts.js';
import type { Rule, RuleContext, RuleDocs } from '../types.js';

/** Source paths that send the whole build context. */
const WHOLE_CONTEXT = new Set(['.', './', '*', './*', '/']);
const NODE_ECOSYSTEMS = new Set(['npm', 'yarn', 'pnpm']);

/** The stages whose files end up in the final image: the last stage and the stages it is built FROM. */
function finalImageStages(context: RuleContext): ReadonlySet<number> {
  const last = finalStage(context.model);
  return new Set(last === null ? [] : stageChain(context.model, last.index).map((stage) => stage.index));
}

interface ContextCopy {
  instruction: Instruction;
  source: Word | JsonString;
  /** The copied files are in the final image, not only in a build stage it copies results from. */
  inFinalImage: boolean;
}

/**
 * The COPY/ADD of a built stage that copies the whole build context: the first one whose files
 * reach the final image, else the first one in a build stage.
 */
function wholeContextCopy(context: RuleContext): ContextCopy | null {
  const inFinalImage = finalImageStages(context);
  let inBuildStage: ContextCopy | null = null;
  for (const stage of context.model.stages) {
    if (!context.model.reachableFromLast.has(stage.index)) continue;
    for (const instruction of stage.instructions) {
      if (flagValue(instruction, 'from') !== null) continue;
      const source = copyPaths(instruction).sources.find((path) => WHOLE_CONTEXT.has(pathText(path)));
      if (source === undefined) continue;
      if (inFinalImage.has(stage.index)) return { instruction, source, inFinalImage: true };
      inBuildStage ??= { instruction, source, inFinalImage: false };
    }
  }
  return inBuildStage;
}

/** `node_modules` only matters for projects that have one. */
function usesNode(context: RuleContext): boolean {
  return context.model.stages.some((stage) => {
    const image = rootImage(context.model, stage.index) ?? '';
    if (/(?:^|\/)node(?::|$)/.test(image)) return true;
    return stage.instructions.some((instruction) => toolCommands(context, instruction).some((tool) => NODE_ECOSYSTEMS.has(tool.ecosystem)));
  });
}

export const rule: Rule = {
  meta: {
    code: 'SS109',
    name: 'missing-dockerignore',
    severity: 'warning',
    category: 'cache',
    refs: ['shipshape:SS109'],
    enabledByDefault: true,
    description: 'The build copies the whole context, but no .dockerignore keeps .git, node_modules and .env out.',
    fix: 'none',
    messages: {
      notProvided: '`{source}` copies the whole build context, and no .dockerignore was provided: `.git`, `.env` and local build output would go into the image',
      notProvidedBuildStage:
        '`{source}` copies the whole build context into a build stage, and no .dockerignore was provided: `.git`, `.env` and local build output are sent to the builder, and any change to them rebuilds this stage',
      letsThrough: '`{source}` copies the whole build context, and the .dockerignore lets {paths} through',
    },
  },
  check(context) {
    const copy = wholeContextCopy(context);
    if (copy === null) return;
    const source = pathText(copy.source);
    if (context.dockerignore === null) {
      context.report({ messageId: copy.inFinalImage ? 'notProvided' : 'notProvidedBuildStage', data: { source }, instruction: copy.instruction, at: copy.source });
      return;
    }
    const dockerignore = context.dockerignore;
    const candidates = ['.git', '.env', ...(usesNode(context) ? ['node_modules'] : [])];
    const passing = candidates.filter((path) => !dockerignore.ignores(path));
    if (passing.length === 0) return;
    context.report({
      messageId: 'letsThrough',
      data: { source, paths: passing.map((path) => `\`${path}\``).join(', ') },
      instruction: copy.instruction,
      at: copy.source,
    });
  },
};

export const docs: RuleDocs = {
  why:
    '`COPY . …` sends everything in the build context: the `.git` history, local `node_modules`, build output and `.env` files with real credentials. ' +
    'They make the context slow to transfer, land in the image, and change on every commit or local install, so the COPY layer and everything after it rebuild even when the code did not change. ' +
    'A `.dockerignore` at the root of the build context (or a `<Dockerfile name>.dockerignore` next to the Dockerfile) fixes all of that; pass it with `--dockerignore` on the command line or in the playground tab, or this rule cannot see it.',
  examples: {
    bad: ['FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\n'],
    good: ['FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY src/ ./src/\n'],
  },
};
