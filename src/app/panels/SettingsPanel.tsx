import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { RuleMeta, Severity } from '../../engine/index';
import { SEVERITIES } from '../../engine/rules/types';
import { ENGINE_VERSION } from '../../engine/version';
import { exportHadolintYaml, importHadolintYaml, setRuleState } from '../actions';
import { confirmDialog } from '../dialogs/dialogs';
import { isDefaultSettings, ruleStateIn } from '../state/settings';
import { getState, notify, setState, usePlaygroundStore } from '../state/store';

function RuleRow({ rule }: { rule: RuleMeta }) {
  const settings = usePlaygroundStore((state) => state.settings);
  const { enabled, severity } = ruleStateIn(settings, rule.code, rule);
  const changed = enabled !== rule.enabledByDefault || (enabled && severity !== rule.severity);
  return (
    <tr className={changed ? 'changed' : undefined}>
      <td>
        <input
          type="checkbox"
          id={`rule-enabled-${rule.code}`}
          checked={enabled}
          onChange={(event) => setRuleState(rule.code, { enabled: event.target.checked, severity })}
        />
      </td>
      <th scope="row">
        <label htmlFor={`rule-enabled-${rule.code}`}>
          <code>{rule.code}</code> <span className="rule-name">{rule.name}</span>
        </label>
      </th>
      <td>
        <select
          aria-label={`Severity of ${rule.code}`}
          value={severity}
          disabled={!enabled}
          onChange={(event) => setRuleState(rule.code, { enabled, severity: event.target.value as Severity })}
        >
          {SEVERITIES.map((level) => (
            <option key={level} value={level}>
              {level}
              {level === rule.severity ? ' (default)' : ''}
            </option>
          ))}
        </select>
      </td>
    </tr>
  );
}

function RuleSettings() {
  const rules = usePlaygroundStore((state) => state.ruleCatalog);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query.toLowerCase());
  const visible = useMemo(
    () => rules.filter((rule) => `${rule.code} ${rule.name} ${rule.description}`.toLowerCase().includes(deferredQuery)),
    [rules, deferredQuery],
  );
  return (
    <section className="settings-section" aria-labelledby="settings-rules">
      <h2 id="settings-rules">Rules</h2>
      <input type="search" className="filter-input" placeholder="Find a rule" aria-label="Find a rule to configure" value={query} onChange={(event) => setQuery(event.target.value)} />
      <table className="rule-settings">
        <thead>
          <tr>
            <th scope="col">On</th>
            <th scope="col">Rule</th>
            <th scope="col">Severity</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((rule) => (
            <RuleRow key={rule.code} rule={rule} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function registryList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

function TrustedRegistries() {
  const registries = usePlaygroundStore((state) => state.settings.trustedRegistries) ?? [];
  const [draft, setDraft] = useState(registries.join('\n'));
  const id = useId();
  // Settings imported from a file replace what is typed here; typing itself must not reformat it.
  if (registryList(draft).join('\n') !== registries.join('\n')) setDraft(registries.join('\n'));
  return (
    <section className="settings-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Trusted registries</h2>
      <label htmlFor={id} className="hint">
        One per line, e.g. <code>docker.io</code> or <code>registry.example.com</code>. When set, images from any other registry are reported (DL3026).
      </label>
      <textarea
        id={id}
        rows={3}
        spellCheck={false}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          setState({ settings: { ...getState().settings, trustedRegistries: registryList(event.target.value) } });
        }}
      />
    </section>
  );
}

function BuildArgs() {
  const buildArgs = usePlaygroundStore((state) => state.buildArgs);
  const entries = Object.entries(buildArgs);
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const id = useId();
  const validName = /^[^\s=]+$/.test(name);
  const setArgs = (next: Record<string, string>) => setState({ buildArgs: next });
  return (
    <section className="settings-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Build args</h2>
      <p className="hint">
        Values for <code>ARG</code>, as <code>docker build --build-arg NAME=value</code> would pass them.
      </p>
      {entries.length > 0 && (
        <ul className="build-args">
          {entries.map(([argName, argValue]) => (
            <li key={argName}>
              <label htmlFor={`${id}-${argName}`}>
                <code>{argName}</code>
              </label>
              <input
                id={`${id}-${argName}`}
                value={argValue}
                spellCheck={false}
                onChange={(event) => setArgs({ ...buildArgs, [argName]: event.target.value })}
              />
              <button
                type="button"
                className="button small"
                aria-label={`Remove build arg ${argName}`}
                onClick={() => setArgs(Object.fromEntries(entries.filter(([other]) => other !== argName)))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="build-arg-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!validName) return;
          setArgs(Object.fromEntries([...entries.filter(([other]) => other !== name), [name, value]]));
          setName('');
          setValue('');
        }}
      >
        <input aria-label="Build arg name" placeholder="NAME" value={name} spellCheck={false} onChange={(event) => setName(event.target.value)} />
        <input aria-label="Build arg value" placeholder="value" value={value} spellCheck={false} onChange={(event) => setValue(event.target.value)} />
        <button type="submit" className="button small" disabled={!validName}>
          Add
        </button>
      </form>
    </section>
  );
}

function HadolintYaml() {
  const [errors, setErrors] = useState<string[]>([]);
  const id = useId();
  return (
    <section className="settings-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>.hadolint.yaml</h2>
      <p className="hint">Bring the settings your CI uses, or take these settings to it. Codes, overrides, ignored rules and trusted registries carry over.</p>
      <div className="button-row">
        <label className="button small file-button">
          Import…
          <input
            type="file"
            accept=".yaml,.yml,text/yaml"
            className="visually-hidden"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file === undefined) return;
              setErrors(await importHadolintYaml(await file.text()));
            }}
          />
        </label>
        <button type="button" className="button small" onClick={() => void exportHadolintYaml()}>
          Export
        </button>
      </div>
      {errors.length > 0 && (
        <ul className="import-errors" aria-label="Problems in the imported file">
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default function SettingsPanel() {
  const settings = usePlaygroundStore((state) => state.settings);
  return (
    <div className="settings-panel">
      <div className="panel-toolbar">
        <p className="panel-summary">{isDefaultSettings(settings) ? 'Default settings' : 'Custom settings'}</p>
        <button
          type="button"
          className="button small"
          disabled={isDefaultSettings(settings)}
          onClick={async () => {
            const confirmed = await confirmDialog({ title: 'Reset all rule settings?', body: ['Every rule goes back to its default state and severity; trusted registries are cleared.'], confirmLabel: 'Reset settings' });
            if (!confirmed) return;
            setState({ settings: {} });
            notify('Settings reset to defaults');
          }}
        >
          Reset settings
        </button>
      </div>
      <BuildArgs />
      <TrustedRegistries />
      <HadolintYaml />
      <RuleSettings />
      <p className="engine-version">shipshape engine v{ENGINE_VERSION}</p>
    </div>
  );
}
