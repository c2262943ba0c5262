import { isWellFormedCode, parseIgnorePragmas, type IgnorePragma } from '../../config/pragmas.js';
import type { Fix, Rule, RuleDocs, TextEdit } from '../types.js';

/** hadolint rules that were removed; an ignore for them is left over from an older setup. */
const REMOVED_HADOLINT_CODES: ReadonlySet<string> = new Set(['DL3005', 'DL3017', 'DL3031', 'DL3039']);

/** ShellCheck codes go to hadolint's ShellCheck pass, which shipshape does not run; they are not mistakes. */
const SHELLCHECK_CODE = /^SC\d+$/;

type Verdict = 'known' | 'unknown' | 'removed' | 'malformed' | 'wrongCase';

export const rule: Rule = {
  meta: {
    code: 'SS100',
    name: 'unknown-rule-in-ignore',
    severity: 'warning',
    category: 'maintainability',
    refs: [],
    enabledByDefault: true,
    description: 'An `ignore=` comment names a code that is not a rule, so it suppresses nothing.',
    fix: 'safe',
    messages: {
      unknown: '`{code}` is not a rule code, so ignoring it has no effect',
      removed: '`{code}` is a rule hadolint removed, so ignoring it has no effect',
      malformed: '`{code}` is not a rule code, and because of it the whole ignore comment is disregarded',
      wrongCase: 'Rule codes are case-sensitive: write `{suggestion}`; as written, the whole ignore comment is disregarded',
    },
  },
  check(context) {
    const { knownCodes, syntax } = context;
    const verdictOf = (code: string): Verdict => {
      if (knownCodes.has(code) || SHELLCHECK_CODE.test(code)) return 'known';
      if (REMOVED_HADOLINT_CODES.has(code)) return 'removed';
      if (isWellFormedCode(code)) return 'unknown';
      const upper = code.toUpperCase();
      return knownCodes.has(upper) || SHELLCHECK_CODE.test(upper) ? 'wrongCase' : 'malformed';
    };
    const wholeLine = (pragma: IgnorePragma): TextEdit => {
      const line = pragma.comment.range.startLine;
      return { start: syntax.lineStarts[line - 1] as number, end: syntax.lineStarts[line] ?? syntax.text.length, text: '' };
    };
    const withoutCode = (pragma: IgnorePragma, index: number): TextEdit => {
      const code = pragma.codes[index] as IgnorePragma['codes'][number];
      const next = pragma.codes[index + 1];
      if (next !== undefined) return { start: code.start, end: next.start, text: '' };
      const previous = pragma.codes[index - 1] as IgnorePragma['codes'][number];
      return { start: previous.end, end: code.end, text: '' };
    };

    for (const pragma of parseIgnorePragmas(syntax)) {
      const verdicts = pragma.codes.map((code) => verdictOf(code.code));
      const removesAll = verdicts.every((verdict) => verdict !== 'known' && verdict !== 'wrongCase');
      pragma.codes.forEach((code, index) => {
        const verdict = verdicts[index] as Verdict;
        if (verdict === 'known') return;
        if (verdict === 'wrongCase') {
          const suggestion = code.code.toUpperCase();
          // Correct codes make the comment take effect, which changes what gets reported.
          const fix: Fix = { title: `Write \`${suggestion}\``, safety: 'unsafe', edits: [{ start: code.start, end: code.end, text: suggestion }] };
          context.report({ messageId: 'wrongCase', data: { code: code.code, suggestion }, instruction: null, at: code, fixes: [fix] });
          return;
        }
        const fix: Fix = {
          title: removesAll ? 'Remove the ignore comment' : `Remove \`${code.code}\` from the list`,
          // Dropping the malformed code that disables a comment can bring the rest of it back to life.
          safety: verdict === 'malformed' && !removesAll ? 'unsafe' : 'safe',
          edits: [removesAll ? wholeLine(pragma) : withoutCode(pragma, index)],
        };
        context.report({ messageId: verdict, data: { code: code.code }, instruction: null, at: code, fixes: [fix] });
      });
    }
  },
};

export const docs: RuleDocs = {
  why:
    'A mistyped or outdated code in `# hadolint ignore=` looks like a deliberate exception but silences nothing, and the finding it was meant for shows up anyway or hides behind the wrong code. ' +
    'A malformed code such as a lowercase `dl3008` is worse: hadolint and shipshape then disregard the whole comment. ' +
    'Removing dead codes keeps the list of exceptions honest.',
  examples: {
    bad: ['FROM alpine:3.20\n# hadolint ignore=DL9999\nWORKDIR /app\n', 'FROM alpine:3.20\n# hadolint ignore=dl3000\nWORKDIR app\n'],
    good: ['FROM alpine:3.20\n# hadolint ignore=DL3018\nRUN apk add --no-cache curl\n', '# hadolint global ignore=SC2086\nFROM alpine:3.20\n'],
  },
};
