/**
 * How the rest of the page acts on the editor without loading Monaco: the editor registers a
 * handle once it is up. Until then, text changes go straight to the store (the editor starts from
 * it) and a reveal waits for the editor.
 */
import type { Range } from '../../engine/index';
import { setState, type DocumentKind } from '../state/store';

export interface EditorHandle {
  /** Replaces a document's text as one undoable edit. */
  replaceText(kind: DocumentKind, text: string): void;
  /** Shows the Dockerfile, selects `range` and scrolls it into view. */
  reveal(range: Range, focus: boolean): void;
}

let handle: EditorHandle | null = null;
let pendingReveal: Range | null = null;

export function attachEditor(editor: EditorHandle): () => void {
  handle = editor;
  if (pendingReveal !== null) editor.reveal(pendingReveal, false);
  pendingReveal = null;
  return () => {
    if (handle === editor) handle = null;
  };
}

export function replaceDocument(kind: DocumentKind, text: string): void {
  if (handle !== null) handle.replaceText(kind, text);
  else setState(kind === 'dockerfile' ? { dockerfile: text } : { dockerignore: text });
}

export function revealInEditor(range: Range, focus = true): void {
  setState({ activeDocument: 'dockerfile' });
  if (handle !== null) handle.reveal(range, focus);
  else pendingReveal = range;
}
