import { instructionRootImage, runCommands } from '../helpers/stage-facts.js';
import { parseImageReference } from '../../estimate/index.js';
import type { Rule, RuleDocs } from '../types.js';

const DEPRECATED_FLAG = /^--(?:only=prod(?:uction)?|production(?:=true)?)$/;
const NPM_VERBS = new Set(['ci', 'install', 'i', 'prune']);
/** npm 7, which introduced `--omit`, first shipped with Node.js 15. */
const FIRST_NODE_WITH_OMIT = 15;

/** The Node.js major of an official `node` image, or null when the image or tag does not say. */
function nodeMajor(image: string | null): number | null {
  const reference = image === null ? null : parseImageReference(image);
  if (reference?.familiarName !== 'node' || reference.tag === null) return null;
  const major = /^(\d+)/.exec(reference.tag)?.[1];
  return major === undefined ? null : Number(major);
}

export const rule: Rule = {
  meta: {
    code: 'SS112',
    name: 'npm-production-flag-deprecated',
    severity: 'warning',
    category: 'maintainability',
    refs: ['shipshape:SS112'],
    enabledByDefault: true,
    description: 'Use `--omit=dev` instead of npm’s deprecated `--production` / `--only=production`.',
    fix: 'safe',
    messages: { deprecated: '`{flag}` is deprecated: use `--omit=dev`' },
  },
  check(context) {
    for (const instruction of context.allInstructions) {
      if (instruction.details.kind !== 'RUN') continue;
      const major = nodeMajor(instructionRootImage(context.model, instruction));
      if (major !== null && major < FIRST_NODE_WITH_OMIT) continue;
      for (const run of runCommands(context, instruction)) {
        if (run.program !== 'npm' || !NPM_VERBS.has(run.argv.find((word, index) => index > 0 && !word.value.startsWith('-'))?.value ?? '')) continue;
        for (const word of run.argv) {
          if (!DEPRECATED_FLAG.test(word.value)) continue;
          const span = context.scriptSpan(run.script, word.start, word.end);
          context.report({
            messageId: 'deprecated',
            data: { flag: word.value },
            instruction,
            at: span,
            fixes: [{ title: 'Use --omit=dev', safety: major === null ? 'unsafe' : 'safe', edits: [{ ...span, text: '--omit=dev' }] }],
          });
        }
      }
    }
  },
};

export const docs: RuleDocs = {
  why:
    'Since npm 7 the way to leave devDependencies out is `--omit=dev`; `--production` and `--only=prod` are deprecated aliases that print a warning on every build and may stop working in a later npm. ' +
    'The fix is safe on `node` images from version 15 on, which ship npm 7 or newer; elsewhere the npm version is unknown, and npm 6 would silently ignore `--omit=dev`, so the fix is offered for review only.',
  examples: {
    bad: ['FROM node:22-alpine\nCOPY package*.json ./\nRUN npm ci --only=production\n'],
    good: ['FROM node:22-alpine\nCOPY package*.json ./\nRUN npm ci --omit=dev\n', 'FROM node:14\nRUN npm install --production\n'],
  },
};
