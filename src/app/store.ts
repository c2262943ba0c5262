/**
 * Page state. Nothing here is persisted yet: share links (URL) and preferences (localStorage)
 * come later, and each field will then say where it goes.
 */
import { create } from 'zustand';
import type { Diagnostic } from '../engine/index';
import { SAMPLE_DOCKERFILE } from './sampleDockerfile';

export type AnalysisState =
  | { status: 'pending' }
  | { status: 'done'; diagnostics: Diagnostic[] }
  | { status: 'failed'; message: string };

interface PlaygroundState {
  /** The Dockerfile as last typed. */
  text: string;
  /** Findings for the most recently analysed text (which may trail `text` while typing). */
  analysis: AnalysisState;
  setText(text: string): void;
  receiveDiagnostics(diagnostics: Diagnostic[]): void;
  failAnalysis(message: string): void;
}

export const usePlaygroundStore = create<PlaygroundState>()((set) => ({
  text: SAMPLE_DOCKERFILE,
  analysis: { status: 'pending' },
  setText: (text) => set({ text }),
  receiveDiagnostics: (diagnostics) => set({ analysis: { status: 'done', diagnostics } }),
  failAnalysis: (message) => set({ analysis: { status: 'failed', message } }),
}));
