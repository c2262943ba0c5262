import type { Diagnostic, DiagnosticSeverity } from '../engine/index';
import { usePlaygroundStore } from './store';

/** In the order the summary lists them, most serious first. */
const SEVERITY_NOUNS: Record<DiagnosticSeverity, [singular: string, plural: string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
};

function summarize(diagnostics: Diagnostic[]): string {
  if (diagnostics.length === 0) return 'No problems';
  return Object.entries(SEVERITY_NOUNS)
    .flatMap(([severity, [singular, plural]]) => {
      const count = diagnostics.filter((diagnostic) => diagnostic.severity === severity).length;
      return count === 0 ? [] : [`${count} ${count === 1 ? singular : plural}`];
    })
    .join(' · ');
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.range.startLine - b.range.startLine || a.range.startColumn - b.range.startColumn;
}

export interface DiagnosticsPanelProps {
  onSelect(diagnostic: Diagnostic): void;
}

export function DiagnosticsPanel({ onSelect }: DiagnosticsPanelProps) {
  const analysis = usePlaygroundStore((state) => state.analysis);

  return (
    <section className="panel" aria-labelledby="diagnostics-heading">
      <div className="panel-header">
        <h2 id="diagnostics-heading">Problems</h2>
        <p className="panel-summary" role="status">
          {analysis.status === 'pending' && 'Analysing…'}
          {analysis.status === 'failed' && 'Analysis failed'}
          {analysis.status === 'done' && summarize(analysis.diagnostics)}
        </p>
      </div>
      {analysis.status === 'failed' && <p className="panel-message">The engine stopped with: {analysis.message}</p>}
      {analysis.status === 'done' && analysis.diagnostics.length > 0 && (
        <ol className="diagnostics" aria-label="Problems">
          {analysis.diagnostics.toSorted(byPosition).map((diagnostic, index) => (
            // Each analysis replaces the whole list and items hold no state, so position is identity enough.
            <li key={index}>
              <button type="button" className="diagnostic" onClick={() => onSelect(diagnostic)}>
                <span className={`severity severity-${diagnostic.severity}`}>{diagnostic.severity}</span>
                <span className="diagnostic-line">Line {diagnostic.range.startLine}</span>
                <span className="diagnostic-message">{diagnostic.message}</span>
                <code className="diagnostic-code">{diagnostic.code}</code>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
