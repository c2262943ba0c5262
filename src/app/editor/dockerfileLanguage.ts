/**
 * Our Monarch tokenizer for Dockerfiles. Monaco's built-in one is case-sensitive, treats heredoc
 * bodies as Dockerfile and knows no directives or pragmas; this one follows BuildKit's lexing
 * closely enough for highlighting (the engine stays the authority on what the file means).
 *
 * State names carry data, since Monarch keeps no other memory between lines:
 *  - the escape character (`# escape=\``) is part of every state's base name (`plain_args` /
 *    `plain_args_bt`), because it decides which lines continue an instruction;
 *  - a pending heredoc's delimiter is the second part (`shell_pending.EOF`), read back as `$S2`.
 * Monarch looks a state up by its full name, then drops `.part`s from the end, so
 * `heredoc_shell.EOF` uses the `heredoc_shell` rules. Names are lowercase because `ignoreCase`
 * lowercases every `$S2` substitution.
 */
import type { languages } from 'monaco-editor/editor';

type Rule = languages.IMonarchLanguageRule;
type Action = languages.IExpandedMonarchLanguageAction;
type EscapeVariant = '' | '_bt';

/** Instruction families: each decides which argument rules follow the keyword. */
const SHELL_INSTRUCTIONS = 'run|cmd|entrypoint|shell|healthcheck';
const FILE_INSTRUCTIONS = 'copy|add';
const KEY_VALUE_INSTRUCTIONS = 'env|arg|label';
const PLAIN_INSTRUCTIONS = 'expose|user|workdir|volume|stopsignal|maintainer';

const DIRECTIVE = /^(#)([ \t]*)(syntax|escape|check)([ \t]*=[ \t]*)(.*)$/;
const BACKTICK_ESCAPE_DIRECTIVE = /^(#)([ \t]*)(escape)([ \t]*=[ \t]*)(`[ \t]*)$/;
const IGNORE_PRAGMA = /^([ \t]*#[ \t]*)(hadolint(?:[ \t]+(?:global|stage))?[ \t]+ignore[ \t]*=[ \t]*)([\w \t,]*)(.*)$/;
/**
 * `<<EOF`, `<<-EOF`, `<<"EOF"`: quoted and bare names are separate rules so that every group
 * matches something (Monarch drops the state change of an empty group at the end of a line).
 * Names with dots are left alone because dots separate state parts.
 */
const QUOTED_HEREDOC_MARKER = /(\d*<<-?[ \t]*["'])([\w-]+)(["'])/;
const BARE_HEREDOC_MARKER = /(\d*<<-?[ \t]*)([\w-]+)/;
const VARIABLE = /\$(?:\{[^}\s]*\}?|[A-Za-z_]\w*)/;
const FLAG = /--[A-Za-z][\w-]*/;

/** A token that, at the end of a line, also ends the state the way `atEnd` says. */
function token(name: string, atEnd: Action): Action {
  return { cases: { '@eos': { ...atEnd, token: name }, '@default': name } };
}

interface EscapeRules {
  continuation: RegExp;
  escaped: RegExp;
  /** The escape character inside a regular expression character class. */
  inClass: string;
}

function escapeOf(variant: EscapeVariant): EscapeRules {
  return variant === '_bt'
    ? { continuation: /`[ \t]*$/, escaped: /`./, inClass: '`' }
    : { continuation: /\\[ \t]*$/, escaped: /\\./, inClass: '\\\\' };
}

/** Rules shared by every state that holds instruction arguments. */
function argumentRules(variant: EscapeVariant, atEnd: Action, extras: Rule[]): Rule[] {
  const { continuation, escaped, inClass } = escapeOf(variant);
  return [
    // BuildKit drops comment lines inside a continued instruction.
    [/^[ \t]*#.*$/, 'comment'],
    [continuation, 'operator.continuation'],
    ...extras,
    [/[ \t]+/, token('', atEnd)],
    [VARIABLE, token('variable', atEnd)],
    [/"/, { cases: { '@eos': { ...atEnd, token: 'string' }, '@default': { token: 'string', next: `@double_quoted${variant}` } } }],
    [/'/, { cases: { '@eos': { ...atEnd, token: 'string' }, '@default': { token: 'string', next: `@single_quoted${variant}` } } }],
    [/[[\]]/, token('delimiter.bracket', atEnd)],
    [/,/, token('delimiter', atEnd)],
    [escaped, token('string.escape', atEnd)],
    [new RegExp(`[^\\s$"'\\[\\],${inClass}&|;<]+`), token('', atEnd)],
    [/./, token('', atEnd)],
  ];
}

function quotedRules(variant: EscapeVariant, quote: '"' | "'"): Rule[] {
  const { continuation, escaped } = escapeOf(variant);
  const stringText = new RegExp(`[^${quote === '"' ? '"$' : "'"}${variant === '_bt' ? '`' : '\\\\'}]+`);
  return [
    [continuation, 'operator.continuation'],
    [new RegExp(quote), { cases: { '@eos': { token: 'string', next: '@popall' }, '@default': { token: 'string', next: '@pop' } } }],
    ...(quote === '"' ? [[VARIABLE, token('variable', { next: '@popall' })] as Rule] : []),
    [escaped, token('string.escape', { next: '@popall' })],
    [stringText, token('string', { next: '@popall' })],
    [/./, token('string', { next: '@popall' })],
  ];
}

/** The instruction flags (`--mount=…`, `--from=…`) that come before the arguments proper. */
function flagRules(variant: EscapeVariant): Rule[] {
  const { continuation, inClass } = escapeOf(variant);
  const atEnd: Action = { next: '@popall' };
  const flagWithValue = new RegExp(`(--[A-Za-z][\\w-]*)(=)([^\\s${inClass}]*)`);
  return [
    [/^[ \t]*#.*$/, 'comment'],
    [continuation, 'operator.continuation'],
    [/[ \t]+/, token('', atEnd)],
    [flagWithValue, ['attribute.name', 'delimiter', token('attribute.value', atEnd)]],
    [FLAG, token('attribute.name', atEnd)],
    // Anything else ends the flags: re-read it with the rules of the state named after the dot.
    [/./, { token: '@rematch', switchTo: '@$S2' }],
  ];
}

function heredocMarkerRules(pendingState: string, bodyStart: Action): Rule[] {
  const enterPending: Action = { token: 'string.heredoc.delimiter', switchTo: `@${pendingState}.$2` };
  const lastToken: Action = {
    cases: { '@eos': { ...bodyStart, token: 'string.heredoc.delimiter' }, '@default': 'string.heredoc.delimiter' },
  };
  return [
    [QUOTED_HEREDOC_MARKER, [enterPending, 'string.heredoc.delimiter', lastToken]],
    [BARE_HEREDOC_MARKER, [enterPending, lastToken]],
  ];
}

const SHELL_BODY_START: Action = { switchTo: '@heredoc_shell.$S2', nextEmbedded: 'shell' };
const PLAIN_BODY_START: Action = { switchTo: '@heredoc_plain.$S2' };

function shellOperators(atEnd: Action): Rule[] {
  return [[/&&|\|\||[|;]/, token('operator', atEnd)]];
}

function statesFor(variant: EscapeVariant): Record<string, Rule[]> {
  const v = variant;
  const endInstruction: Action = { next: '@popall' };
  const keyword = (next: string): Action => ({ cases: { '@eos': 'keyword', '@default': { token: 'keyword', next } } });
  return {
    [`line${v}`]: [
      [IGNORE_PRAGMA, ['comment.pragma', 'comment.pragma', 'comment.pragma.code', 'comment']],
      [/^[ \t]*#.*$/, 'comment'],
      [/[ \t]+/, ''],
      [/(onbuild)(?=[ \t]|$)/, 'keyword'],
      [/from(?=[ \t]|$)/, keyword(`@flags${v}.from${v}`)],
      [new RegExp(`(?:${SHELL_INSTRUCTIONS})(?=[ \\t]|$)`), keyword(`@flags${v}.shell_args${v}`)],
      [new RegExp(`(?:${FILE_INSTRUCTIONS})(?=[ \\t]|$)`), keyword(`@flags${v}.file_args${v}`)],
      [new RegExp(`(?:${KEY_VALUE_INSTRUCTIONS})(?=[ \\t]|$)`), keyword(`@key_value_args${v}`)],
      [new RegExp(`(?:${PLAIN_INSTRUCTIONS})(?=[ \\t]|$)`), keyword(`@plain_args${v}`)],
      // An unknown instruction: the engine reports it; here its arguments just stay unhighlighted.
      [/\S+/, { cases: { '@eos': '', '@default': { token: '', next: `@plain_args${v}` } } }],
    ],
    [`flags${v}`]: flagRules(variant),
    [`from${v}`]: argumentRules(variant, endInstruction, [
      [/(as)([ \t]+)([^\s]+)/, ['keyword', '', token('type.stage', endInstruction)]],
      [new RegExp(`[^\\s$${escapeOf(variant).inClass}]+`), token('type.image', endInstruction)],
    ]),
    [`shell_args${v}`]: argumentRules(variant, endInstruction, [
      ...heredocMarkerRules(`shell_pending${v}`, SHELL_BODY_START),
      ...shellOperators(endInstruction),
    ]),
    [`shell_pending${v}`]: argumentRules(variant, SHELL_BODY_START, shellOperators(SHELL_BODY_START)),
    [`file_args${v}`]: argumentRules(variant, endInstruction, heredocMarkerRules(`file_pending${v}`, PLAIN_BODY_START)),
    [`file_pending${v}`]: argumentRules(variant, PLAIN_BODY_START, []),
    [`key_value_args${v}`]: argumentRules(variant, endInstruction, [
      [/([\w.-]+)(=)/, ['variable.name', token('delimiter', endInstruction)]],
    ]),
    [`plain_args${v}`]: argumentRules(variant, endInstruction, []),
    [`double_quoted${v}`]: quotedRules(variant, '"'),
    [`single_quoted${v}`]: quotedRules(variant, "'"),
  };
}

export const dockerfileLanguage: languages.IMonarchLanguage = {
  ignoreCase: true,
  defaultToken: '',
  tokenPostfix: '.dockerfile',
  start: 'directives',
  tokenizer: {
    // Parser directives: only in the leading run of `# name=value` lines.
    directives: [
      [BACKTICK_ESCAPE_DIRECTIVE, ['comment', 'comment', 'keyword.directive', 'delimiter', { token: 'string.directive', switchTo: '@directives_bt' }]],
      [DIRECTIVE, ['comment', 'comment', 'keyword.directive', 'delimiter', 'string.directive']],
      [/^/, { token: '@rematch', switchTo: '@line' }],
    ],
    directives_bt: [
      [DIRECTIVE, ['comment', 'comment', 'keyword.directive', 'delimiter', 'string.directive']],
      [/^/, { token: '@rematch', switchTo: '@line_bt' }],
    ],
    ...statesFor(''),
    ...statesFor('_bt'),
    // Heredoc bodies are data or a script, never Dockerfile; `<<-` allows leading tabs on the terminator.
    heredoc_shell: [
      [/^\t*$S2[ \t]*$/, { token: 'string.heredoc.delimiter', next: '@popall', nextEmbedded: '@pop' }],
      [/.*/, ''],
    ],
    heredoc_plain: [
      [/^\t*$S2[ \t]*$/, { token: 'string.heredoc.delimiter', next: '@popall' }],
      [/.+/, 'string.heredoc'],
    ],
  },
};

export const dockerfileConfiguration: languages.LanguageConfiguration = {
  comments: { lineComment: '#' },
  brackets: [
    ['{', '}'],
    ['[', ']'],
    ['(', ')'],
  ],
  autoClosingPairs: [
    { open: '{', close: '}' },
    { open: '[', close: ']' },
    { open: '(', close: ')' },
    { open: '"', close: '"', notIn: ['string'] },
    { open: "'", close: "'", notIn: ['string'] },
  ],
  surroundingPairs: [
    { open: '{', close: '}' },
    { open: '[', close: ']' },
    { open: '(', close: ')' },
    { open: '"', close: '"' },
    { open: "'", close: "'" },
  ],
};

/** `.dockerignore`: comments, `!` exceptions and glob operators. */
export const dockerignoreLanguage: languages.IMonarchLanguage = {
  defaultToken: '',
  tokenPostfix: '.dockerignore',
  tokenizer: {
    root: [
      [/^[ \t]*#.*$/, 'comment'],
      [/^[ \t]*!/, 'keyword.negation'],
      [/\*\*|[*?]|\[[^\]]*\]/, 'operator.glob'],
      [/[^*?[]+/, ''],
    ],
  },
};

export const dockerignoreConfiguration: languages.LanguageConfiguration = {
  comments: { lineComment: '#' },
};
