/**
 * What the shell tokenizer reports about a script. Offsets are UTF-16 indices into the text
 * that was parsed, end exclusive.
 */

export interface ShellWord {
  /** The source text exactly as written, quotes and escapes kept. */
  raw: string;
  /** Quotes and escapes removed; expansions (`$x`, `$(…)`, backticks) kept as written. */
  value: string;
  start: number;
  end: number;
  /** Part of the word comes from `$var`, `${…}`, `$(…)`, `$((…))`, backticks or `<(…)`, so `value` is not what the shell passes. */
  dynamic: boolean;
  /** Quotes or a backslash escape were used somewhere in the word. */
  quoted: boolean;
}

export interface Redirect {
  /** The operator with its file descriptor, as written: `>`, `2>>`, `&>`, `2>&`, `<<`, `<<-`, `<<<`, … */
  op: string;
  /** The file, descriptor or here-document delimiter; null when it is missing. */
  target: ShellWord | null;
  start: number;
  end: number;
}

export interface Assignment {
  name: string;
  /** Null for an empty assignment such as `FOO=`. An array `(a b)` is one word whose value is its raw text. */
  value: ShellWord | null;
  start: number;
  end: number;
}

export interface SimpleCommand {
  kind: 'command';
  assignments: Assignment[];
  /** The argv: `words[0]` is the command name. Empty when the command only assigns or redirects. */
  words: ShellWord[];
  redirects: Redirect[];
  start: number;
  end: number;
  /** 0 at top level; one more inside each `$(…)`, backticks, `<(…)`, `( … )` subshell or `{ …; }` group. */
  depth: number;
}

export type Operator = '&&' | '||' | '|' | ';' | '&' | '\n';

export interface ShellOperator {
  /** `|&` is reported as `|`. A newline counts only where it ends a command. */
  op: Operator;
  start: number;
  end: number;
}

export interface ShellError {
  message: string;
  start: number;
  end: number;
}

export interface ShellScript {
  /** Every simple command in source order, nested ones included. */
  commands: SimpleCommand[];
  /** Top-level and nested operators in source order. */
  operators: ShellOperator[];
  /** A `|` or `|&` pipe appears anywhere, nested ones included. */
  hasPipe: boolean;
  errors: ShellError[];
}

export interface ShellParseOptions {
  /** The shell's escape character. Shell text always uses `\`, whatever the Dockerfile's `# escape=` says. */
  escapeChar?: string;
}
