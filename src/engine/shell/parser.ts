/**
 * A tolerant POSIX-shell (plus common bash) tokenizer that recovers simple commands, argv words,
 * operators and redirects with exact offsets. It recognises just enough grammar — reserved words,
 * subshells, groups, `case`, `for`, `[[ ]]`, arithmetic, here-documents — to know which words are
 * command names; it never evaluates anything and never throws.
 */
import type {
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

/** Deep enough for any real script, shallow enough that recursion cannot overflow the stack. */
const MAX_NESTING = 100;

const TAB = 0x09;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const SPACE = 0x20;
const DOUBLE_QUOTE = 0x22;
const HASH = 0x23;
const DOLLAR = 0x24;
const AMPERSAND = 0x26;
const SINGLE_QUOTE = 0x27;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const PLUS = 0x2b;
const DASH = 0x2d;
const SEMICOLON = 0x3b;
const LESS = 0x3c;
const EQUALS = 0x3d;
const GREATER = 0x3e;
const BACKSLASH = 0x5c;
const BACKTICK = 0x60;
const OPEN_BRACE = 0x7b;
const PIPE = 0x7c;
const CLOSE_BRACE = 0x7d;

/** How the word reader treats an ASCII character; everything else is PLAIN. */
const PLAIN = 0;
/** Ends a word: blanks, newline and the operator characters `; & | < > ( )`. */
const META = 1;
const ESCAPE = 2;
const QUOTE = 3;
const DOUBLE = 4;
const EXPANSION = 5;
const COMMAND_QUOTE = 6;

const BASE_CLASSES = (() => {
  const classes = new Uint8Array(128);
  for (const ch of ' \t\r\n;&|<>()') classes[ch.charCodeAt(0)] = META;
  classes[BACKSLASH] = ESCAPE;
  classes[SINGLE_QUOTE] = QUOTE;
  classes[DOUBLE_QUOTE] = DOUBLE;
  classes[DOLLAR] = EXPANSION;
  classes[BACKTICK] = COMMAND_QUOTE;
  return classes;
})();

const RESERVED_WORDS = new Set([
  'if', 'then', 'else', 'elif', 'fi', 'for', 'select', 'while', 'until', 'do', 'done',
  'case', 'esac', 'in', 'function', '!', '{', '}', '[[',
]);
const LONGEST_RESERVED_WORD = 8;

const ANSI_C_ESCAPES: Record<string, string> = {
  n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', v: '\v',
  '\\': '\\', "'": "'", '"': '"', '?': '?',
};
const ANSI_C_ESCAPE_PATTERN = /\\(x[0-9a-fA-F]{1,2}|u[0-9a-fA-F]{1,4}|U[0-9a-fA-F]{1,8}|[0-7]{1,3}|c.|[^])/g;

/** What ends a command list: the end of the text (or of a backtick range), a closer, or a `case` item. */
type ListCloser = 'none' | 'paren' | 'brace' | 'case-item';
type ListEnd = 'limit' | 'closed' | 'case-break' | 'esac';

interface OpenKeyword {
  closer: 'fi' | 'done';
  opener: string;
  start: number;
  end: number;
}

interface PendingHeredoc {
  delimiter: string;
  stripTabs: boolean;
  start: number;
  end: number;
}

interface Snapshot {
  pos: number;
  commands: number;
  operators: number;
  errors: number;
  heredocs: PendingHeredoc[];
  hasPipe: boolean;
}

function isNameStart(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isNameChar(code: number): boolean {
  return isNameStart(code) || isDigit(code);
}

/** `$@ $* $# $? $- $$ $!` */
function isSpecialParameter(code: number): boolean {
  return code === 0x40 || code === 0x2a || code === HASH || code === 0x3f || code === DASH || code === DOLLAR || code === 0x21;
}

function decodeAnsiC(body: string): string {
  return body.replace(ANSI_C_ESCAPE_PATTERN, (sequence: string, escape: string) => {
    const kind = escape[0] ?? '';
    let codePoint: number;
    if (escape.length > 1 && (kind === 'x' || kind === 'u' || kind === 'U')) codePoint = parseInt(escape.slice(1), 16);
    else if (kind >= '0' && kind <= '7') codePoint = parseInt(escape, 8);
    else if (escape.length > 1 && kind === 'c') return String.fromCharCode(escape.charCodeAt(1) & 0x1f);
    else return ANSI_C_ESCAPES[escape] ?? sequence;
    return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : sequence;
  });
}

export function parseShell(text: string, options: ShellParseOptions = {}): ShellScript {
  return new ShellParser(text, options.escapeChar).parse();
}

class ShellParser {
  private readonly text: string;
  private pos = 0;
  /** Where scanning stops: the text's end, or the closing backtick of the substitution being parsed. */
  private limit: number;
  private nesting = 0;
  private hasPipe = false;
  private readonly escape: number;
  private readonly classes: Uint8Array;
  private readonly commands: SimpleCommand[] = [];
  private readonly operators: ShellOperator[] = [];
  private readonly errors: ShellError[] = [];
  private pendingHeredocs: PendingHeredoc[] = [];
  /**
   * Openings `$((`/`((` already found to be a subshell, so backtracking never repeats itself.
   * Created on the first such opening: most scripts have none.
   */
  private notArithmetic: Set<number> | null = null;

  constructor(text: string, escapeChar = '\\') {
    this.text = text;
    this.limit = text.length;
    const escape = escapeChar.length === 1 && escapeChar.charCodeAt(0) < 128 ? escapeChar.charCodeAt(0) : BACKSLASH;
    this.escape = escape;
    this.classes = BASE_CLASSES;
    if (escape !== BACKSLASH) {
      this.classes = BASE_CLASSES.slice();
      this.classes[BACKSLASH] = PLAIN;
      this.classes[escape] = ESCAPE;
    }
  }

  parse(): ShellScript {
    this.parseList(0, 'none');
    for (const heredoc of this.pendingHeredocs) {
      this.error(`here-document '${heredoc.delimiter}' has no body`, heredoc.start, heredoc.end);
    }
    const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;
    return {
      commands: this.commands.sort(byStart),
      operators: this.operators,
      hasPipe: this.hasPipe,
      errors: this.errors.sort(byStart),
    };
  }

  private code(index: number): number {
    return index < this.limit ? this.text.charCodeAt(index) : -1;
  }

  private error(message: string, start: number, end: number): void {
    this.errors.push({ message, start, end: Math.max(start, end) });
  }

  private addOperator(op: Operator, start: number, end: number): void {
    this.operators.push({ op, start, end });
    this.pos = end;
  }

  /** Guards every recursive descent; past the limit the rest of the text is given up. */
  private enter(): boolean {
    if (this.nesting >= MAX_NESTING) {
      this.error('nesting too deep; the rest is not analysed', this.pos, this.limit);
      this.pos = this.limit;
      return false;
    }
    this.nesting++;
    return true;
  }

  private snapshot(): Snapshot {
    return {
      pos: this.pos,
      commands: this.commands.length,
      operators: this.operators.length,
      errors: this.errors.length,
      heredocs: this.pendingHeredocs.slice(),
      hasPipe: this.hasPipe,
    };
  }

  private restore(snapshot: Snapshot): void {
    this.pos = snapshot.pos;
    this.commands.length = snapshot.commands;
    this.operators.length = snapshot.operators;
    this.errors.length = snapshot.errors;
    this.pendingHeredocs = snapshot.heredocs;
    this.hasPipe = snapshot.hasPipe;
  }

  private skipBlanks(): void {
    while (this.pos < this.limit) {
      const c = this.text.charCodeAt(this.pos);
      if (c === SPACE || c === TAB || c === CARRIAGE_RETURN) this.pos++;
      else if (c === this.escape && this.code(this.pos + 1) === NEWLINE) this.pos += 2;
      else return;
    }
  }

  private skipComment(): void {
    const newline = this.text.indexOf('\n', this.pos);
    this.pos = newline === -1 || newline > this.limit ? this.limit : newline;
  }

  /** Skips blanks, comments and newlines (reading any here-document bodies they release). */
  private skipLinebreaks(): void {
    for (;;) {
      this.skipBlanks();
      const c = this.code(this.pos);
      if (c === HASH) this.skipComment();
      else if (c === NEWLINE) this.consumeNewline();
      else return;
    }
  }

  private consumeNewline(): void {
    this.pos++;
    if (this.pendingHeredocs.length > 0) this.skipHeredocBodies();
  }

  /** End of the reserved word at the cursor, or -1 when the next word is not one. */
  private reservedWordEnd(): number {
    const start = this.pos;
    let end = start;
    while (end < this.limit) {
      const c = this.text.charCodeAt(end);
      if (c >= 128) return -1;
      const kind = this.classes[c];
      if (kind === META) break;
      if (kind !== PLAIN || end - start >= LONGEST_RESERVED_WORD) return -1;
      end++;
    }
    return end > start && RESERVED_WORDS.has(this.text.slice(start, end)) ? end : -1;
  }

  private consumeReservedWord(word: string): boolean {
    const end = this.reservedWordEnd();
    if (end < 0 || this.text.slice(this.pos, end) !== word) return false;
    this.pos = end;
    return true;
  }

  private parseList(depth: number, closer: ListCloser): ListEnd {
    if (!this.enter()) return 'limit';
    const end = this.parseListItems(depth, closer);
    this.nesting--;
    return end;
  }

  private parseListItems(depth: number, closer: ListCloser): ListEnd {
    const openKeywords: OpenKeyword[] = [];
    /** A command just ended, so a newline here separates commands. */
    let commandEnded = false;
    while (this.skipBlanks(), this.pos < this.limit) {
      const start = this.pos;
      const c = this.text.charCodeAt(start);
      const next = this.code(start + 1);
      switch (c) {
        case HASH:
          this.skipComment();
          continue;
        case NEWLINE:
          if (commandEnded) this.operators.push({ op: '\n', start, end: start + 1 });
          commandEnded = false;
          this.consumeNewline();
          continue;
        case SEMICOLON:
          if (next === SEMICOLON || next === AMPERSAND) {
            const end = next === SEMICOLON && this.code(start + 2) === AMPERSAND ? start + 3 : start + 2;
            this.pos = end;
            if (closer === 'case-item') return this.closeList(openKeywords, 'case-break');
            this.error(`unexpected '${this.text.slice(start, end)}' outside 'case'`, start, end);
          } else {
            this.addOperator(';', start, start + 1);
          }
          commandEnded = false;
          continue;
        case AMPERSAND:
          if (next === GREATER) break;
          if (next === AMPERSAND) this.addOperator('&&', start, start + 2);
          else this.addOperator('&', start, start + 1);
          commandEnded = false;
          continue;
        case PIPE:
          if (next === PIPE) {
            this.addOperator('||', start, start + 2);
          } else {
            this.addOperator('|', start, next === AMPERSAND ? start + 2 : start + 1);
            this.hasPipe = true;
          }
          commandEnded = false;
          continue;
        case CLOSE_PAREN:
          this.pos++;
          if (closer === 'paren') return this.closeList(openKeywords, 'closed');
          this.error("unexpected ')'", start, start + 1);
          continue;
        case OPEN_PAREN:
          if (commandEnded) this.error("unexpected '(' after a command", start, start + 1);
          this.parseParenthesized(depth);
          commandEnded = true;
          this.skipTrailingRedirects(depth);
          continue;
      }

      const keywordEnd = this.reservedWordEnd();
      if (keywordEnd < 0) {
        commandEnded = this.parseSimpleCommand(depth);
        continue;
      }
      const keyword = this.text.slice(start, keywordEnd);
      this.pos = keywordEnd;
      commandEnded = false;
      switch (keyword) {
        case 'if':
          openKeywords.push({ closer: 'fi', opener: keyword, start, end: keywordEnd });
          break;
        case 'while':
        case 'until':
          openKeywords.push({ closer: 'done', opener: keyword, start, end: keywordEnd });
          break;
        case 'for':
        case 'select':
          this.parseForHeader(depth);
          openKeywords.push({ closer: 'done', opener: keyword, start, end: keywordEnd });
          break;
        case 'fi':
        case 'done':
          if (openKeywords.at(-1)?.closer === keyword) openKeywords.pop();
          else this.error(`unexpected '${keyword}'`, start, keywordEnd);
          commandEnded = true;
          this.skipTrailingRedirects(depth);
          break;
        case 'case':
          this.parseCase(depth, start);
          commandEnded = true;
          this.skipTrailingRedirects(depth);
          break;
        case 'esac':
          if (closer === 'case-item') {
            this.pos = start;
            return this.closeList(openKeywords, 'esac');
          }
          this.error("unexpected 'esac'", start, keywordEnd);
          break;
        case '{':
          if (this.parseList(depth + 1, 'brace') !== 'closed') this.error("'{' without matching '}'", start, keywordEnd);
          commandEnded = true;
          this.skipTrailingRedirects(depth);
          break;
        case '}':
          if (closer === 'brace') return this.closeList(openKeywords, 'closed');
          this.error("unexpected '}'", start, keywordEnd);
          break;
        case '[[':
          this.skipConditional(depth, start);
          commandEnded = true;
          this.skipTrailingRedirects(depth);
          break;
        case 'function':
          this.skipBlanks();
          this.readWord(depth);
          this.skipFunctionParens();
          break;
        case 'in':
          this.error("unexpected 'in'", start, keywordEnd);
          break;
        // `then`, `else`, `elif`, `do` and `!` only introduce the commands that follow.
      }
    }
    return this.closeList(openKeywords, 'limit');
  }

  private closeList(openKeywords: OpenKeyword[], end: ListEnd): ListEnd {
    for (const open of openKeywords) {
      this.error(`'${open.opener}' without matching '${open.closer}'`, open.start, open.end);
    }
    return end;
  }

  /** At `(`: an arithmetic command `(( … ))`, or a subshell. */
  private parseParenthesized(depth: number): void {
    const start = this.pos;
    if (this.code(start + 1) === OPEN_PAREN && this.tryArithmetic(depth, start, start + 2)) return;
    this.pos = start + 1;
    if (this.parseList(depth + 1, 'paren') !== 'closed') this.error("'(' without matching ')'", start, start + 1);
  }

  /** Returns false (with nothing consumed) when `((` turns out to open nested subshells. */
  private tryArithmetic(depth: number, start: number, bodyStart: number): boolean {
    if (this.notArithmetic?.has(start) === true) return false;
    const before = this.snapshot();
    this.pos = bodyStart;
    if (this.scanArithmetic(depth, start)) return true;
    this.restore(before);
    (this.notArithmetic ??= new Set<number>()).add(start);
    return false;
  }

  private scanArithmetic(depth: number, start: number): boolean {
    if (!this.enter()) return true;
    let openParens = 0;
    while (this.pos < this.limit) {
      const c = this.text.charCodeAt(this.pos);
      if (c === CLOSE_PAREN) {
        if (openParens > 0) {
          openParens--;
          this.pos++;
          continue;
        }
        this.nesting--;
        if (this.code(this.pos + 1) !== CLOSE_PAREN) return false;
        this.pos += 2;
        return true;
      }
      if (c === OPEN_PAREN) {
        openParens++;
        this.pos++;
      } else {
        this.skipQuotedOrExpansion(depth, c, false);
      }
    }
    this.nesting--;
    this.error("arithmetic expression without closing '))'", start, this.pos);
    return true;
  }

  /** Inside `${…}` and `$((…))`: steps over one character, or a whole quoted string or nested expansion. */
  private skipQuotedOrExpansion(depth: number, c: number, inDoubleQuotes: boolean): void {
    if (c === this.escape) this.pos = Math.min(this.pos + 2, this.limit);
    else if (c === DOLLAR) this.skipExpansion(depth, inDoubleQuotes);
    else if (c === BACKTICK) this.readBackticks(depth);
    else if (c === DOUBLE_QUOTE) this.readDoubleQuoted(depth);
    else if (c === SINGLE_QUOTE && !inDoubleQuotes) this.readSingleQuoted();
    else this.pos++;
  }

  /**
   * At `$`: steps over a parameter, command or arithmetic expansion and returns true, or over
   * a lone literal `$` and returns false.
   */
  private skipExpansion(depth: number, inDoubleQuotes: boolean): boolean {
    const start = this.pos;
    const next = this.code(start + 1);
    if (next === OPEN_PAREN) {
      if (this.code(start + 2) === OPEN_PAREN && this.tryArithmetic(depth, start, start + 3)) return true;
      this.pos = start + 2;
      this.parseSubstitution(depth, start, 'command substitution');
    } else if (next === OPEN_BRACE) {
      this.pos = start + 2;
      this.scanBraceParameter(depth, start, inDoubleQuotes);
    } else if (isNameStart(next)) {
      this.pos = start + 2;
      while (isNameChar(this.code(this.pos))) this.pos++;
    } else if (isDigit(next) || isSpecialParameter(next)) {
      this.pos = start + 2;
    } else {
      this.pos = start + 1;
      return false;
    }
    return true;
  }

  /** After `$(`, `<(` or `>(`: the commands up to the matching `)`. */
  private parseSubstitution(depth: number, start: number, what: string): void {
    if (this.parseList(depth + 1, 'paren') !== 'closed') this.error(`${what} without closing ')'`, start, this.pos);
  }

  private scanBraceParameter(depth: number, start: number, inDoubleQuotes: boolean): void {
    if (!this.enter()) return;
    let openBraces = 1;
    while (this.pos < this.limit) {
      const c = this.text.charCodeAt(this.pos);
      if (c === CLOSE_BRACE && --openBraces === 0) {
        this.pos++;
        this.nesting--;
        return;
      }
      if (c === OPEN_BRACE) openBraces++;
      this.skipQuotedOrExpansion(depth, c, inDoubleQuotes);
    }
    this.nesting--;
    this.error("parameter expansion '${' without closing '}'", start, this.pos);
  }

  /**
   * At a backtick. The closing backtick is the first unescaped one, whatever quotes lie between,
   * so the range is found first and then parsed as commands with the scan limit pulled in.
   */
  private readBackticks(depth: number): void {
    const start = this.pos;
    let close = start + 1;
    while (close < this.limit) {
      const c = this.text.charCodeAt(close);
      if (c === BACKTICK) break;
      close += c === this.escape ? 2 : 1;
    }
    const outerLimit = this.limit;
    const terminated = close < outerLimit;
    this.limit = Math.min(close, outerLimit);
    this.pos = start + 1;
    this.parseList(depth + 1, 'none');
    this.limit = outerLimit;
    if (terminated) {
      this.pos = close + 1;
    } else {
      this.pos = outerLimit;
      this.error('command substitution without closing backtick', start, outerLimit);
    }
  }

  /** At `'`: returns the literal text between the quotes. */
  private readSingleQuoted(): string {
    const start = this.pos;
    const close = this.text.indexOf("'", start + 1);
    if (close === -1 || close >= this.limit) {
      this.pos = this.limit;
      this.error('unterminated single quote', start, this.limit);
      return this.text.slice(start + 1, this.limit);
    }
    this.pos = close + 1;
    return this.text.slice(start + 1, close);
  }

  /** At `$'`: returns the decoded ANSI-C string. */
  private readAnsiC(): string {
    const start = this.pos;
    let cursor = start + 2;
    while (cursor < this.limit) {
      const c = this.text.charCodeAt(cursor);
      if (c === SINGLE_QUOTE) {
        this.pos = cursor + 1;
        return decodeAnsiC(this.text.slice(start + 2, cursor));
      }
      cursor += c === BACKSLASH ? 2 : 1;
    }
    this.pos = this.limit;
    this.error("unterminated $'…' string", start, this.limit);
    return decodeAnsiC(this.text.slice(start + 2, this.limit));
  }

  /** At `"`: returns the quote-removed text (expansions kept as written) and whether any expansion occurred. */
  private readDoubleQuoted(depth: number): { value: string; dynamic: boolean } {
    const start = this.pos;
    this.pos++;
    let value = '';
    let segment = this.pos;
    let dynamic = false;
    while (this.pos < this.limit) {
      const c = this.text.charCodeAt(this.pos);
      if (c === DOUBLE_QUOTE) {
        value += this.text.slice(segment, this.pos);
        this.pos++;
        return { value, dynamic };
      }
      if (c === this.escape) {
        const next = this.code(this.pos + 1);
        if (next === NEWLINE) {
          value += this.text.slice(segment, this.pos);
          this.pos += 2;
          segment = this.pos;
        } else if (next === DOLLAR || next === BACKTICK || next === DOUBLE_QUOTE || next === this.escape) {
          value += this.text.slice(segment, this.pos);
          segment = this.pos + 1;
          this.pos += 2;
        } else {
          this.pos++;
        }
      } else if (c === DOLLAR) {
        if (this.skipExpansion(depth, true)) dynamic = true;
      } else if (c === BACKTICK) {
        this.readBackticks(depth);
        dynamic = true;
      } else {
        this.pos++;
      }
    }
    this.error('unterminated double quote', start, this.limit);
    return { value: value + this.text.slice(segment, this.limit), dynamic };
  }

  /** Reads one shell word at the cursor; null when the cursor is on a blank or an operator. */
  private readWord(depth: number): ShellWord | null {
    const start = this.pos;
    let value = '';
    let segment = start;
    let quoted = false;
    let dynamic = false;
    scan: while (this.pos < this.limit) {
      const c = this.text.charCodeAt(this.pos);
      switch (c < 128 ? this.classes[c] : PLAIN) {
        case PLAIN:
          this.pos++;
          break;
        case META:
          if ((c === LESS || c === GREATER) && this.pos === start && this.code(this.pos + 1) === OPEN_PAREN) {
            this.pos += 2;
            this.parseSubstitution(depth, start, 'process substitution');
            dynamic = true;
            break;
          }
          break scan;
        case ESCAPE:
          if (this.pos + 1 >= this.limit) {
            this.pos++;
            break;
          }
          if (this.text.charCodeAt(this.pos + 1) === NEWLINE) {
            // A continuation right before a blank belongs between words, not to this one.
            const after = this.code(this.pos + 2);
            if (after < 0 || (after < 128 && this.classes[after] === META)) break scan;
            value += this.text.slice(segment, this.pos);
            segment = this.pos + 2;
          } else {
            value += this.text.slice(segment, this.pos);
            quoted = true;
            segment = this.pos + 1;
          }
          this.pos += 2;
          break;
        case QUOTE:
          value += this.text.slice(segment, this.pos) + this.readSingleQuoted();
          segment = this.pos;
          quoted = true;
          break;
        case DOUBLE: {
          value += this.text.slice(segment, this.pos);
          const inner = this.readDoubleQuoted(depth);
          value += inner.value;
          segment = this.pos;
          quoted = true;
          dynamic ||= inner.dynamic;
          break;
        }
        case EXPANSION: {
          const next = this.code(this.pos + 1);
          if (next === SINGLE_QUOTE || next === DOUBLE_QUOTE) {
            value += this.text.slice(segment, this.pos);
            if (next === SINGLE_QUOTE) {
              value += this.readAnsiC();
            } else {
              this.pos++;
              const inner = this.readDoubleQuoted(depth);
              value += inner.value;
              dynamic ||= inner.dynamic;
            }
            segment = this.pos;
            quoted = true;
          } else if (this.skipExpansion(depth, false)) {
            dynamic = true;
          }
          break;
        }
        case COMMAND_QUOTE:
          this.readBackticks(depth);
          dynamic = true;
          break;
      }
    }
    if (this.pos === start) return null;
    const raw = this.text.slice(start, this.pos);
    value = segment === start ? raw : value + this.text.slice(segment, this.pos);
    return { raw, value, start, end: this.pos, dynamic, quoted };
  }

  /** Words, assignments and redirects up to the next operator; false when nothing but a function header was read. */
  private parseSimpleCommand(depth: number): boolean {
    const start = this.pos;
    const assignments: Assignment[] = [];
    const words: ShellWord[] = [];
    const redirects: Redirect[] = [];
    let end = start;
    while (this.skipBlanks(), this.pos < this.limit) {
      const c = this.text.charCodeAt(this.pos);
      if (c === HASH) break;
      const redirect = this.readRedirect(depth);
      if (redirect) {
        redirects.push(redirect);
        end = redirect.end;
        continue;
      }
      if (words.length === 0) {
        const assignment = this.readAssignment(depth);
        if (assignment) {
          assignments.push(assignment);
          end = assignment.end;
          continue;
        }
      }
      const word = this.readWord(depth);
      if (!word) break;
      words.push(word);
      end = word.end;
      if (words.length === 1 && assignments.length === 0 && redirects.length === 0 && this.skipFunctionParens()) {
        return false;
      }
    }
    // The list loop only lands here on a word or redirect; should that ever change, step on rather than loop forever.
    if (end === start) {
      this.error(`unexpected '${this.text[start]}'`, start, start + 1);
      this.pos = start + 1;
      return false;
    }
    this.commands.push({ kind: 'command', assignments, words, redirects, start, end, depth });
    return true;
  }

  /** Consumes the `()` of a function definition, if the cursor is on one. */
  private skipFunctionParens(): boolean {
    const before = this.pos;
    this.skipBlanks();
    if (this.code(this.pos) === OPEN_PAREN) {
      this.pos++;
      this.skipBlanks();
      if (this.code(this.pos) === CLOSE_PAREN) {
        this.pos++;
        return true;
      }
    }
    this.pos = before;
    return false;
  }

  private readAssignment(depth: number): Assignment | null {
    const start = this.pos;
    if (!isNameStart(this.code(start))) return null;
    let nameEnd = start + 1;
    while (isNameChar(this.code(nameEnd))) nameEnd++;
    let valueStart: number;
    if (this.code(nameEnd) === EQUALS) valueStart = nameEnd + 1;
    else if (this.code(nameEnd) === PLUS && this.code(nameEnd + 1) === EQUALS) valueStart = nameEnd + 2;
    else return null;
    this.pos = valueStart;
    const value = this.code(valueStart) === OPEN_PAREN ? this.readArrayValue(depth) : this.readWord(depth);
    return { name: this.text.slice(start, nameEnd), value, start, end: value ? value.end : valueStart };
  }

  /** At the `(` of `name=(a b c)`. */
  private readArrayValue(depth: number): ShellWord {
    const start = this.pos;
    this.pos++;
    let quoted = false;
    let dynamic = false;
    for (;;) {
      this.skipLinebreaks();
      const c = this.code(this.pos);
      if (c === CLOSE_PAREN) {
        this.pos++;
        break;
      }
      const element = this.readWord(depth);
      if (!element) {
        this.error("array assignment without closing ')'", start, this.pos);
        break;
      }
      quoted ||= element.quoted;
      dynamic ||= element.dynamic;
    }
    const raw = this.text.slice(start, this.pos);
    return { raw, value: raw, start, end: this.pos, dynamic, quoted };
  }

  /** Reads `[n]op target` at the cursor, or returns null without moving. */
  private readRedirect(depth: number): Redirect | null {
    const start = this.pos;
    let cursor = start;
    while (isDigit(this.code(cursor))) cursor++;
    const hasDescriptor = cursor > start;
    const c = this.code(cursor);
    const next = this.code(cursor + 1);
    let opEnd: number;
    if (c === AMPERSAND) {
      if (hasDescriptor || next !== GREATER) return null;
      opEnd = this.code(cursor + 2) === GREATER ? cursor + 3 : cursor + 2;
    } else if (c === GREATER) {
      if (!hasDescriptor && next === OPEN_PAREN) return null;
      opEnd = next === GREATER || next === AMPERSAND || next === PIPE ? cursor + 2 : cursor + 1;
    } else if (c === LESS) {
      if (!hasDescriptor && next === OPEN_PAREN) return null;
      if (next === LESS) {
        const third = this.code(cursor + 2);
        opEnd = third === LESS || third === DASH ? cursor + 3 : cursor + 2;
      } else {
        opEnd = next === AMPERSAND || next === GREATER ? cursor + 2 : cursor + 1;
      }
    } else {
      return null;
    }
    const op = this.text.slice(start, opEnd);
    const operator = this.text.slice(cursor, opEnd);
    this.pos = opEnd;
    this.skipBlanks();
    const target = this.readWord(depth);
    const end = target ? target.end : opEnd;
    if (!target) {
      this.pos = opEnd;
      this.error(`redirect '${op}' without a target`, start, opEnd);
    } else if (operator === '<<' || operator === '<<-') {
      this.pendingHeredocs.push({ delimiter: target.value, stripTabs: operator === '<<-', start, end });
    }
    return { op, target, start, end };
  }

  /** Redirects after a compound command (`done < file`, `} > log`): consumed so here-documents register. */
  private skipTrailingRedirects(depth: number): void {
    for (;;) {
      this.skipBlanks();
      if (!this.readRedirect(depth)) return;
    }
  }

  /** Skips the bodies of every here-document opened on the line that just ended. */
  private skipHeredocBodies(): void {
    const heredocs = this.pendingHeredocs;
    this.pendingHeredocs = [];
    for (const heredoc of heredocs) {
      let terminated = false;
      while (!terminated && this.pos < this.limit) {
        const newline = this.text.indexOf('\n', this.pos);
        const lineEnd = newline === -1 || newline > this.limit ? this.limit : newline;
        let lineStart = this.pos;
        if (heredoc.stripTabs) while (lineStart < lineEnd && this.text.charCodeAt(lineStart) === TAB) lineStart++;
        const contentEnd = lineEnd > lineStart && this.text.charCodeAt(lineEnd - 1) === CARRIAGE_RETURN ? lineEnd - 1 : lineEnd;
        terminated = contentEnd - lineStart === heredoc.delimiter.length && this.text.startsWith(heredoc.delimiter, lineStart);
        this.pos = Math.min(lineEnd + 1, this.limit);
      }
      if (!terminated) {
        this.error(`here-document without its '${heredoc.delimiter}' line`, heredoc.start, heredoc.end);
      }
    }
  }

  /** After `for`/`select`: the loop variable and word list, which are not commands. */
  private parseForHeader(depth: number): void {
    this.skipBlanks();
    const start = this.pos;
    if (this.code(start) === OPEN_PAREN && this.code(start + 1) === OPEN_PAREN) {
      if (!this.tryArithmetic(depth, start, start + 2)) this.error("malformed 'for ((…))'", start, start + 2);
      return;
    }
    this.readWord(depth);
    let sawIn = false;
    for (;;) {
      this.skipBlanks();
      const c = this.code(this.pos);
      if (c < 0 || c === HASH || (c < 128 && this.classes[c] === META)) return;
      if (!sawIn && this.consumeReservedWord('in')) {
        sawIn = true;
        continue;
      }
      if (!sawIn && this.reservedWordEnd() >= 0) return;
      this.readWord(depth);
    }
  }

  /** After `case`: subject, `in`, then `pattern) commands ;;` items up to `esac`. */
  private parseCase(depth: number, caseStart: number): void {
    this.skipBlanks();
    this.readWord(depth);
    this.skipLinebreaks();
    if (!this.consumeReservedWord('in')) {
      this.error("expected 'in' after the 'case' word", caseStart, this.pos);
      return;
    }
    for (;;) {
      this.skipLinebreaks();
      if (this.pos >= this.limit) {
        this.error("'case' without matching 'esac'", caseStart, caseStart + 4);
        return;
      }
      if (this.consumeReservedWord('esac') || !this.skipCasePattern(depth)) return;
      if (this.parseList(depth, 'case-item') === 'limit') {
        this.error("'case' without matching 'esac'", caseStart, caseStart + 4);
        return;
      }
    }
  }

  private skipCasePattern(depth: number): boolean {
    if (this.code(this.pos) === OPEN_PAREN) this.pos++;
    for (;;) {
      this.skipBlanks();
      this.readWord(depth);
      this.skipBlanks();
      const c = this.code(this.pos);
      if (c === PIPE) {
        this.pos++;
      } else if (c === CLOSE_PAREN) {
        this.pos++;
        return true;
      } else {
        this.error("expected ')' after a 'case' pattern", this.pos, this.pos);
        return false;
      }
    }
  }

  /** After `[[`: operands and operators up to `]]`; `<`, `>`, `(`, `)` are comparisons here, not redirects. */
  private skipConditional(depth: number, start: number): void {
    for (;;) {
      this.skipBlanks();
      const c = this.code(this.pos);
      if (c < 0 || c === SEMICOLON) {
        this.error("'[[' without matching ']]'", start, start + 2);
        return;
      }
      const word = this.readWord(depth);
      if (word?.raw === ']]') return;
      if (!word) this.pos++;
    }
  }
}
