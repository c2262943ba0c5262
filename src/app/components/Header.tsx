import { EXAMPLES } from '../../data/examples/index';
import { ENGINE_VERSION } from '../../engine/version';
import { copyMarkdownReport, copyShareLink, downloadReport, loadExample, resetToExample } from '../actions';
import { usePlaygroundStore, setState, type ThemePreference } from '../state/store';
import { NEXT_THEME } from '../theme/theme';
import { Menu } from './Menu';

const THEME_LABELS: Record<ThemePreference, { icon: string; text: string }> = {
  system: { icon: '◐', text: 'Theme: system' },
  light: { icon: '☀', text: 'Theme: light' },
  dark: { icon: '☾', text: 'Theme: dark' },
};

function ExamplesMenu() {
  const exampleId = usePlaygroundStore((state) => state.exampleId);
  return (
    <Menu label="Examples" className="examples-menu">
      {(close) =>
        (['naive', 'optimized'] as const).map((kind) => (
          <div key={kind} className="menu-group" role="group" aria-labelledby={`examples-${kind}`}>
            <p className="menu-group-label" id={`examples-${kind}`}>
              {kind === 'naive' ? 'Naive — with things to fix' : 'Optimized — done well'}
            </p>
            {EXAMPLES.filter((example) => example.kind === kind).map((example) => (
              <button
                key={example.id}
                type="button"
                className="menu-item example-item"
                aria-current={example.id === exampleId ? 'true' : undefined}
                onClick={() => {
                  close();
                  void loadExample(example);
                }}
              >
                <span className="example-title">{example.title}</span>
                <span className="example-description">{example.description}</span>
              </button>
            ))}
          </div>
        ))
      }
    </Menu>
  );
}

function ExportMenu() {
  return (
    <Menu label="Export" className="export-menu">
      {(close) => (
        <>
          <button
            type="button"
            className="menu-item"
            onClick={() => {
              close();
              void copyMarkdownReport();
            }}
          >
            Copy findings as Markdown
            <span className="menu-item-hint">A table for a pull-request comment, with the share link</span>
          </button>
          <button
            type="button"
            className="menu-item"
            onClick={() => {
              close();
              void downloadReport('sarif');
            }}
          >
            Download SARIF
            <span className="menu-item-hint">For code-scanning tools (GitHub, Azure DevOps)</span>
          </button>
          <button
            type="button"
            className="menu-item"
            onClick={() => {
              close();
              void downloadReport('json');
            }}
          >
            Download JSON
            <span className="menu-item-hint">The same report as shipshape lint --format json</span>
          </button>
        </>
      )}
    </Menu>
  );
}

function ThemeToggle() {
  const theme = usePlaygroundStore((state) => state.theme);
  const { icon, text } = THEME_LABELS[theme];
  return (
    <button
      type="button"
      className="button icon-button"
      aria-label={`${text} (click to change)`}
      title={`${text} — click to change`}
      onClick={() => setState({ theme: NEXT_THEME[theme] })}
    >
      <span aria-hidden="true">{icon}</span>
    </button>
  );
}

export function Header() {
  return (
    <header className="app-header">
      <h1 className="brand">shipshape</h1>
      <p className="tagline">Dockerfile playground — nothing leaves your browser</p>
      <nav className="header-actions" aria-label="Playground">
        <ExamplesMenu />
        <button type="button" className="button" onClick={() => void resetToExample()}>
          Reset to example
        </button>
        <button type="button" className="button primary" onClick={() => void copyShareLink()} title="Copy a link to this Dockerfile and its findings (Ctrl+S)">
          Copy link
        </button>
        <ExportMenu />
        <ThemeToggle />
      </nav>
      <span className="version" title="shipshape engine version">
        engine v{ENGINE_VERSION}
      </span>
    </header>
  );
}
