import { memo, useDeferredValue, useEffect, useId, useMemo, useState, type MouseEvent } from 'react';
import { applyEdits } from '../../engine/rules/fixes';
import type { Fix } from '../../engine/index';
import type { StageSummary } from '../analysis/protocol';
import { fixAllSafeFixes } from '../actions';
import { InlineCode } from '../components/InlineCode';
import { replaceDocument, revealInEditor } from '../editor/editorBridge';
import { useAnalysisAfterEditorPaint } from '../analysis/useAnalysisAfterEditorPaint';
import { analysisIsCurrent, getState, notify, setState, showRule, usePlaygroundStore, type Grouping } from '../state/store';
import {
  countBySeverity,
  coversLine,
  filterProblems,
  groupProblems,
  problemsOf,
  summarizeCounts,
  type Problem,
} from './problems';

/** Thousands of rows would make every analysis slow to show; more are a click away. */
const ROWS_PER_GROUP = 200;

const GROUPINGS: { id: Grouping; label: string }[] = [
  { id: 'severity', label: 'Severity' },
  { id: 'category', label: 'Category' },
  { id: 'stage', label: 'Stage' },
];

function applyFix(code: string, fix: Fix): void {
  const { analysis, dockerfile } = getState();
  // Fix offsets belong to the analysed text; after further typing they would land in the wrong place.
  if (analysis.status !== 'done' || analysis.input.dockerfile !== dockerfile) {
    notify('The findings are catching up with your typing — try again in a moment');
    return;
  }
  replaceDocument('dockerfile', applyEdits(dockerfile, fix.edits));
  notify(fix.safety === 'safe' ? `Fixed ${code}: ${fix.title}` : `Applied “${fix.title}” — review the change; Ctrl+Z undoes it`);
}

function openRule(event: MouseEvent, code: string): void {
  event.preventDefault();
  showRule(code);
  history.pushState(null, '', `#rule=${code}`);
}

// Rows and groups re-render only when their own props change: typing flips the panel to busy and
// moves the cursor on every keystroke, and re-rendering hundreds of rows each time held up the editor.
const ProblemRow = memo(function ProblemRow({ problem, atCursor, selected }: { problem: Problem; atCursor: boolean; selected: boolean }) {
  const firstFix = problem.finding?.fixes[0];
  const line = problem.range.startLine;
  return (
    <li className={`problem severity-${problem.severity}${atCursor ? ' at-cursor' : ''}${selected ? ' selected' : ''}`}>
      <button
        type="button"
        className="problem-main"
        aria-current={selected ? 'true' : undefined}
        onClick={() => {
          setState({ selectedFinding: { code: problem.code, start: problem.start } });
          revealInEditor(problem.range);
        }}
      >
        <span className={`severity-badge severity-${problem.severity}`}>{problem.severity}</span>
        <span className="problem-line">Line {line}</span>
        <span className="problem-message">
          <InlineCode text={problem.message} />
        </span>
      </button>
      <div className="problem-meta">
        {problem.kind === 'finding' ? (
          <a className="problem-code" href={`#rule=${problem.code}`} onClick={(event) => openRule(event, problem.code)} aria-label={`Rule ${problem.code}: ${problem.finding?.name ?? ''}`}>
            {problem.code}
          </a>
        ) : (
          <span className="problem-code parse-code">{problem.kind === 'parse' ? `parse error · ${problem.code}` : 'check directive'}</span>
        )}
        {firstFix !== undefined && (
          <button
            type="button"
            className="button small"
            title={`${firstFix.title}${firstFix.safety === 'unsafe' ? ' (review the change: it may alter behaviour)' : ''}`}
            aria-label={`Fix ${problem.code} on line ${line}: ${firstFix.title}`}
            onClick={() => applyFix(problem.code, firstFix)}
          >
            {firstFix.safety === 'safe' ? 'Fix' : 'Try fix'}
          </button>
        )}
      </div>
    </li>
  );
});

const ProblemGroupList = memo(function ProblemGroupList({
  label,
  problems,
  cursorLine,
  selectedKey,
}: {
  label: string;
  problems: Problem[];
  cursorLine: number | null;
  selectedKey: string | null;
}) {
  const [showAll, setShowAll] = useState(false);
  const headingId = useId();
  const shown = showAll ? problems : problems.slice(0, ROWS_PER_GROUP);
  return (
    <div className="problem-group" role="group" aria-labelledby={headingId}>
      <h2 className="group-heading" id={headingId}>
        {label} <span className="count">{problems.length}</span>
      </h2>
      <ul className="problems">
        {shown.map((problem) => (
          <ProblemRow
            key={problem.key}
            problem={problem}
            atCursor={cursorLine !== null && coversLine(problem, cursorLine)}
            selected={selectedKey === `${problem.code}:${problem.start}`}
          />
        ))}
      </ul>
      {shown.length < problems.length && (
        <button type="button" className="button small show-more" onClick={() => setShowAll(true)}>
          Show {problems.length - shown.length} more
        </button>
      )}
    </div>
  );
});

/** How long the list may lag behind the text before it is dimmed. */
const DIM_AFTER_MS = 300;

/**
 * Whether the list has been stale for DIM_AFTER_MS. A CSS transition delay would do the same on
 * screen, but Chromium repaints the list on every frame while such a transition waits, and typing
 * starts one on every keystroke: that made each keystroke's markers about 15 ms later.
 */
function useLagging(stale: boolean): boolean {
  const [lagging, setLagging] = useState(false);
  useEffect(() => {
    if (!stale) {
      setLagging(false);
      return;
    }
    const timer = setTimeout(() => setLagging(true), DIM_AFTER_MS);
    return () => clearTimeout(timer);
  }, [stale]);
  return stale && lagging;
}

const NO_PROBLEMS: readonly Problem[] = [];
const NO_STAGES: readonly StageSummary[] = [];

export function FindingsPanel() {
  const analysis = usePlaygroundStore((state) => state.analysis);
  const grouping = usePlaygroundStore((state) => state.grouping);
  const filter = usePlaygroundStore((state) => state.filter);
  const cursorLine = usePlaygroundStore((state) => state.cursorLine);
  const selectedFinding = usePlaygroundStore((state) => state.selectedFinding);
  // Rendering a long list must not hold up typing or the editor's markers.
  const deferredAnalysis = useDeferredValue(useAnalysisAfterEditorPaint());
  // While typing, the list shows an earlier analysis; it is marked busy (and, after a while, dimmed) until it shows the current one.
  const stale = usePlaygroundStore((state) => !analysisIsCurrent(state, deferredAnalysis));
  const lagging = useLagging(stale);
  const deferredFilter = useDeferredValue(filter);

  const problems = deferredAnalysis.status === 'done' ? problemsOf(deferredAnalysis) : NO_PROBLEMS;
  const visible = useMemo(() => filterProblems(problems, deferredFilter), [problems, deferredFilter]);
  const stages = deferredAnalysis.status === 'done' ? deferredAnalysis.result.stages : NO_STAGES;
  const groups = useMemo(() => groupProblems(visible, grouping, stages), [visible, grouping, stages]);
  const hasSafeFix = useMemo(() => problems.some((problem) => problem.finding?.fixes.some((fix) => fix.safety === 'safe')), [problems]);
  const summary = useMemo(() => summarizeCounts(countBySeverity(problems)), [problems]);
  const selectedKey = selectedFinding === null ? null : `${selectedFinding.code}:${selectedFinding.start}`;

  return (
    <div className={`findings-panel${lagging ? ' lagging' : ''}`} aria-busy={stale}>
      <div className="panel-toolbar">
        <p className="panel-summary" role="status" aria-live="polite">
          {analysis.status === 'pending' && 'Analysing…'}
          {analysis.status === 'failed' && 'Analysis failed'}
          {analysis.status === 'done' && summary}
        </p>
        {hasSafeFix && (
          <button type="button" className="button small" onClick={() => void fixAllSafeFixes()}>
            Fix all safe
          </button>
        )}
      </div>
      <div className="panel-toolbar">
        <input
          type="search"
          className="filter-input"
          placeholder="Filter: code, message, category…"
          aria-label="Filter findings"
          value={filter}
          onChange={(event) => setState({ filter: event.target.value })}
        />
        <label className="group-by">
          Group by{' '}
          <select value={grouping} onChange={(event) => setState({ grouping: event.target.value as Grouping })}>
            {GROUPINGS.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {analysis.status === 'failed' && <p className="panel-message error">The engine stopped with: {analysis.message}</p>}
      {deferredAnalysis.status === 'done' && problems.length === 0 && (
        <div className="empty-state">
          <p className="empty-title">No findings</p>
          <p>Nothing to report with the current settings. Try an example from the Examples menu, or paste your own Dockerfile.</p>
        </div>
      )}
      {problems.length > 0 && visible.length === 0 && (
        <div className="empty-state">
          <p className="empty-title">No findings match “{filter}”</p>
          <button type="button" className="button small" onClick={() => setState({ filter: '' })}>
            Clear the filter
          </button>
        </div>
      )}
      <div className="problem-groups">
        {groups.map((group) => (
          <ProblemGroupList key={`${grouping}:${group.key}`} label={group.label} problems={group.problems} cursorLine={cursorLine} selectedKey={selectedKey} />
        ))}
      </div>
    </div>
  );
}
