import { deflateSync } from 'fflate';
import type { Page } from '@playwright/test';
import { encodeBase64Url } from '../src/app/share/base64url';
import { DEFAULT_EXAMPLE } from '../src/data/examples/index';
import { editorText, expect, findingRow, findingRows, openApp, pasteDockerfile, test } from './fixtures';

const SHARED = 'ARG TAG=3.20\nFROM docker.io/library/alpine:${TAG}\nRUN apk add --no-cache curl\n';
const OWN_TEXT = 'FROM alpine:3.20\n# my own work in progress\nRUN echo hello\n';

/** `CODE:line` for every row of the Findings panel, in order. */
async function findingSignature(page: Page): Promise<string[]> {
  const rows = await findingRows(page).all();
  return Promise.all(
    rows.map(async (row) => `${await row.locator('.problem-code').innerText()}:${await row.locator('.problem-line').innerText()}`),
  );
}

async function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Waits for the autosave, which follows typing after a short pause. */
async function waitForAutosave(page: Page, text: string): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('shipshape.workspace') ?? '{}').dockerfile as string | undefined))
    .toBe(text);
}

test('a share link reproduces the text, settings, build args and findings in a fresh browser', async ({ page, browser, baseURL }) => {
  await openApp(page);
  await pasteDockerfile(page, SHARED);
  await page.getByRole('tab', { name: 'Settings' }).click();
  await page.getByLabel('Build arg name').fill('TAG');
  await page.getByLabel('Build arg value').fill('latest');
  await page.getByRole('button', { name: 'Add' }).click();
  await page.getByRole('textbox', { name: /One per line/ }).fill('registry.example.com');
  await page.getByRole('tab', { name: /Findings/ }).click();
  await expect(findingRow(page, 'DL3026')).toBeVisible();
  await expect(findingRow(page, 'DL3007')).toBeVisible();
  await findingRow(page, 'DL3026').locator('.problem-main').click();
  const findings = await findingSignature(page);

  await page.keyboard.press('ControlOrMeta+S');
  await expect(page.getByText('Link copied')).toBeVisible();
  const link = await clipboard(page);
  expect(link).toMatch(/^http:\/\/localhost:\d+\/#share=1\.[A-Za-z0-9_-]+$/);

  const fresh = await browser.newContext({ baseURL });
  const other = await fresh.newPage();
  await other.goto(link);
  await expect.poll(() => editorText(other)).toBe(SHARED.trimEnd());
  await expect(findingRow(other, 'DL3026')).toBeVisible();
  expect(await findingSignature(other)).toEqual(findings);
  // The finding selected when the link was made is selected again.
  await expect(findingRow(other, 'DL3026')).toHaveClass(/selected/);
  // The fragment is cleared once read, so a reload shows the autosave with any later edits.
  expect(new URL(other.url()).hash).toBe('');
  await fresh.close();
});

test('a link can open the Rules panel at a rule', async ({ page }) => {
  await openApp(page, '/#rule=DL3020');
  await expect(page.getByRole('tab', { name: 'Rules' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#rule-DL3020')).toHaveClass(/selected/);
  await expect(page.locator('#rule-DL3020')).toBeInViewport();
  // Only the panel scrolls to the rule, never the page around it.
  await expect(page.getByRole('heading', { name: 'shipshape' })).toBeInViewport();
});

test('broken, hostile and future links show a banner and keep the autosaved text', async ({ page }) => {
  await openApp(page);
  await pasteDockerfile(page, OWN_TEXT);
  await waitForAutosave(page, OWN_TEXT);

  const valid = await (async () => {
    await page.keyboard.press('ControlOrMeta+S');
    await expect(page.getByText('Link copied')).toBeVisible();
    return new URL(await clipboard(page)).hash;
  })();
  const bomb = `#share=1.${encodeBase64Url(deflateSync(new Uint8Array(8 * 1024 * 1024), { level: 9 }))}`;
  const cases: [string, RegExp][] = [
    ['#share=1.%%%not-base64%%%', /malformed/],
    [valid.slice(0, valid.length - 12), /damaged|malformed/],
    ['#share=7.AAAA', /newer version/],
    [bomb, /more than 1 MB/],
  ];
  for (const [index, [hash, message]] of cases.entries()) {
    // The first link opens in a fresh page load; the others arrive while the page is open (hashchange).
    if (index === 0) await page.goto('about:blank');
    await page.goto(`/${hash}`);
    const banner = page.locator('.banner.error');
    await expect(banner).toContainText(message);
    await expect(banner).toContainText('Your own text is unchanged');
    await expect.poll(() => editorText(page)).toBe(OWN_TEXT.trimEnd());
  }
  await page.reload();
  await expect.poll(() => editorText(page)).toBe(OWN_TEXT.trimEnd());
});

test('opening a valid link keeps what was there before, to restore with one click', async ({ page }) => {
  await openApp(page);
  await pasteDockerfile(page, SHARED);
  await page.keyboard.press('ControlOrMeta+S');
  await expect(page.getByText('Link copied')).toBeVisible();
  const link = await clipboard(page);

  await pasteDockerfile(page, OWN_TEXT);
  await waitForAutosave(page, OWN_TEXT);
  await page.goto(link);
  await expect.poll(() => editorText(page)).toBe(SHARED.trimEnd());
  await page.getByRole('button', { name: 'Restore my previous text' }).click();
  await expect.poll(() => editorText(page)).toBe(OWN_TEXT.trimEnd());
});

test('copying a link that carries a likely secret asks first', async ({ page }) => {
  await openApp(page);
  const token = 'ghp_' + 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z5A';
  await pasteDockerfile(page, `FROM alpine:3.20\nENV GITHUB_TOKEN=${token}\n`);
  await page.evaluate(() => navigator.clipboard.writeText('untouched'));

  await page.getByRole('button', { name: 'Copy link' }).click();
  const dialog = page.getByRole('dialog', { name: 'This may contain secrets' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('GitHub token (Dockerfile, line 2)');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await clipboard(page)).toBe('untouched');

  await page.getByRole('button', { name: 'Copy link' }).click();
  await dialog.getByRole('button', { name: 'Copy anyway' }).click();
  await expect.poll(() => clipboard(page)).toMatch(/#share=1\./);
});

test('work is saved across reloads, and "Reset to example" asks first', async ({ page }) => {
  await openApp(page);
  await pasteDockerfile(page, OWN_TEXT);
  await waitForAutosave(page, OWN_TEXT);
  await page.reload();
  await expect.poll(() => editorText(page)).toBe(OWN_TEXT.trimEnd());

  await page.getByRole('button', { name: 'Reset to example' }).click();
  const dialog = page.getByRole('dialog', { name: /Reset to/ });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(() => editorText(page)).toBe(OWN_TEXT.trimEnd());

  await page.getByRole('button', { name: 'Reset to example' }).click();
  await dialog.getByRole('button', { name: 'Reset' }).click();
  await expect.poll(() => editorText(page)).toBe(DEFAULT_EXAMPLE.dockerfile.trimEnd());
});
