import type { SemanticModel } from '../../model/index.js';
import type { Instruction } from '../../syntax/types.js';
import { basename, commandLabel, copyPaths, pathText, positionalWords, resolvePath, runCommands } from '../helpers/stage-facts.js';
import type { Rule, RuleDocs } from '../types.js';

interface CopiedTree {
  path: string;
  instruction: Instruction;
}

const OWNERSHIP_PROGRAMS = new Set(['chown', 'chmod', 'chgrp']);
const RECURSIVE = /^-(?:[a-zA-Z]*R[a-zA-Z]*)$|^--recursive$/;

/** A directory or the whole context: single files rarely weigh enough to matter. */
function isTree(source: string): boolean {
  return source === '.' || source.endsWith('/') || !basename(source).slice(1).includes('.');
}

/** Where a COPY/ADD writes a directory tree, unless it already sets ownership or mode itself. */
function copiedTree(model: SemanticModel, instruction: Instruction, workdir: string): CopiedTree | null {
  const { sources, destination } = copyPaths(instruction);
  if (destination === null || instruction.flags.some((flag) => flag.name === 'chown' || flag.name === 'chmod')) return null;
  if (!sources.some((source) => isTree(pathText(source))) || sources.some((source) => pathText(source).startsWith('<<'))) return null;
  const expanded = model.expand(instruction, destination.raw);
  if (expanded.unmatched.length > 0 || expanded.error !== null) return null;
  return { path: resolvePath(workdir, expanded.value), instruction };
}

/** The recursive change covers everything the COPY wrote: it targets the destination or a directory above it. */
function covers(target: string, copied: string): boolean {
  return target === copied || copied.startsWith(`${target}/`);
}

export const rule: Rule = {
  meta: {
    code: 'SS115',
    name: 'recursive-chown-after-copy',
    severity: 'warning',
    category: 'size',
    refs: ['shipshape:SS115'],
    enabledByDefault: true,
    description: 'A later RUN changes owner or mode of copied files recursively, storing them twice.',
    fix: 'none',
    messages: {
      duplicated: '`{command}` rewrites files copied on line {line}, so the image stores them twice: set them with `COPY --{flag}` instead',
    },
  },
  check(context) {
    const { model } = context;
    // The trees each stage's chain copies, in order; a stage is only built FROM an earlier one.
    const copiesOfChain: CopiedTree[][] = [];
    for (const stage of model.stages) {
      const copies = stage.parent === null ? [] : [...(copiesOfChain[stage.parent] ?? [])];
      copiesOfChain[stage.index] = copies;
      for (const instruction of stage.instructions) {
        const kind = instruction.details.kind;
        if (kind !== 'COPY' && kind !== 'ADD' && kind !== 'RUN') continue;
        const workdir = model.contextOf(instruction).workdir ?? '/';
        if (kind !== 'RUN') {
          const tree = copiedTree(model, instruction, workdir);
          if (tree !== null) copies.push(tree);
          continue;
        }
        let directory = workdir;
        for (const run of runCommands(context, instruction)) {
          if (run.program === 'cd' && run.command.depth === 0 && run.argv[1] !== undefined && !run.argv[1].dynamic) {
            directory = resolvePath(directory, run.argv[1].value);
            continue;
          }
          if (!OWNERSHIP_PROGRAMS.has(run.program) || !run.argv.some((word) => RECURSIVE.test(word.value))) continue;
          const operands = positionalWords(run.argv.slice(1)).slice(1);
          for (const word of operands) {
            const value = word.dynamic ? model.expand(instruction, word.raw) : { value: word.value, unmatched: [], error: null };
            if (value.unmatched.length > 0 || value.error !== null || value.value === '') continue;
            const path = resolvePath(directory, value.value);
            const copy = copies.find((tree) => covers(path, tree.path) && path !== '/');
            if (copy === undefined) continue;
            context.report({
              messageId: 'duplicated',
              data: { command: commandLabel(run), line: copy.instruction.startLine, flag: run.program === 'chmod' ? 'chmod' : 'chown' },
              instruction,
              at: context.scriptSpan(run.script, word.start, word.end),
            });
            break;
          }
        }
      }
    }
  },
};

export const docs: RuleDocs = {
  why:
    'Changing a file’s owner or permissions in a new layer copies the whole file into that layer, so `COPY . /app` followed by `RUN chown -R app /app` ships every copied file twice (node_modules included). ' +
    'Set ownership and mode while copying, with `COPY --chown=app:app` and `COPY --chmod=…`, and the second copy never exists.',
  examples: {
    bad: ['FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN chown -R node:node /app\nUSER node\n'],
    good: ['FROM node:22-slim\nWORKDIR /app\nCOPY --chown=node:node . .\nUSER node\n', 'FROM alpine:3.20\nRUN mkdir /data && chown -R nobody /data\n'],
  },
};
