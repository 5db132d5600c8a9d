import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_BROWSER, launchBrowser, openApp, waitForPanels, type AppPage } from './support/browser';
import { csvFile, goToSection } from './support/app-actions';

/** A busy 2-core machine prepares the events slowly; this catches a hang, not slowness. */
const SLOW = 120_000;

/**
 * Ten users of "orbit" sign up on Monday 6 May 2024 (UTC), written as an analytics tool
 * exports them. Day 7 (13 May): u1, u2. Day 30 (5 Jun): u1–u4; u6's "5 Jun 00:30+02:00" is
 * 4 Jun 22:30 UTC, day 29, so it does not count. Day 31: u5. So, by hand: week 1 = 2/10 =
 * 20%; month-one churn (N-day) = 1 − 4/10 = 60%; on or after day 30 = 1 − 5/10 = 50%.
 */
const LOG = [
  'user_id,event,timestamp',
  'u1,app_open,2024-05-06T00:10:00Z',
  'u2,app_open,2024-05-06T23:50:00Z',
  'u3,app_open,1714953600',
  'u4,sign_up,1714953600000',
  'u5,app_open,2024-05-06 12:00',
  'u6,app_open,2024-05-06T08:00:00+02:00',
  'u7,post,2024-05-06T21:00:00-02:00',
  'u8,app_open,2024-05-06T10:00:00Z',
  'u9,app_open,2024-05-06T10:00:00Z',
  'u10,app_open,2024-05-06T10:00:00Z',
  'u1,post,2024-05-13T12:00:00Z',
  'u2,app_open,1715601600',
  'u1,app_open,2024-06-05T09:00:00Z',
  'u2,post,2024-06-05T23:59:59Z',
  'u3,app_open,2024-06-05 07:00:00',
  'u4,app_open,2024-06-05T09:00:00Z',
  'u6,app_open,2024-06-05T00:30:00+02:00',
  'u5,app_open,2024-06-06T09:00:00Z',
].join('\n');

const card = (page: Page) => page.getByRole('article', { name: 'Import of orbit.csv' });
const panel = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

// Skipped only when no Chromium is installed locally (support/browser.ts warns loudly; under CI it throws instead).
describe.skipIf(NO_BROWSER)('Importing an activity log (user_id,event,timestamp)', () => {
  let browser: Browser;
  let app: AppPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openApp(browser, '/?section=data');
    await waitForPanels(app.page, SLOW);
  }, 2 * SLOW);
  afterAll(async () => {
    await browser?.close();
  });

  it('is recognised, says every assumption, and imports with one click on Import', async () => {
    const { page } = app;
    await page.getByLabel('Import CSV', { exact: true }).setInputFiles(csvFile('orbit.csv', LOG));
    const settings = card(page).getByRole('region', { name: 'Activity log settings' });
    await settings.waitFor({ timeout: SLOW });
    expect(await settings.innerText()).toContain('Recognised as an activity log (user “user_id”, time “timestamp”');
    expect(await settings.innerText()).toContain('Signup day: each user’s first activity day');
    const zone = settings.getByRole('textbox', { name: 'Time zone' });
    expect(await zone.inputValue()).toBe('UTC');
    // A zone that does not exist is said at once, and the last valid one stays in use.
    await zone.fill('Mars/Olympus');
    expect(await zone.getAttribute('aria-invalid')).toBe('true');
    expect(await settings.innerText()).toContain('“Mars/Olympus” is not a time zone; days are still taken in UTC.');
    await zone.fill('UTC');
    expect(await zone.getAttribute('aria-invalid')).toBeNull();
    expect(await settings.getByRole('checkbox', { name: 'sign_up' }).isChecked()).toBe(true);
    expect(await settings.getByRole('combobox', { name: 'Signup day' }).inputValue()).toBe('');

    await card(page).getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => card(page).getByRole('status').first().textContent(), { timeout: SLOW })
      .toMatch(/^Imported 18 rows as Raw activity events/);
    expect(await card(page).innerText()).toContain(
      '10 users have no signup column: a user’s signup day is their first activity day.',
    );
  });

  it('joins the Retention section beside Threads, with the hand-computed heatmap and month-one churn', async () => {
    const { page } = app;
    await goToSection(page, 'Retention');
    await page.getByRole('combobox', { name: 'Data source' }).selectOption('events');
    await waitForPanels(page, SLOW);
    const controls = page.getByRole('group', { name: 'Retention controls' });
    expect(await controls.getByRole('checkbox', { name: 'orbit', exact: true }).isChecked()).toBe(true);
    // The four bundled platforms of the sample log and orbit: one curve each.
    await expect
      .poll(() => page.getByRole('figure', { name: 'Retention curves chart' }).getAttribute('data-platforms'))
      .toBe('5');

    const churn = page.getByRole('table', { name: 'Month-one churn', exact: true });
    const orbit = churn.locator('tbody tr[data-platform="orbit"]');
    expect(await orbit.locator('td[data-churn]').getAttribute('data-churn')).toBe('0.6');
    expect(await churn.locator('tbody tr[data-platform="Threads"]').count()).toBe(1);

    await panel(page, 'Cohort heatmap').getByRole('combobox', { name: 'Heatmap platform' }).selectOption('orbit');
    await waitForPanels(page, SLOW);
    const row = page.getByRole('table', { name: 'Cohort heatmap of orbit' }).locator('tbody tr').first();
    expect(await row.locator('th').innerText()).toContain('6 May 2024');
    expect(await row.locator('td.num').innerText()).toBe('10');
    const cells = await row.locator('td[data-observable="true"]').allInnerTexts();
    expect(cells.slice(0, 2).map((t) => t.trim())).toEqual(['100', '20']);
    expect(app.errors).toEqual([]);
  });

  it('lists every event of the whole file with its rows, and "Map columns myself" reads it column for column and back', async () => {
    const { page } = app;
    await goToSection(page, 'Data');
    // 59 rows of open/post, then the file's only "purchase" on line 61: past the first rows the settings started from.
    const lines = ['user_id,event,timestamp'];
    for (let i = 1; i < 60; i++)
      lines.push(`w${i % 7},${i % 3 === 0 ? 'post' : 'open'},2024-05-0${1 + (i % 5)}T10:00:00Z`);
    lines.push('w1,purchase,2024-05-09T10:00:00Z');
    await page.getByLabel('Import CSV', { exact: true }).setInputFiles(csvFile('late.csv', lines.join('\n')));
    const late = page.getByRole('article', { name: 'Import of late.csv' });
    const settings = late.getByRole('region', { name: 'Activity log settings' });
    await settings.waitFor({ timeout: SLOW });
    // By hand: i = 1..59 has 19 multiples of 3 (post) and 40 others (open).
    const purchase = settings.getByRole('checkbox', { name: 'purchase' });
    await purchase.waitFor({ timeout: SLOW });
    expect(await settings.getByRole('group', { name: 'Events that count as activity' }).innerText()).toMatch(
      /open \(40 rows\)\s*post \(19 rows\)\s*purchase \(1 row\)/,
    );
    expect(await settings.innerText()).toContain(
      'Listed: every event in the file, most frequent first, with its rows.',
    );
    expect(await purchase.isChecked()).toBe(true);
    expect(
      await settings
        .getByRole('combobox', { name: 'Signup day' })
        .locator('option', { hasText: 'First “purchase” event' })
        .count(),
    ).toBe(1);

    await late.getByRole('button', { name: 'Map columns myself' }).click();
    await expect.poll(() => settings.count()).toBe(0);
    expect(await late.getByRole('status').filter({ hasText: 'Mapping the columns yourself' }).innerText()).toContain(
      'the file was recognised as an activity log, and is now read column for column.',
    );
    expect(await late.getByRole('combobox', { name: 'Kind of data' }).inputValue()).toBe('events');
    // A change of dialect keeps to columns.
    await late.getByRole('combobox', { name: 'Quote' }).selectOption("'");
    expect(await settings.count()).toBe(0);
    await late.getByRole('button', { name: 'Read it as an activity log again' }).click();
    await settings.waitFor({ timeout: SLOW });
    await late.getByRole('button', { name: 'Cancel' }).click();
    expect(await late.getByRole('status').innerText()).toContain('Nothing was imported');
    expect(app.errors).toEqual([]);
  });
});
