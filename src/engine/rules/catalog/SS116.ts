import { copyPaths, pathText, runCommands, toolCommand } from '../helpers/stage-facts.js';
import type { Rule, RuleDocs } from '../types.js';

/** Sources that bring package-lock.json into the build: named, or by the usual `package*.json` glob. */
const LOCKFILE_SOURCE = /(?:^|\/)(?:package-lock\.json\*?|package\*\.json|npm-shrinkwrap\.json)$/;
const INSTALL_VERBS = new Set(['install', 'i']);

export const rule: Rule = {
  meta: {
    code: 'SS116',
    name: 'npm-install-instead-of-ci',
    severity: 'info',
    category: 'reliability',
    refs: ['shipshape:SS116'],
    enabledByDefault: true,
    description: 'Use `npm ci` rather than `npm install` when the lockfile is copied in.',
    fix: 'unsafe',
    messages: {
      useCi: '`npm {verb}` may resolve versions other than the copied lockfile: use `npm ci`',
      useCiGlob: '`npm {verb}` may resolve versions other than package-lock.json, which `{source}` copies when it exists: use `npm ci`',
    },
  },
  check(context) {
    // The lockfile copied last in each stage's chain; a stage is only built FROM an earlier one.
    const lastLockfileSource: (string | null)[] = [];
    for (const stage of context.model.stages) {
      let lockfileSource = stage.parent === null ? null : (lastLockfileSource[stage.parent] ?? null);
      for (const instruction of stage.instructions) {
        const source = copyPaths(instruction).sources.map(pathText).find((path) => LOCKFILE_SOURCE.test(path));
        if (source !== undefined) lockfileSource = source;
        if (lockfileSource === null || instruction.details.kind !== 'RUN') continue;
        for (const run of runCommands(context, instruction)) {
          const tool = toolCommand(context, run);
          const verb = run.argv.slice(1).find((word) => !word.value.startsWith('-'));
          if (tool?.ecosystem !== 'npm' || tool.kind !== 'dependencies' || verb === undefined || !INSTALL_VERBS.has(verb.value)) continue;
          const span = context.scriptSpan(run.script, verb.start, verb.end);
          context.report({
            messageId: lockfileSource.includes('*') ? 'useCiGlob' : 'useCi',
            data: { verb: verb.value, source: lockfileSource },
            instruction,
            at: context.scriptSpan(run.script, run.command.start, verb.end),
            fixes: [{ title: 'Use npm ci', safety: 'unsafe', edits: [{ ...span, text: 'ci' }] }],
          });
        }
      }
      lastLockfileSource[stage.index] = lockfileSource;
    }
  },
};

export const docs: RuleDocs = {
  why:
    '`npm install` follows package-lock.json only while it agrees with package.json: when they differ it resolves again and rewrites the lockfile instead of failing, so a stale lockfile silently ships other versions than the ones reviewed. ' +
    '`npm ci` installs exactly what the lockfile says, fails when the lockfile and package.json disagree, and starts from a clean node_modules. ' +
    'The rule only speaks up when a COPY visibly brings the lockfile in; the fix is marked unsafe because `npm ci` fails where the lockfile is out of date.',
  examples: {
    bad: ['FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm install\n'],
    good: ['FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n', 'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json ./\nRUN npm install\n'],
  },
};
