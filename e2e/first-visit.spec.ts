import AxeBuilder from '@axe-core/playwright';
import { DEFAULT_EXAMPLE } from '../src/data/examples/index';
import { editorText, expect, findingRows, findingsStatus, openApp, test } from './fixtures';

test('a first visit shows a naive example with its findings and markers', async ({ page }) => {
  await openApp(page);
  expect(await editorText(page)).toBe(DEFAULT_EXAMPLE.dockerfile.replace(/\n+$/, ''));
  await expect(findingsStatus(page)).toHaveText(/\d+ warnings?/);
  await expect(findingRows(page).first()).toBeVisible();
  await expect(page.locator('.monaco-editor .squiggly-warning').first()).toBeVisible();
  await expect(page.getByText(/engine v\d+\.\d+\.\d+/).first()).toBeVisible();
});

test('runs under a strict Content-Security-Policy', async ({ page, guards }) => {
  await openApp(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'none'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  // Enforced, not just present: an injected inline script does not run, and the violation is seen.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.inlineScriptRan = "yes"';
    document.head.append(script);
  });
  await expect.poll(() => page.evaluate(() => window.cspViolations.filter((violation) => violation.startsWith('script-src')).length)).toBeGreaterThan(0);
  await expect.poll(() => guards.cspViolations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.body.dataset.inlineScriptRan)).toBeUndefined();
  // Both policies report the script, not necessarily at the same moment.
  await page.waitForTimeout(300);
  // Those violations were this test's own doing (one per policy: the page's and the server's); any other fails it.
  await page.evaluate(() => window.cspViolations.splice(0));
  guards.cspViolations.splice(0);
});

test('findings are on screen no later than the editor', async ({ page }) => {
  // Slow the Monaco chunk down: the findings must not wait for it.
  await page.route('**/assets/CodeEditor-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('/');
  await expect(findingRows(page).first()).toBeVisible();
  await expect(page.locator('.monaco-editor')).toHaveCount(0);
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
});

test('has no serious or critical accessibility violations', async ({ page }) => {
  test.slow();
  await openApp(page);
  // Monaco's large DOM is checked once, on the first view; later scans look at what changed around it.
  const serious = async (options: { withEditor: boolean } = { withEditor: false }) =>
    (await (options.withEditor ? new AxeBuilder({ page }) : new AxeBuilder({ page }).exclude('.monaco-editor')).analyze()).violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(await serious({ withEditor: true })).toEqual([]);
  // Every rule looks alike; a search keeps the page small enough for axe to finish quickly.
  await page.getByRole('tab', { name: 'Rules' }).click();
  await page.getByRole('searchbox', { name: 'Search rules' }).fill('DL3008');
  await expect.poll(() => page.locator('.rule').count()).toBeLessThan(5);
  expect(await serious()).toEqual([]);
  await page.getByRole('tab', { name: 'Settings' }).click();
  await page.getByRole('searchbox', { name: 'Find a rule to configure' }).fill('DL3008');
  expect(await serious()).toEqual([]);
  await page.getByRole('button', { name: 'Examples' }).click();
  expect(await serious()).toEqual([]);
});

test('follows the system colour scheme and can be switched by hand', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('.monaco-editor')).toHaveClass(/vs-dark/);
  await page.getByRole('button', { name: /Theme: system/ }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.locator('.monaco-editor')).not.toHaveClass(/vs-dark/);
});
