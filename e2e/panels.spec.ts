import { readFile } from 'node:fs/promises';
import { docs as DL3008Docs } from '../src/engine/rules/catalog/DL3008';
import { editorText, expect, findingRow, openApp, pasteDockerfile, test } from './fixtures';

const NAIVE = 'FROM ubuntu:latest\nRUN apt-get update && apt-get install -y curl\n';

test('a finding links to its rule, and a rule example opens in the editor', async ({ page }) => {
  await openApp(page);
  await pasteDockerfile(page, NAIVE);
  await findingRow(page, 'DL3008').getByRole('link', { name: /DL3008/ }).click();

  await expect(page.getByRole('tab', { name: 'Rules' })).toHaveAttribute('aria-selected', 'true');
  const rule = page.locator('#rule-DL3008');
  await expect(rule).toHaveClass(/selected/);
  await expect(rule).toBeInViewport();
  // The docs load with the panel: the why and every example are there when the rule shows.
  await expect(rule.locator('.rule-why')).toHaveText(DL3008Docs.why.replaceAll('`', ''));
  await expect(rule.locator('.rule-example.bad pre')).toHaveText(DL3008Docs.examples.bad);
  await expect(rule.locator('.rule-example.good pre')).toHaveText(DL3008Docs.examples.good);
  await expect(rule.getByText('Bad', { exact: true }).first()).toBeVisible();
  await expect(rule.getByText('Good', { exact: true }).first()).toBeVisible();

  const bad = (await rule.locator('.rule-example.bad pre').first().textContent()) ?? '';
  await rule.getByRole('button', { name: /Open the bad example 1 of DL3008/ }).click();
  // The pasted text is the user's own: replacing it asks first.
  await page.getByRole('dialog').getByRole('button', { name: 'Replace' }).click();
  await expect.poll(() => editorText(page)).toBe(bad.trimEnd());
  await expect(findingRow(page, 'DL3008')).toBeVisible();
});

test('the rules panel lists every rule and can be searched', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Rules' }).click();
  // The panel's code loads when it is first opened.
  await expect(page.locator('.rule').first()).toBeVisible();
  const count = await page.locator('.rule').count();
  expect(count).toBeGreaterThan(20);
  await page.getByRole('searchbox', { name: 'Search rules' }).fill('StageNameCasing');
  await expect(page.locator('.rule').first()).toContainText('StageNameCasing');
  expect(await page.locator('.rule').count()).toBeLessThan(count);
});

test('settings change severities, and .hadolint.yaml goes in and out', async ({ page }) => {
  await openApp(page);
  await pasteDockerfile(page, NAIVE);
  await expect(findingRow(page, 'DL3007').locator('.severity-badge')).toHaveText('warning');

  await page.getByRole('tab', { name: 'Settings' }).click();
  await page.getByRole('searchbox', { name: 'Find a rule to configure' }).fill('DL3007');
  await page.getByLabel('Severity of DL3007').selectOption('error');
  await page.getByRole('tab', { name: /Findings/ }).click();
  await expect(findingRow(page, 'DL3007').locator('.severity-badge')).toHaveText('error');

  await page.getByRole('tab', { name: 'Settings' }).click();
  await page.locator('input[type=file]').setInputFiles({ name: '.hadolint.yaml', mimeType: 'text/yaml', buffer: Buffer.from('ignored:\n  - DL3008\n') });
  await expect(page.getByText('Imported .hadolint.yaml')).toBeVisible();
  await page.getByRole('tab', { name: /Findings/ }).click();
  await expect(findingRow(page, 'DL3008')).toHaveCount(0);
  // Importing replaces the settings: DL3007 is back to its default.
  await expect(findingRow(page, 'DL3007').locator('.severity-badge')).toHaveText('warning');

  await page.getByRole('tab', { name: 'Settings' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).last().click();
  const yaml = await readFile(await (await download).path(), 'utf8');
  expect(yaml).toContain('ignored:');
  expect(yaml).toContain('DL3008');
});

test('findings export as SARIF, JSON and a Markdown table with the share link', async ({ page }) => {
  await openApp(page);
  await pasteDockerfile(page, NAIVE);
  await expect(findingRow(page, 'DL3007')).toBeVisible();

  const exportMenu = page.locator('.export-menu').getByRole('button', { name: 'Export' });
  await exportMenu.click();
  let download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download SARIF/ }).click();
  const sarif = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  expect(sarif.version).toBe('2.1.0');
  expect(sarif.runs[0].results.map((result: { ruleId: string }) => result.ruleId)).toContain('DL3007');

  await exportMenu.click();
  download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download JSON/ }).click();
  const json = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  expect(json.tool.name).toBe('shipshape');
  expect(json.files[0].findings.map((finding: { code: string }) => finding.code)).toContain('DL3008');

  await exportMenu.click();
  await page.getByRole('button', { name: /Copy findings as Markdown/ }).click();
  await expect(page.getByText('Findings copied as a Markdown table')).toBeVisible();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toContain('| Line | Code | Severity | Message |');
  expect(markdown).toMatch(/\[Open this Dockerfile in shipshape\]\(http:\/\/localhost:\d+\/#share=1\./);
});

test('on a narrow screen the panels stack under the editor', async ({ page }) => {
  await page.setViewportSize({ width: 700, height: 900 });
  await openApp(page);
  const editorBox = await page.locator('.editor-pane').boundingBox();
  const panelBox = await page.locator('.side-pane').boundingBox();
  expect(editorBox && panelBox && panelBox.y >= editorBox.y + editorBox.height - 1).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(700);
});
