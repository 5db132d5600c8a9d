/** What the browser tests do to the app as a user would, written once. */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { waitForPanels } from './browser';

/** A CSV file for `setInputFiles`, as a user would pick it. */
export const csvFile = (name: string, text: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(`${text}\n`),
});

/** Open a section from the tab bar and wait until it is on screen with its panels settled. */
export async function goToSection(page: Page, section: string): Promise<void> {
  const link = page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: section });
  await link.click();
  // Wait for the section itself to be on screen before waiting on its panels.
  await expect.poll(() => link.getAttribute('aria-current')).toBe('page');
  await page.getByRole('main', { name: section }).waitFor();
  await waitForPanels(page);
}

/** The card of one file's import in the Data section. */
export const importCard = (page: Page, fileName: string) =>
  page.getByRole('article', { name: `Import of ${fileName}` });

/** Each row's cells as text (header cells included), the first `columns` of them when given. */
export const rowTexts = (rows: Locator, columns?: number) =>
  rows.evaluateAll(
    (trs, n) => trs.map((tr) => [...tr.querySelectorAll('td,th')].map((c) => c.textContent).slice(0, n ?? undefined)),
    columns ?? null,
  );

/**
 * The value of `expression` over `from`, as the page's own SQL console gives it (the Data
 * section must be open). Each run is stamped, so an earlier result still on screen is
 * never read as this one's.
 */
export async function consoleValue(page: Page, expression: string, from: string, timeout = 60_000): Promise<string> {
  const result = page.getByRole('table', { name: 'Query result' });
  const stamp = `run ${Date.now()}`;
  await page
    .getByRole('textbox', { name: 'SQL query' })
    .fill(`SELECT '${stamp}' AS run, ${expression} AS value FROM ${from}`);
  await page.getByRole('button', { name: 'Run query' }).click();
  await expect.poll(() => result.textContent(), { timeout }).toContain(stamp);
  return (await result.getByRole('cell').nth(1).textContent()) ?? '';
}
