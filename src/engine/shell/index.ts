export type {
  Assignment,
  Operator,
  Redirect,
  ShellError,
  ShellOperator,
  ShellParseOptions,
  ShellScript,
  ShellWord,
  SimpleCommand,
} from './types.js';
export { parseShell } from './parser.js';
export type { CommandArgsOptions, CommandFlag } from './commands.js';
export { commandArgs, commandFlags, hasPipefail } from './commands.js';
