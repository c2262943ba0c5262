/** Messages between the page and the analysis worker. */
import type { Diagnostic } from '../engine/index';

export interface AnalysisRequest {
  /** Increases with every request so the page can tell which reply is current. */
  id: number;
  text: string;
}

/**
 * Only the diagnostics cross the worker boundary: the syntax tree is large (and cyclic through
 * ONBUILD parents), and the page has no use for it yet.
 */
export type AnalysisResponse =
  | { id: number; ok: true; diagnostics: Diagnostic[] }
  | { id: number; ok: false; message: string };
