import { EXAMPLES } from '../src/data/examples/index';
import { editorText, expect, findingRow, findingRows, openApp, test } from './fixtures';

test('every example loads: naive ones show what they exist to show, optimized ones have nothing at warning level or above', async ({ page }) => {
  test.slow();
  await openApp(page);
  for (const example of EXAMPLES) {
    await page.getByRole('button', { name: 'Examples' }).click();
    await page.getByRole('button', { name: new RegExp(`^${example.title}`) }).click();
    await expect.poll(() => editorText(page), { message: example.id }).toBe(example.dockerfile.trimEnd());
    await expect(page.locator('.findings-panel')).toHaveAttribute('aria-busy', 'false');
    if (example.kind === 'naive') {
      for (const code of example.expect) await expect(findingRow(page, code), `${example.id}: ${code}`).not.toHaveCount(0);
    } else {
      const severities = await findingRows(page).locator('.severity-badge').allInnerTexts();
      const codes = await findingRows(page).locator('.problem-code').allInnerTexts();
      const serious = codes.filter((_code, index) => /error|warning/i.test(severities[index] ?? ''));
      expect(serious, `${example.id} has findings at warning level or above`).toEqual([]);
    }
    await page.getByRole('tab', { name: '.dockerignore' }).click();
    await expect.poll(() => editorText(page), { message: `${example.id} .dockerignore` }).toBe(example.dockerignore.trimEnd());
    await page.getByRole('tab', { name: 'Dockerfile', exact: true }).click();
  }
});
