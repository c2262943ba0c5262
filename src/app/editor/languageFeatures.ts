/**
 * What the editor knows about findings: markers, the hover with the rule's why and docs links,
 * quick fixes (a finding's own fixes, "Ignore here", "Disable rule", "Fix all safe fixes"), and
 * in-page handling of `#rule=` links.
 */
import type { Finding, Range, RuleDocs, RuleMeta } from '../../engine/index';
import { disableRule, fixAllSafeFixes } from '../actions';
import { fetchRuleDocs } from '../analysis/ruleDocs';
import { problemsOf } from '../panels/problems';
import { getState, showRule, usePlaygroundStore, type AnalysisState } from '../state/store';
import { ignoreHereEdit } from './ignorePragma';
import { MARKER_SOURCE, markerFieldsOf, ruleFromFragment, ruleLink } from './markers';
import { monaco } from './monaco';

type TextModel = monaco.editor.ITextModel;

const COMMAND_FIX_ALL = 'shipshape.fixAllSafe';
const COMMAND_DISABLE_RULE = 'shipshape.disableRule';

function toMonacoRange(range: Range): monaco.IRange {
  return { startLineNumber: range.startLine, startColumn: range.startColumn, endLineNumber: range.endLine, endColumn: range.endColumn };
}

/**
 * The findings of an analysis of exactly the Dockerfile's current text; offsets of any other text
 * would be wrong. The store holds the model's text (CodeEditor keeps it in step), and comparing
 * with it is cheaper than building the model's text again on every keystroke.
 */
function currentFindings(analysis: AnalysisState): Finding[] | null {
  if (analysis.status !== 'done' || analysis.input.dockerfile !== getState().dockerfile) return null;
  return analysis.result.findings;
}

function metaOf(code: string): RuleMeta | undefined {
  return getState().ruleCatalog.find((rule) => rule.code === code);
}

function showMarkers(model: TextModel, analysis: AnalysisState): void {
  if (analysis.status !== 'done' || currentFindings(analysis) === null) return;
  // One link per rule rather than per marker: a long file has hundreds of markers of a few rules.
  const ruleLinks = new Map<string, monaco.Uri>();
  const linkTo = (code: string) => {
    let link = ruleLinks.get(code);
    if (link === undefined) {
      link = monaco.Uri.parse(ruleLink(code, location.href));
      ruleLinks.set(code, link);
    }
    return link;
  };
  const markers = problemsOf(analysis).map((problem): monaco.editor.IMarkerData => {
    const fields = markerFieldsOf(problem);
    return {
      ...toMonacoRange(fields.range),
      severity: monaco.MarkerSeverity[fields.level],
      message: fields.message,
      code: fields.linksToRule ? { value: fields.code, target: linkTo(fields.code) } : fields.code,
      source: MARKER_SOURCE,
    };
  });
  monaco.editor.setModelMarkers(model, MARKER_SOURCE, markers);
}

function containsPosition(range: Range, position: monaco.Position): boolean {
  const afterStart = position.lineNumber > range.startLine || (position.lineNumber === range.startLine && position.column >= range.startColumn);
  const beforeEnd = position.lineNumber < range.endLine || (position.lineNumber === range.endLine && position.column <= range.endColumn);
  return afterStart && beforeEnd;
}

function hoverFor(finding: Finding, meta: RuleMeta | undefined, docs: RuleDocs | undefined): monaco.IMarkdownString {
  const links = [`[${finding.code} in the Rules panel](${ruleLink(finding.code, location.href)})`];
  if (meta?.url !== undefined) links.push(`[External docs ↗](${meta.url})`);
  // Rule docs are our own text, written with Markdown's backticks; nothing from the Dockerfile goes in.
  const lines = [`**${finding.code}** · ${finding.name} · ${finding.severity}`];
  if (docs !== undefined) lines.push(docs.why);
  lines.push(links.join(' · '));
  return { value: lines.join('\n\n') };
}

function ruleLinkOpener(): monaco.IDisposable {
  return monaco.editor.registerLinkOpener({
    open(resource) {
      const sameDocument = `${resource.scheme}:` === location.protocol && resource.authority === location.host && resource.path === location.pathname;
      const code = sameDocument ? ruleFromFragment(resource.fragment) : null;
      if (code === null) return false;
      showRule(code);
      history.pushState(null, '', `#rule=${code}`);
      return true;
    },
  });
}

function codeActionsFor(model: TextModel, range: monaco.Range, markers: monaco.editor.IMarkerData[]): monaco.languages.CodeAction[] {
  const findings = currentFindings(getState().analysis);
  if (findings === null) return [];
  const here = findings.filter((finding) => finding.range.startLine <= range.endLineNumber && finding.range.endLine >= range.startLineNumber);
  const actions: monaco.languages.CodeAction[] = [];
  const versionId = model.getVersionId();
  const edit = (textEdits: { range: monaco.IRange; text: string }[]): monaco.languages.WorkspaceEdit => ({
    edits: textEdits.map((textEdit) => ({ resource: model.uri, versionId, textEdit })),
  });
  for (const finding of here) {
    const diagnostics = markers.filter((marker) => (typeof marker.code === 'object' ? marker.code.value : marker.code) === finding.code);
    finding.fixes.forEach((fix, index) => {
      actions.push({
        title: `${fix.title} (${finding.code})`,
        kind: 'quickfix',
        diagnostics,
        isPreferred: index === 0 && fix.safety === 'safe',
        edit: edit(
          fix.edits.map((textEdit) => {
            const start = model.getPositionAt(textEdit.start);
            const end = model.getPositionAt(textEdit.end);
            return { range: monaco.Range.fromPositions(start, end), text: textEdit.text };
          }),
        ),
      });
    });
  }
  for (const code of new Set(here.map((finding) => finding.code))) {
    const finding = here.find((candidate) => candidate.code === code) as Finding;
    const pragma = ignoreHereEdit(model.getLinesContent(), model.getEOL(), finding.line, code);
    if (pragma !== null) {
      actions.push({ title: `Ignore ${code} here`, kind: 'quickfix', edit: edit([{ range: toMonacoRange(pragma.range), text: pragma.text }]) });
    }
    actions.push({
      title: `Disable ${code} in settings`,
      kind: 'quickfix',
      command: { id: COMMAND_DISABLE_RULE, title: `Disable ${code}`, arguments: [code] },
    });
  }
  if (here.length > 0 && findings.some((finding) => finding.fixes.some((fix) => fix.safety === 'safe'))) {
    actions.push({ title: 'Fix all safe fixes in the file', kind: 'quickfix', command: { id: COMMAND_FIX_ALL, title: 'Fix all safe fixes' } });
  }
  return actions;
}

/** Registers everything once per page; returns what undoes it. */
export function registerLanguageFeatures(dockerfileModel: TextModel): monaco.IDisposable {
  const disposables: monaco.IDisposable[] = [
    ruleLinkOpener(),
    monaco.editor.registerCommand(COMMAND_FIX_ALL, () => void fixAllSafeFixes()),
    monaco.editor.registerCommand(COMMAND_DISABLE_RULE, (_accessor, code: string) => disableRule(code)),
    monaco.languages.registerHoverProvider('dockerfile', {
      async provideHover(model, position) {
        if (model !== dockerfileModel) return null;
        const findings = currentFindings(getState().analysis)?.filter((finding) => containsPosition(finding.range, position)) ?? [];
        if (findings.length === 0) return null;
        // The first hover fetches the docs; Monaco shows "Loading…" until they are in.
        const docs = await fetchRuleDocs();
        return { contents: findings.map((finding) => hoverFor(finding, metaOf(finding.code), docs?.[finding.code])) };
      },
    }),
    monaco.languages.registerCodeActionProvider(
      'dockerfile',
      {
        provideCodeActions(model, range, context) {
          if (model !== dockerfileModel) return { actions: [], dispose() {} };
          return { actions: codeActionsFor(model, range, context.markers), dispose() {} };
        },
      },
      { providedCodeActionKinds: ['quickfix'] },
    ),
  ];
  const unsubscribe = usePlaygroundStore.subscribe((state, previous) => {
    if (state.analysis !== previous.analysis) showMarkers(dockerfileModel, state.analysis);
  });
  showMarkers(dockerfileModel, getState().analysis);
  return {
    dispose() {
      unsubscribe();
      for (const disposable of disposables) disposable.dispose();
    },
  };
}
