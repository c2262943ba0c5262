/**
 * The syntax tree: what BuildKit's parser sees, with exact source ranges.
 *
 * Positions follow Monaco: 1-based lines, 1-based UTF-16 columns, end column exclusive.
 * Offsets (`start`/`end`) index the parsed text (after a leading BOM is dropped), UTF-16,
 * end exclusive. Every range-bearing node carries both, so rules can build text edits from
 * offsets and editors can show markers from ranges without converting.
 */

export interface Range {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export interface Located {
  /** Offset of the first character in the parsed text. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  range: Range;
}

export type DiagnosticSeverity = 'error' | 'warning';

/** Which layer of BuildKit reports the problem; `parser` errors make BuildKit reject the file outright. */
export type DiagnosticLayer = 'parser' | 'instruction';

export type DiagnosticCode =
  | 'empty-file'
  | 'line-too-long'
  | 'duplicate-directive'
  | 'invalid-escape'
  | 'unterminated-heredoc'
  | 'heredoc-marker'
  | 'json-non-string'
  | 'kv-missing-value'
  | 'kv-missing-equals'
  | 'empty-continuation'
  | 'unknown-instruction'
  | 'missing-argument'
  | 'unknown-flag'
  | 'invalid-flag'
  | 'onbuild-chaining'
  | 'onbuild-forbidden'
  | 'invalid-argument'
  | 'no-build-stage';

export interface Diagnostic {
  code: DiagnosticCode;
  severity: DiagnosticSeverity;
  layer: DiagnosticLayer;
  /** BuildKit's own message text, without the `dockerfile parse error on line N:` prefix. */
  message: string;
  range: Range;
  start: number;
  end: number;
}

/** A word of source text: `raw` is exactly as written (quotes and escapes kept). */
export interface Word extends Located {
  raw: string;
}

/** An element of a JSON (exec form) array: `value` is JSON-decoded, `raw` includes the quotes. */
export interface JsonString extends Located {
  value: string;
  raw: string;
}

export interface Flag extends Located {
  /** Flag name without the leading `--`, as written (BuildKit matches it case-sensitively). */
  name: string;
  /** The value after `=` with quotes removed, or null for a bare `--flag`. */
  value: string | null;
  /** BuildKit's stored flag string: `--name=value` after quote removal (the dump prints it). */
  text: string;
  nameRange: Range;
  valueRange: Range | null;
  valueStart: number | null;
  valueEnd: number | null;
  /** For `--mount`: the comma-separated options split into key/value pairs. */
  options: FlagOption[] | null;
}

export interface FlagOption extends Located {
  key: string;
  /** null for a bare key such as `readonly`. */
  value: string | null;
}

export interface Comment extends Located {
  /** Text after the `#`, untrimmed. */
  text: string;
  /** True for a comment line inside a line continuation (BuildKit drops those). */
  inContinuation: boolean;
}

export type DirectiveName = 'syntax' | 'escape' | 'check';

export interface Directive extends Located {
  name: DirectiveName;
  value: string;
  nameRange: Range;
  valueRange: Range;
}

/** Maps offsets in a joined logical line back to offsets in the source text. */
export interface SourceMap {
  /** Joined-text offsets where a new contiguous source piece begins, ascending, first is 0. */
  joinedStarts: number[];
  /** Source offset of the first character of each piece. */
  sourceStarts: number[];
}

/** Text that a shell will see (a shell-form body or a heredoc script) plus where it came from. */
export interface ShellSource {
  text: string;
  map: SourceMap;
}

export interface Heredoc extends Located {
  /** Delimiter name with quotes removed. */
  name: string;
  /** Body exactly as stored by BuildKit (leading tabs kept even for `<<-`). */
  content: string;
  /** False when the delimiter was quoted: BuildKit does not expand variables in the body. */
  expand: boolean;
  /** `<<-`: leading tabs are stripped from each body line when the content is used. */
  chomp: boolean;
  fileDescriptor: number;
  /** The marker on the instruction line, e.g. `<<-"EOF"`. */
  marker: Word;
  /** The body lines (empty range at the body start when the body is empty). */
  body: Located;
  /** The terminator line, or null when the heredoc is unterminated. */
  terminator: Located | null;
}

/** Every Dockerfile instruction keyword, in uppercase and sorted. */
export const INSTRUCTION_NAMES = [
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
] as const;

export type InstructionName = (typeof INSTRUCTION_NAMES)[number];

/** Exec form (`["a","b"]`) or shell form (one text handed to the shell). */
export type CommandForm =
  | { form: 'exec'; args: JsonString[] }
  | { form: 'shell'; shell: ShellSource; text: Word };

export interface KeyValue extends Located {
  key: Word;
  /** null only in the error case of a legacy pair without a value. */
  value: Word | null;
  /** `ENV key value` (no `=`): the value is the rest of the line, verbatim. */
  legacy: boolean;
}

export interface ArgDeclaration extends Located {
  name: Word;
  /** Raw default text after `=` (quotes kept), or null for `ARG NAME`. */
  defaultValue: Word | null;
}

export type InstructionDetails =
  | { kind: 'FROM'; image: Word | null; asKeyword: Word | null; stageName: Word | null; extra: Word[] }
  | ({ kind: 'RUN' } & CommandForm)
  | ({ kind: 'CMD' } & CommandForm)
  | ({ kind: 'ENTRYPOINT' } & CommandForm)
  | { kind: 'SHELL'; args: JsonString[] | null; text: Word | null }
  | {
      kind: 'COPY' | 'ADD';
      /** Sources then destination; for JSON form these are the decoded strings. */
      paths: (Word | JsonString)[];
      json: boolean;
    }
  | { kind: 'ENV' | 'LABEL'; pairs: KeyValue[] }
  | { kind: 'ARG'; args: ArgDeclaration[] }
  | { kind: 'EXPOSE'; ports: Word[] }
  | { kind: 'VOLUME'; paths: (Word | JsonString)[]; json: boolean }
  | { kind: 'USER' | 'WORKDIR' | 'STOPSIGNAL' | 'MAINTAINER'; value: Word | null }
  | {
      kind: 'HEALTHCHECK';
      /** `NONE`, `CMD`, or whatever word was written first; null for a bare HEALTHCHECK. */
      type: Word | null;
      command: CommandForm | null;
    }
  | { kind: 'ONBUILD'; trigger: Instruction | null }
  | { kind: 'UNKNOWN' };

export interface Instruction extends Located {
  /** The keyword exactly as written. */
  keyword: string;
  keywordRange: Range;
  /** The keyword in uppercase when it names a Dockerfile instruction, else null. */
  name: InstructionName | null;
  flags: Flag[];
  details: InstructionDetails;
  heredocs: Heredoc[];
  /** BuildKit's node values after the keyword, in dump order (the `Next` chain). */
  buildkitArgs: string[];
  /** BuildKit's `json=true` attribute. */
  json: boolean;
  /** The joined logical line (continuations removed, comment lines dropped), BuildKit's `Original`. */
  original: string;
  /** Text after the keyword and flags, trimmed, with its source mapping. */
  argsText: ShellSource;
  argsStart: number;
  /** 1-based physical lines, BuildKit's StartLine/EndLine (heredoc bodies included). */
  startLine: number;
  endLine: number;
  /** Comment lines directly above (BuildKit's PrevComment semantics). */
  prevComments: string[];
  /** The continuation contained an empty or whitespace-only line. */
  emptyContinuationLine: boolean;
  /** For an ONBUILD trigger, the wrapping instruction. */
  parent: Instruction | null;
}

export interface Dockerfile {
  /** The parsed text (a leading BOM removed). */
  text: string;
  hadBom: boolean;
  escapeChar: '\\' | '`';
  directives: Directive[];
  comments: Comment[];
  instructions: Instruction[];
  diagnostics: Diagnostic[];
  /** Offsets where each physical line starts; `lineStarts[0] === 0`. */
  lineStarts: number[];
}
