/**
 * The test fixture every spec uses: it records every request and every Content-Security-Policy
 * violation of the page (and its workers) and fails the test if any request left the origin or
 * the policy blocked anything.
 */
import { expect, test as base, type Page } from '@playwright/test';

interface Guards {
  /** Requests outside the app's origin (data: and blob: URLs stay in the browser). */
  foreignRequests: string[];
  cspViolations: string[];
}

declare global {
  interface Window {
    cspViolations: string[];
  }
}

export const test = base.extend<{ guards: Guards }>({
  context: async ({ context }, use) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await use(context);
  },
  guards: [
    async ({ context, page, baseURL }, use) => {
      const origin = new URL(baseURL ?? '').origin;
      const guards: Guards = { foreignRequests: [], cspViolations: [] };
      // The context also sees requests from workers, which a page listener could miss.
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') guards.foreignRequests.push(request.url());
      });
      await context.addInitScript(() => {
        window.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
        });
      });
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) guards.cspViolations.push(message.text());
      });
      await use(guards);
      for (const open of context.pages()) {
        if (open.isClosed() || open.url() === 'about:blank') continue;
        guards.cspViolations.push(...(await open.evaluate(() => window.cspViolations ?? []).catch(() => [])));
      }
      expect(guards.foreignRequests, 'requests that left the origin').toEqual([]);
      expect(guards.cspViolations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * The editor's text as rendered (all of it, for the short files used here), with Monaco's
 * non-breaking spaces turned back into spaces and without trailing newlines.
 */
export async function editorText(page: Page): Promise<string> {
  const lines = await page.locator('.monaco-editor .view-lines .view-line').evaluateAll((elements) =>
    elements
      .map((element) => ({ top: Number.parseFloat((element as HTMLElement).style.top), text: element.textContent ?? '' }))
      .sort((a, b) => a.top - b.top)
      .map((line) => line.text),
  );
  return lines.join('\n').replace(/\u00a0/g, ' ').replace(/\n+$/, '');
}

export function editor(page: Page) {
  return page.locator('.monaco-editor').first();
}

export function findingsStatus(page: Page) {
  return page.locator('.findings-panel .panel-summary');
}

/** One row per finding in the Findings panel. */
export function findingRows(page: Page) {
  return page.locator('.findings-panel li.problem');
}

export function findingRow(page: Page, code: string) {
  return findingRows(page).filter({ has: page.locator('.problem-code', { hasText: new RegExp(`^${code}$`) }) });
}

/** Opens the app and waits until the editor shows and the first analysis is in. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
  // The Findings tab shows a count once the first analysis is in, whichever panel is open.
  await expect(page.locator('#panel-tab-findings .tab-count')).toBeVisible();
}

/** Replaces the Dockerfile the way a person would: select all, paste. */
export async function pasteDockerfile(page: Page, text: string): Promise<void> {
  await page.getByRole('tab', { name: 'Dockerfile', exact: true }).click();
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.keyboard.press('ControlOrMeta+V');
  await expect.poll(() => editorText(page)).toBe(text.replace(/\n+$/, ''));
}

/** Waits until the findings describe the current text (analysis trails typing a little). */
export async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(250);
  await expect(findingsStatus(page)).not.toHaveText('Analysing…');
}
