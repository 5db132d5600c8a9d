import { readFileSync } from 'node:fs';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvFile, goToSection } from '../support/app-actions';
import { NO_BROWSER, launchBrowser, openApp, waitForPanels, type AppPage } from '../support/browser';
import { referenceActiveDays, referenceDauMau, referenceLifecycle } from './activity-reference';

const EVENTS = readFileSync(new URL('../../../data/events-sample.csv', import.meta.url), 'utf8');
/** A cohort table only: a platform the activity-log panels cannot follow user by user. */
const COHORTS_ONLY = [
  'platform,region,cohort_start,day_offset,cohort_size,retained,kind,source',
  ...[0, 1, 7, 30].map((d) => `Pixelfed,US,2024-01-01,${d},100,${d === 0 ? 100 : 40 - d},reported,own count`),
].join('\n');
/** A busy 2-core machine boots the engine and prepares the events slowly; this catches a hang, not slowness. */
const SLOW = 120_000;

const panel = (app: AppPage, title: string) => app.page.getByRole('region', { name: title, exact: true });
/** The table's body rows as [period, new, returning, resurrecting, dormant] counts. */
async function lifecycleCounts(table: Locator): Promise<Map<string, number[]>> {
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.getAttribute('data-period') ?? '',
        ...[...tr.querySelectorAll('td')].slice(0, 4).map((td) => (td.textContent ?? '').replace(/[,\s−]/g, '')),
      ]),
    );
  return new Map(rows.map(([period, ...cells]) => [period!, cells.map(Number)]));
}

/** New users per `YYYY-MM-01` of a platform, user by user: the month of each user's first active day since signup. */
function newUsersByMonth(csv: string, platform: string): Map<string, number> {
  const first = new Map<string, { signup: string; active: string[] }>();
  for (const line of csv.trim().split('\n').slice(1)) {
    const [user, p, , signup, active] = line.split(',') as [string, string, string, string, string];
    if (p !== platform) continue;
    const u = first.get(user) ?? { signup, active: [] };
    if (signup < u.signup) u.signup = signup;
    u.active.push(active);
    first.set(user, u);
  }
  const counts = new Map<string, number>();
  for (const { signup, active } of first.values()) {
    const day = active.filter((d) => d >= signup).sort()[0];
    if (!day) continue;
    const month = `${day.slice(0, 7)}-01`;
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  return counts;
}

// Skipped only when no Chromium is installed locally (support/browser.ts warns loudly; under CI it throws instead).
describe.skipIf(NO_BROWSER)('Lifecycle, Stickiness and day brackets, from the activity log', () => {
  let browser: Browser;
  let app: AppPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openApp(browser, '/?section=retention');
    await waitForPanels(app.page, SLOW);
  }, 2 * SLOW);
  afterAll(async () => {
    await browser?.close();
  });

  it("shows each platform's weeks as counted user by user from the bundled log, and says they are modelled", async () => {
    const lifecycle = panel(app, 'Lifecycle');
    expect(await lifecycle.getAttribute('data-state')).toBe('ready');
    expect(await lifecycle.getByText('Modelled', { exact: true }).count()).toBe(1);
    expect(await lifecycle.textContent()).toContain('resurrecting');
    const reference = referenceLifecycle(EVENTS);
    for (const platform of ['Threads', 'Bluesky']) {
      await lifecycle.getByRole('combobox', { name: 'Lifecycle platform' }).selectOption(platform);
      const table = lifecycle.getByRole('table', { name: `Lifecycle of ${platform} by week` });
      await table.waitFor();
      const got = await lifecycleCounts(table);
      const expected = [...reference].filter(([key]) => key.startsWith(`${platform} `));
      expect(expected.length).toBeGreaterThan(10);
      for (const [key, counts] of expected) expect(got.get(key.slice(platform.length + 1)), key).toEqual(counts);
      const chart = lifecycle.getByRole('figure', { name: `Lifecycle chart of ${platform}` });
      expect(await chart.getAttribute('data-periods')).toBe(String(got.size));
    }
    expect(new URL(app.page.url()).searchParams.get('rlplat')).toBe('Bluesky');
  });

  it('exports the lifecycle weeks on screen as CSV', async () => {
    const lifecycle = panel(app, 'Lifecycle');
    const [file] = await Promise.all([
      app.page.waitForEvent('download'),
      lifecycle.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const lines = readFileSync(await file.path(), 'utf8')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe(
      'platform,period,period_start,complete_period,new_users,returning_users,resurrecting_users,dormant_users,active_users,quick_ratio,region,data_source,modelled',
    );
    const rows = await lifecycle
      .getByRole('table', { name: 'Lifecycle of Bluesky by week' })
      .locator('tbody tr')
      .count();
    expect(lines.length - 1).toBe(rows);
    expect(lines.slice(1).every((l) => l.startsWith('Bluesky,week,') && l.endsWith(',true'))).toBe(true);
  });

  it('follows users by month or by day, with the definitions for the period, kept in the URL', async () => {
    const lifecycle = panel(app, 'Lifecycle');
    const period = lifecycle.getByRole('combobox', { name: 'Lifecycle period' });
    expect(await period.inputValue()).toBe('week');
    await period.selectOption('month');
    const table = lifecycle.getByRole('table', { name: 'Lifecycle of Bluesky by month' });
    await table.waitFor({ timeout: SLOW });
    expect(new URL(app.page.url()).searchParams.get('rlgrain')).toBe('month');
    const definitions = lifecycle.getByRole('definition');
    expect(await lifecycle.getByRole('term').allTextContents()).toEqual([
      'New',
      'Returning',
      'Resurrecting',
      'Dormant',
    ]);
    expect(await definitions.nth(1).textContent()).toBe('active this month and the calendar month before too.');
    // Each month's new users as counted user by user from the bundled log; 1sts of consecutive months.
    const got = await lifecycleCounts(table);
    const expected = newUsersByMonth(EVENTS, 'Bluesky');
    expect(got.size).toBeGreaterThan(3);
    for (const [month, counts] of got) expect(counts[0], month).toBe(expected.get(month) ?? 0);
    expect([...expected.keys()].every((month) => got.has(month))).toBe(true);
    const chart = lifecycle.getByRole('figure', { name: 'Lifecycle chart of Bluesky' });
    expect([await chart.getAttribute('data-grain'), await chart.getAttribute('data-periods')]).toEqual([
      'month',
      String(got.size),
    ]);
    await period.selectOption('day');
    await lifecycle.getByRole('table', { name: 'Lifecycle of Bluesky by day' }).waitFor({ timeout: SLOW });
    expect(await definitions.nth(3).textContent()).toMatch(/^active the day before and not this day/);
    expect(new URL(app.page.url()).searchParams.get('rlgrain')).toBe('day');
    await period.selectOption('week');
    await lifecycle.getByRole('table', { name: 'Lifecycle of Bluesky by week' }).waitFor({ timeout: SLOW });
    expect(new URL(app.page.url()).searchParams.has('rlgrain')).toBe(false);
  });

  it('shows DAU/MAU by month and days active in the last 30 days as counted from the bundled log', async () => {
    const stickiness = panel(app, 'Stickiness');
    expect(await stickiness.getAttribute('data-state')).toBe('ready');
    expect(await stickiness.getByText('Modelled', { exact: true }).count()).toBe(1);
    const ratios = await stickiness
      .getByRole('table', { name: 'DAU/MAU by month' })
      .locator('td[data-dau-mau]:not([data-dau-mau=""])')
      .evaluateAll((tds) =>
        tds.map((td) => [
          `${td.getAttribute('data-platform')} ${td.closest('tr')?.getAttribute('data-month')?.slice(0, 7)}`,
          Number(td.getAttribute('data-dau-mau')),
        ]),
      );
    const dauMau = referenceDauMau(EVENTS);
    expect(ratios.length).toBe(dauMau.size);
    for (const [key, value] of ratios) expect(value, String(key)).toBeCloseTo(dauMau.get(String(key))!, 9);
    const users = await stickiness
      .getByRole('table', { name: 'Days active in the last 30 days' })
      .locator('td[data-users]')
      .evaluateAll((tds) =>
        tds.map((td) => [
          `${td.getAttribute('data-platform')} ${td.closest('tr')?.getAttribute('data-days')}`,
          Number(td.getAttribute('data-users')),
        ]),
      );
    const activeDays = referenceActiveDays(EVENTS);
    expect(users).toHaveLength(4 * 30);
    for (const [key, value] of users) expect(value, String(key)).toBe(activeDays.get(String(key)) ?? 0);
  });

  it('retention by day bracket: the default brackets, an edit kept in the URL, and bad text explained inline', async () => {
    const { page } = app;
    const brackets = panel(app, 'Retention by day bracket');
    expect(await brackets.getAttribute('data-state')).toBe('ready');
    expect(await brackets.getByText('Modelled', { exact: true }).count()).toBe(1);
    const table = brackets.getByRole('table', { name: 'Retention by day bracket' });
    const rowKeys = () =>
      table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-bracket')));
    expect(await rowKeys()).toEqual(['1-1', '2-7', '8-14', '15-30', '31-90']);
    const field = brackets.getByRole('textbox', { name: 'Brackets (days since signup)' });
    await field.fill('0,1-7,8-30');
    await field.press('Enter');
    await expect.poll(rowKeys, { timeout: SLOW }).toEqual(['0-0', '1-7', '8-30']);
    expect(new URL(page.url()).searchParams.get('rbrackets')).toBe('0,1-7,8-30');
    // Day 0 is every user's signup day: 100% for every platform, whatever the cohort.
    await expect
      .poll(
        () =>
          table
            .locator('tr[data-bracket="0-0"] td[data-retention]')
            .evaluateAll((tds) => tds.map((td) => td.getAttribute('data-retention'))),
        { timeout: SLOW },
      )
      .toEqual(['1', '1', '1', '1']);
    await field.fill('0,30-8');
    await field.press('Enter');
    expect(await brackets.getByRole('alert').textContent()).toMatch(/"30-8" runs backwards/);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.inputValue()).toBe('0,30-8');
    expect(await rowKeys()).toEqual(['0-0', '1-7', '8-30']);
    expect(new URL(page.url()).searchParams.get('rbrackets')).toBe('0,1-7,8-30');
  });

  it(
    'names a platform with cohort counts only and says what it needs, never a blank panel',
    async () => {
      const { page } = app;
      await goToSection(page, 'Data');
      await page.getByLabel('Import CSV', { exact: true }).setInputFiles(csvFile('pixelfed-cohorts.csv', COHORTS_ONLY));
      await expect
        .poll(
          () => page.getByRole('article', { name: 'Import of pixelfed-cohorts.csv' }).getByRole('status').textContent(),
          { timeout: SLOW },
        )
        .toMatch(/Imported 4 rows/);
      await goToSection(page, 'Retention');
      await waitForPanels(page, SLOW);
      // Every platform in view: the panels show the four logged ones and name Pixelfed.
      for (const title of ['Lifecycle', 'Stickiness', 'Retention by day bracket']) {
        expect(await panel(app, title).getAttribute('data-state'), title).toBe('ready');
        expect(await panel(app, title).getByRole('note').textContent(), title).toMatch(
          /^Pixelfed has no activity log here.*import one in Data → Import CSV/,
        );
      }
      // Pixelfed alone: nothing to count, and each panel says what it needs.
      const controls = page.getByRole('group', { name: 'Retention controls' });
      for (const platform of ['Threads', 'X', 'Bluesky', 'Mastodon'])
        await controls.getByRole('checkbox', { name: platform, exact: true }).uncheck();
      expect(new URL(page.url()).searchParams.get('rplat')).toBe('Pixelfed');
      await waitForPanels(page, SLOW);
      for (const title of ['Lifecycle', 'Stickiness', 'Retention by day bracket']) {
        expect(await panel(app, title).getAttribute('data-state'), title).toBe('empty');
        expect(await panel(app, title).textContent(), title).toMatch(/Pixelfed has no activity log here/);
      }
      expect(app.errors).toEqual([]);
    },
    4 * SLOW,
  );
});
