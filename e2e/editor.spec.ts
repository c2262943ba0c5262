import { docs as DL4000Docs } from '../src/engine/rules/catalog/DL4000';
import { editorText, expect, findingRow, findingRows, findingsStatus, openApp, pasteDockerfile, test } from './fixtures';

const ALL_SEVERITIES = `FROM alpine:3.20
MAINTAINER jane@example.com
LABEL Foo_Bar=1
RUN echo one
RUN echo two
FOO bar
`;

test('pasting a Dockerfile shows its findings, with markers of the right severity, also around a parse error', async ({ page }) => {
  await openApp(page);
  await pasteDockerfile(page, ALL_SEVERITIES);

  await expect(findingRow(page, 'DL4000')).toContainText('Line 2');
  await expect(findingRow(page, 'DL3048')).toContainText('Line 3');
  await expect(findingRow(page, 'DL3059')).toContainText('Line 5');
  // The parse error is listed, and the findings around it are not lost.
  const parseError = findingRows(page).filter({ hasText: /unknown instruction: FOO/i });
  await expect(parseError).toContainText('Line 6');
  await expect(parseError).toContainText('error');

  const squiggles = page.locator('.monaco-editor');
  await expect(squiggles.locator('.squiggly-error')).toHaveCount(2);
  await expect(squiggles.locator('.squiggly-info').first()).toBeVisible();
  await expect(squiggles.locator('.squiggly-hint').first()).toBeAttached();
  await expect(squiggles.locator('.squiggly-warning').first()).toBeVisible();
});

test('the hover explains a finding and links to its rule; the explanation loads with the first hover', async ({ page }) => {
  // Every script the page and its workers load, to see where the rule docs come from.
  const scripts: Promise<string>[] = [];
  page.context().on('response', (response) => {
    if (new URL(response.url()).pathname.endsWith('.js')) scripts.push(response.text());
  });
  const holdingTheWhy = async (texts: Promise<string>[]) => (await Promise.all(texts)).filter((text) => text.includes(DL4000Docs.why)).length;

  await openApp(page);
  await pasteDockerfile(page, 'FROM alpine:3.20\nMAINTAINER jane@example.com\n');
  await expect(findingRow(page, 'DL4000')).toBeVisible();
  expect(await holdingTheWhy(scripts)).toBe(0);
  const loadedAtStart = scripts.length;

  await page.locator('.monaco-editor .view-line', { hasText: 'MAINTAINER' }).hover({ position: { x: 30, y: 8 } });
  const hover = page.locator('.monaco-hover').filter({ hasText: 'MAINTAINER is deprecated' });
  await expect(hover).toBeVisible();
  await expect(hover).toContainText('DL4000 · maintainer-deprecated · error');
  // The why, as Monaco renders its Markdown: backticks become code, without the backticks.
  await expect(hover).toContainText(DL4000Docs.why.replaceAll('`', ''));
  expect(await holdingTheWhy(scripts.slice(loadedAtStart))).toBe(1);
  await hover.getByRole('link', { name: 'DL4000 in the Rules panel' }).click();
  await expect(page.getByRole('tab', { name: 'Rules' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#rule-DL4000')).toHaveClass(/selected/);
});

test('a quick fix from the lightbulb menu changes the text and the finding goes away', async ({ page }) => {
  await openApp(page);
  await pasteDockerfile(page, 'FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>\n');
  await expect(findingRow(page, 'DL4000')).toBeVisible();

  await page.locator('.monaco-editor .view-line', { hasText: 'MAINTAINER' }).click();
  await page.keyboard.press('ControlOrMeta+.');
  await page.locator('.action-widget').getByText('Replace with an OCI authors LABEL (DL4000)').click();

  await expect.poll(() => editorText(page)).toBe('FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"');
  await expect(findingRow(page, 'DL4000')).toHaveCount(0);
});

test('"Fix all safe" applies every safe fix and leaves the rest', async ({ page }) => {
  await openApp(page);
  await pasteDockerfile(page, 'FROM alpine:3.20\nMAINTAINER jane@example.com\nRUN apk add curl=8.9.1-r0\n');
  await expect(findingRow(page, 'DL3019')).toBeVisible();

  await page.getByRole('button', { name: 'Fix all safe' }).click();

  await expect.poll(() => editorText(page)).toBe(
    'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="jane@example.com"\nRUN apk add --no-cache curl=8.9.1-r0',
  );
  await expect(findingRow(page, 'DL4000')).toHaveCount(0);
  await expect(findingRow(page, 'DL3019')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /Applied 2 safe fixes/ })).toBeVisible();
  // One undo step brings the original back.
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => editorText(page)).toContain('MAINTAINER jane@example.com');
});

test('"Ignore here" inserts a hadolint pragma above the instruction, indented like it', async ({ page }) => {
  await openApp(page);
  await pasteDockerfile(page, 'FROM alpine:3.20\n  RUN apk add --no-cache curl\n');
  await expect(findingRow(page, 'DL3018')).toBeVisible();

  await page.locator('.monaco-editor .view-line', { hasText: 'apk add' }).click();
  await page.keyboard.press('ControlOrMeta+.');
  await page.locator('.action-widget').getByText('Ignore DL3018 here', { exact: true }).click();

  await expect.poll(() => editorText(page)).toBe('FROM alpine:3.20\n  # hadolint ignore=DL3018\n  RUN apk add --no-cache curl');
  await expect(findingRow(page, 'DL3018')).toHaveCount(0);
});

test('"Disable rule" turns the rule off in the settings', async ({ page }) => {
  await openApp(page);
  await pasteDockerfile(page, 'FROM alpine:3.20\nRUN apk add --no-cache curl\n');
  await expect(findingRow(page, 'DL3018')).toBeVisible();

  await page.locator('.monaco-editor .view-line', { hasText: 'apk add' }).click();
  await page.keyboard.press('ControlOrMeta+.');
  await page.locator('.action-widget').getByText('Disable DL3018 in settings').click();

  await expect(findingRow(page, 'DL3018')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Settings' }).click();
  await expect(page.getByRole('checkbox', { name: /DL3018/ })).not.toBeChecked();
});

test('F8 walks from one finding to the next', async ({ page }) => {
  await openApp(page);
  await pasteDockerfile(page, 'FROM alpine:3.20\nMAINTAINER jane@example.com\nRUN apk add --no-cache curl\nUSER 10001\n');
  await expect(findingRow(page, 'DL3018')).toBeVisible();

  await page.locator('.monaco-editor .view-line', { hasText: 'FROM' }).click();
  await page.keyboard.press('F8');
  await expect(page.locator('.marker-widget')).toContainText('MAINTAINER is deprecated');
  await page.keyboard.press('F8');
  await expect(page.locator('.marker-widget')).toContainText('Pin versions in apk add');
});

test('a keyboard alone can go from a finding to its fix', async ({ page }) => {
  await openApp(page);
  await pasteDockerfile(page, 'FROM alpine:3.20\nMAINTAINER jane@example.com\n');
  await expect(findingRow(page, 'DL4000')).toBeVisible();

  await page.getByRole('tab', { name: /Findings/ }).focus();
  // Tab through the panel's controls to the first finding.
  for (let step = 0; step < 8; step++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('problem-main'))) break;
  }
  await expect(page.locator('.problem-main:focus')).toContainText('MAINTAINER is deprecated');
  await page.keyboard.press('Enter');
  // The editor now has focus with the finding selected; Ctrl+. opens its fixes and Enter applies the preferred one.
  await expect(page.locator('.monaco-editor.focused')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+.');
  await expect(page.locator('.action-widget').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect.poll(() => editorText(page)).toBe('FROM alpine:3.20\nLABEL org.opencontainers.image.authors="jane@example.com"');
});

test('the cursor line highlights its findings, and clicking a finding selects its range', async ({ page }) => {
  await openApp(page);
  await pasteDockerfile(page, 'FROM alpine:3.20\nMAINTAINER jane@example.com\nRUN apk add --no-cache curl\n');
  await expect(findingRow(page, 'DL3018')).toBeVisible();

  await page.locator('.monaco-editor .view-line', { hasText: 'apk add' }).click();
  await expect(findingRow(page, 'DL3018')).toHaveClass(/at-cursor/);
  await expect(findingRow(page, 'DL4000')).not.toHaveClass(/at-cursor/);

  await findingRow(page, 'DL4000').locator('.problem-main').click();
  await expect(page.locator('.monaco-editor.focused .active-line-number')).toHaveText('2');
  await expect(page.locator('.monaco-editor .selected-text')).toHaveCount(1);
  await expect(findingRow(page, 'DL4000')).toHaveClass(/selected/);
});

test('the findings list filters, groups and says when it is empty', async ({ page }) => {
  await openApp(page);
  await pasteDockerfile(page, 'FROM alpine:3.20 AS build\nRUN apk add --no-cache curl\nFROM scratch\nMAINTAINER jane@example.com\n');
  await expect(findingRow(page, 'DL3018')).toBeVisible();

  await page.getByRole('searchbox', { name: 'Filter findings' }).fill('maintainer');
  await expect(findingRows(page)).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Filter findings' }).fill('');

  await page.getByLabel('Group by').selectOption('stage');
  await expect(page.locator('.group-heading')).toContainText([/Stage 1 · “build”/, /Stage 2 · unnamed/]);
  await page.getByLabel('Group by').selectOption('category');
  await expect(page.locator('.group-heading').first()).toBeVisible();

  await pasteDockerfile(page, 'FROM scratch\nCOPY --chown=10001:10001 app /app\nUSER 10001\nENTRYPOINT ["/app"]\n');
  await expect(findingsStatus(page)).toHaveText('No findings');
  await expect(page.getByText('No findings', { exact: true }).last()).toBeVisible();
});
