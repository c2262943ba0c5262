import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { RuleDocs, RuleMeta } from '../../engine/index';
import { openRuleExample } from '../actions';
import { InlineCode } from '../components/InlineCode';
import { usePlaygroundStore } from '../state/store';
import { categoryLabel } from './problems';

const FIX_LABELS: Record<RuleMeta['fix'], string | null> = { none: null, safe: 'safe fix', unsafe: 'fix to review' };

function matches(rule: RuleMeta, docs: RuleDocs | undefined, words: string[]): boolean {
  const haystack = [rule.code, rule.name, rule.description, docs?.why ?? '', rule.category, rule.severity, ...rule.refs].join('\n').toLowerCase();
  return words.every((word) => haystack.includes(word));
}

function RuleExamples({ code, examples }: { code: string; examples: RuleDocs['examples'] }) {
  const sets = [
    { kind: 'bad' as const, title: 'Bad', texts: examples.bad },
    { kind: 'good' as const, title: 'Good', texts: examples.good },
  ];
  return (
    <div className="rule-examples">
      {sets.flatMap(({ kind, title, texts }) =>
        texts.map((text, index) => (
          <figure key={`${kind}${index}`} className={`rule-example ${kind}`}>
            <figcaption>
              <span className="example-kind">{title}</span>
              <button type="button" className="button small" onClick={() => void openRuleExample(code, kind, text)} aria-label={`Open the ${title.toLowerCase()} example ${index + 1} of ${code} in the editor`}>
                Open in editor
              </button>
            </figcaption>
            <pre>
              <code>{text}</code>
            </pre>
          </figure>
        )),
      )}
    </div>
  );
}

/** `docs` is missing only when loading them failed (App.tsx waits for them). */
function RuleArticle({ rule, docs, selected }: { rule: RuleMeta; docs: RuleDocs | undefined; selected: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!selected) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [selected]);
  const fix = FIX_LABELS[rule.fix];
  return (
    <article className={`rule${selected ? ' selected' : ''}`} id={`rule-${rule.code}`} aria-labelledby={`rule-heading-${rule.code}`}>
      <h2 id={`rule-heading-${rule.code}`} ref={heading} tabIndex={-1}>
        <code>{rule.code}</code> <span className="rule-name">{rule.name}</span>
      </h2>
      <p className="rule-tags">
        <span className={`severity-badge severity-${rule.severity}`}>{rule.severity}</span>
        <span className="tag">{categoryLabel(rule.category)}</span>
        {fix !== null && <span className="tag">{fix}</span>}
        {!rule.enabledByDefault && <span className="tag">off by default</span>}
      </p>
      <p className="rule-description">
        <InlineCode text={rule.description} />
      </p>
      {docs !== undefined && (
        <p className="rule-why">
          <InlineCode text={docs.why} />
        </p>
      )}
      {(rule.refs.length > 0 || rule.url !== undefined) && (
        <p className="rule-refs">
          {rule.refs.length > 0 && <>Also known as {rule.refs.join(', ')}. </>}
          {rule.url !== undefined && (
            <a href={rule.url} target="_blank" rel="noopener noreferrer">
              External documentation<span className="visually-hidden"> for {rule.code} (opens in a new tab)</span> ↗
            </a>
          )}
        </p>
      )}
      {docs !== undefined && <RuleExamples code={rule.code} examples={docs.examples} />}
    </article>
  );
}

export default function RulesPanel() {
  const rules = usePlaygroundStore((state) => state.ruleCatalog);
  const docs = usePlaygroundStore((state) => state.ruleDocs);
  const selectedRule = usePlaygroundStore((state) => state.selectedRule);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const visible = useMemo(() => {
    const words = deferredQuery.toLowerCase().split(/\s+/).filter(Boolean);
    return rules.filter((rule) => matches(rule, docs?.[rule.code], words));
  }, [rules, docs, deferredQuery]);
  // A rule opened from a finding stays visible even when the search would hide it.
  const shown = selectedRule !== null && !visible.some((rule) => rule.code === selectedRule) ? [...rules.filter((rule) => rule.code === selectedRule), ...visible] : visible;

  return (
    <div className="rules-panel">
      <div className="panel-toolbar">
        <input type="search" className="filter-input" placeholder="Search rules" aria-label="Search rules" value={query} onChange={(event) => setQuery(event.target.value)} />
        <p className="panel-summary" role="status">
          {rules.length === 0 ? 'Loading rules…' : `${visible.length} of ${rules.length} rules`}
        </p>
      </div>
      <div className="rule-list">
        {shown.map((rule) => (
          <RuleArticle key={rule.code} rule={rule} docs={docs?.[rule.code]} selected={rule.code === selectedRule} />
        ))}
        {rules.length > 0 && visible.length === 0 && <p className="empty-state">No rule matches “{query}”.</p>}
      </div>
    </div>
  );
}
