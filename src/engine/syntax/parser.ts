import { isGoSpace, trimmedEnd, trimmedStart } from './chars.js';
import { findHeredocMarkers, type HeredocMarker } from './heredoc.js';
import { buildInstruction, diagnostic, type BuildContext } from './instruction.js';
import { JoinedLine } from './joined.js';
import { LineIndex } from './lines.js';
import { Span, spanWith } from './nodes.js';
import type { Comment, Diagnostic, Directive, DirectiveName, Dockerfile, Heredoc, Instruction } from './types.js';

/** BuildKit's `reDirective`, with `[^\n]` for Go's `.` (JavaScript's `.` also stops at \r and U+2028). */
const DIRECTIVE = /^#[ \t]*([a-zA-Z][a-zA-Z0-9]*)[ \t]*=[ \t]*([^\n]+?)[ \t]*$/;
const DIRECTIVE_NAMES: ReadonlySet<string> = new Set<DirectiveName>(['syntax', 'escape', 'check']);
const MAX_LINE_BYTES = 65535;

function utf8Length(text: string, from: number, to: number): number {
  let bytes = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Parses a Dockerfile exactly as BuildKit's parser does, but never stops at an error. */
export function parseDockerfile(input: string): Dockerfile {
  const hadBom = input.charCodeAt(0) === 0xfeff;
  const text = hadBom ? input.slice(1) : input;
  const index = new LineIndex(text);
  const lineStarts = index.lineStarts;
  const lineCount = text.length === 0 ? 0 : text.endsWith('\n') ? lineStarts.length - 1 : lineStarts.length;

  const diagnostics: Diagnostic[] = [];
  const directives: Directive[] = [];
  const comments: Comment[] = [];
  const instructions: Instruction[] = [];
  let escapeChar: '\\' | '`' = '\\';
  let directivesDone = false;
  const seenDirectives = new Set<string>();

  const lineStart = (line: number): number => lineStarts[line] as number;
  /** End of the line's content: before the `\n` and any trailing `\r`. */
  const lineContentEnd = (line: number): number => {
    let end = line + 1 < lineStarts.length ? (lineStarts[line + 1] as number) - 1 : text.length;
    const start = lineStart(line);
    while (end > start && text.charCodeAt(end - 1) === 0x0d) end--;
    return end;
  };
  const lineEndWithNewline = (line: number): number =>
    line + 1 < lineStarts.length ? (lineStarts[line + 1] as number) : text.length;

  const report = (code: Diagnostic['code'], message: string, start: number, end: number, layer: Diagnostic['layer'] = 'parser'): void => {
    diagnostics.push({ code, severity: 'error', layer, message, range: index.range(start, end), start, end });
  };

  /** BuildKit's `possibleParserDirective`; returns true when the line is a directive. */
  const readDirective = (start: number, end: number): boolean => {
    if (directivesDone) return false;
    const content = text.slice(start, end);
    const match = DIRECTIVE.exec(content);
    const name = match?.[1]?.toLowerCase();
    if (match === null || name === undefined || !DIRECTIVE_NAMES.has(name)) {
      directivesDone = true;
      return false;
    }
    if (seenDirectives.has(name)) {
      report('duplicate-directive', `only one ${name} parser directive can be used`, start, end);
      return true;
    }
    seenDirectives.add(name);
    const value = match[2] as string;
    const nameStart = start + content.indexOf(match[1] as string);
    const valueStart = start + content.indexOf(value, content.indexOf('=') + 1);
    directives.push(
      spanWith(start, end, index, {
        name: name as DirectiveName,
        value,
        nameRange: index.range(nameStart, nameStart + (match[1] as string).length),
        valueRange: index.range(valueStart, valueStart + value.length),
      }),
    );
    if (name === 'escape') {
      if (value === '\\' || value === '`') escapeChar = value;
      else report('invalid-escape', `invalid escape token '${value}' does not match \` or \\`, valueStart, valueStart + value.length);
    }
    return true;
  };

  /** BuildKit's continuation test: the escape char, then only spaces/tabs, not itself escaped. */
  const continuationAt = (start: number, end: number): number => {
    let last = end - 1;
    while (last >= start && (text.charCodeAt(last) === 0x20 || text.charCodeAt(last) === 0x09)) last--;
    if (last < start || text[last] !== escapeChar) return -1;
    if (last === start) return last;
    return text[last - 1] === escapeChar ? -1 : last;
  };

  /** One joined line and context serve every instruction: nothing keeps them past its instruction. */
  const joined = new JoinedLine(index);
  const context: BuildContext = { joined, escapeChar, diagnostics };
  /** Shared by every instruction without comments above it. */
  const noComments: string[] = [];
  let prevComments: string[] = noComments;
  let inStage = false;
  let reportedNoStage = false;
  let line = 0;
  while (line < lineCount) {
    const physicalStart = lineStart(line);
    const contentEnd = lineContentEnd(line);
    if (contentEnd - physicalStart >= MAX_LINE_BYTES / 3 && utf8Length(text, physicalStart, contentEnd) >= MAX_LINE_BYTES) {
      report('line-too-long', `dockerfile line greater than max allowed size of ${MAX_LINE_BYTES}`, physicalStart, contentEnd);
    }
    let contentStart = physicalStart;
    while (contentStart < contentEnd && isGoSpace(text.charCodeAt(contentStart))) contentStart++;
    const isDirective = readDirective(contentStart, contentEnd);
    const startLine = line;
    line++;

    if (text.charCodeAt(contentStart) === 0x23 && contentStart < contentEnd) {
      comments.push(spanWith(contentStart, contentEnd, index, { text: text.slice(contentStart + 1, contentEnd), inContinuation: false }));
      if (!isDirective) {
        const from = trimmedStart(text, physicalStart + 1, contentEnd);
        const trimmed = text.slice(from, trimmedEnd(text, from, contentEnd));
        if (trimmed === '') prevComments = noComments;
        else if (prevComments === noComments) prevComments = [trimmed];
        else prevComments.push(trimmed);
      }
      continue;
    }
    if (contentStart === contentEnd) continue;

    joined.reset();
    let continuation = continuationAt(contentStart, contentEnd);
    joined.append(text, contentStart, continuation === -1 ? contentEnd : continuation);
    let lastLine = startLine;
    let hasEmptyContinuation = false;
    while (continuation !== -1 && line < lineCount) {
      const start = lineStart(line);
      const end = lineContentEnd(line);
      readDirective(start, end);
      line++;
      let firstNonSpace = start;
      while (firstNonSpace < end && isGoSpace(text.charCodeAt(firstNonSpace))) firstNonSpace++;
      if (firstNonSpace < end && text.charCodeAt(firstNonSpace) === 0x23) {
        comments.push(spanWith(firstNonSpace, end, index, { text: text.slice(firstNonSpace + 1, end), inContinuation: true }));
        lastLine = line - 1;
        continue;
      }
      lastLine = line - 1;
      if (firstNonSpace === end) {
        hasEmptyContinuation = true;
        continue;
      }
      continuation = continuationAt(start, end);
      joined.append(text, start, continuation === -1 ? end : continuation);
    }

    // Directives are read up to the first instruction, so the escape character is known by now.
    context.escapeChar = escapeChar;
    const { instruction, canContainHeredoc } = buildInstruction(context, 0, joined.text.length, prevComments, null);
    prevComments = noComments;
    instruction.emptyContinuationLine = hasEmptyContinuation;
    let endOffset = lineContentEnd(lastLine);

    if (hasEmptyContinuation) {
      const lastStart = lineStart(lastLine);
      diagnostic(
        context,
        'empty-continuation',
        'parser',
        `Empty continuation line found in: ${joined.text}`,
        0,
        0,
        'warning',
      );
      const warning = diagnostics[diagnostics.length - 1] as Diagnostic;
      warning.start = lastStart;
      warning.end = lineContentEnd(lastLine);
      warning.range = index.range(warning.start, warning.end);
    }

    if (canContainHeredoc && joined.text.includes('<<')) {
      const scan = findHeredocMarkers(joined.text);
      if (scan.error !== null) {
        diagnostic(context, 'heredoc-marker', 'parser', scan.error, 0, joined.text.length);
      }
      // Sized up front (one heredoc per marker): it is kept in the tree, and push leaves unused slots.
      const heredocs = new Array<Heredoc>(scan.markers.length);
      for (let markerIndex = 0; markerIndex < scan.markers.length; markerIndex++) {
        const marker = scan.markers[markerIndex] as HeredocMarker;
        const bodyStart = line < lineCount ? lineStart(line) : text.length;
        let terminated = false;
        let content = '';
        let terminatorLine = -1;
        let scanLine = line;
        while (scanLine < lineCount) {
          const start = lineStart(scanLine);
          const end = lineContentEnd(scanLine);
          let compareStart = start;
          if (marker.chomp) while (compareStart < end && text.charCodeAt(compareStart) === 0x09) compareStart++;
          if (end - compareStart === marker.name.length && text.startsWith(marker.name, compareStart)) {
            terminated = true;
            terminatorLine = scanLine;
            break;
          }
          content += text.slice(start, lineEndWithNewline(scanLine));
          scanLine++;
        }
        const markerWord = joined.word(marker.word.value, marker.word.start, marker.word.end);
        const heredocNode = (end: number, body: Span, terminator: Span | null) =>
          spanWith(markerWord.start, end, index, {
            name: marker.name,
            content,
            expand: marker.expand,
            chomp: marker.chomp,
            fileDescriptor: marker.fileDescriptor,
            marker: markerWord,
            body,
            terminator,
          });
        if (!terminated) {
          report('unterminated-heredoc', 'unterminated heredoc', markerWord.start, markerWord.end);
          // Editors need the lines below: treat them as instructions again rather than as a body.
          heredocs[markerIndex] = heredocNode(text.length, new Span(bodyStart, text.length, index), null);
          continue;
        }
        const bodyEnd = terminatorLine > line ? lineContentEnd(terminatorLine - 1) : bodyStart;
        heredocs[markerIndex] = heredocNode(
          lineContentEnd(terminatorLine),
          new Span(bodyStart, Math.max(bodyStart, bodyEnd), index),
          new Span(lineStart(terminatorLine), lineContentEnd(terminatorLine), index),
        );
        line = terminatorLine + 1;
        lastLine = terminatorLine;
        endOffset = lineContentEnd(terminatorLine);
      }
      const target = instruction.details.kind === 'ONBUILD' ? instruction.details.trigger : instruction;
      if (target !== null) target.heredocs = heredocs;
      if (target !== instruction) instruction.heredocs = heredocs;
    }

    instruction.end = Math.max(instruction.start, endOffset);
    instruction.startLine = startLine + 1;
    instruction.endLine = lastLine + 1;
    instructions.push(instruction);
    if (instruction.name === 'FROM') inStage = true;
    else if (!inStage && !reportedNoStage && instruction.name !== 'ARG') {
      // BuildKit's instruction layer: anything but ARG needs a FROM above it. Reported once.
      reportedNoStage = true;
      if (!diagnostics.some((d) => d.start >= instruction.start && d.start < instruction.end && d.severity === 'error')) {
        report('no-build-stage', 'no build stage in current context', instruction.start, instruction.end, 'instruction');
      }
    }
  }

  if (instructions.length === 0) {
    const at = lineCount === 0 ? 0 : lineStart(lineCount - 1);
    report('empty-file', 'file with no instructions', at, lineCount === 0 ? 0 : lineContentEnd(lineCount - 1));
  }

  return { text, hadBom, escapeChar, directives, comments, instructions, diagnostics, lineStarts };
}
