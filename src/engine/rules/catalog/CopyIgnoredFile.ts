import { cleanPath } from '../../config/dockerignore.js';
import { goQuote } from '../../syntax/dump.js';
import type { JsonString, Word } from '../../syntax/types.js';
import { dispatchedStages, expandInStep } from '../helpers/buildkit-dispatch.js';
import type { Rule, RuleDocs } from '../types.js';

/** Patterns after which BuildKit reports copying the whole context root (`COPY . .`). */
const ROOT_PATTERNS: ReadonlySet<string> = new Set(['*', '**', '**/*']);

/** URLs and Git remotes, which BuildKit fetches instead of reading from the context. */
function isRemote(source: string): boolean {
  const scheme = /^([a-zA-Z0-9]+):\/\//.exec(source)?.[1]?.toLowerCase();
  if (scheme !== undefined) return ['http', 'https', 'git', 'ssh'].includes(scheme);
  return /^[a-zA-Z0-9-_]+@[a-zA-Z0-9-.]+:/.test(source);
}

export const rule: Rule = {
  meta: {
    code: 'CopyIgnoredFile',
    name: 'copy-ignored-file',
    severity: 'warning',
    category: 'correctness',
    refs: ['buildkit:CopyIgnoredFile'],
    enabledByDefault: true,
    description: "BuildKit's check: COPY and ADD should not name files that .dockerignore excludes.",
    fix: 'none',
    messages: { ignored: 'Attempting to {command} file {path} that is excluded by .dockerignore' },
    url: 'https://docs.docker.com/go/dockerfile/rule/copy-ignored-file/',
  },
  check(context) {
    const ignore = context.dockerignore;
    if (ignore === null || ignore.patterns.length === 0 || ignore.patterns.some((pattern) => pattern.negated)) return;
    const rootIgnored = ignore.patterns.some((pattern) => ROOT_PATTERNS.has(pattern.pattern));
    for (const { steps } of dispatchedStages(context)) {
      for (const step of steps) {
        const instruction = step.instruction;
        const details = instruction.details;
        if (details.kind !== 'COPY' && details.kind !== 'ADD') continue;
        if (instruction.flags.some((flag) => flag.name === 'from' && flag.value !== null && flag.value !== '')) continue;
        const markers = new Set(instruction.heredocs.map((heredoc) => heredoc.marker.start));
        const sources: (Word | JsonString)[] = details.paths.slice(0, -1).filter((path) => !markers.has(path.start));
        for (const source of sources) {
          const expanded = expandInStep(context, step, 'value' in source ? source.value : source.raw).value;
          if (isRemote(expanded)) continue;
          const path = cleanPath(expanded);
          if ((path === '.' || path === '/') && !rootIgnored) continue;
          if (!ignore.ignores(path)) continue;
          context.report({
            messageId: 'ignored',
            data: { command: details.kind === 'ADD' ? 'Add' : 'Copy', path: goQuote(path) },
            instruction: step.reportOn,
            at: source,
          });
        }
      }
    }
  },
};

export const docs: RuleDocs = {
  why:
    'Files excluded by `.dockerignore` never reach the builder, so copying one fails with "not found", or copies ' +
    'less than expected when a directory is partly excluded. Like BuildKit, shipshape only checks when ' +
    '`.dockerignore` has no `!` exceptions, skips `COPY --from` and remote sources, and flags `COPY . .` only when ' +
    'the file ignores everything.',
  examples: {
    bad: ['FROM alpine:3.20\nCOPY .env /app/.env\n'],
    good: ['FROM alpine:3.20\nCOPY src/ /app/src/\n'],
    dockerignore: '.env\nnode_modules\n',
  },
};
