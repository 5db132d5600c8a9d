import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_BROWSER, launchBrowser, openApp, waitForPanels, type AppPage } from './support/browser';

const panel = (page: Page) => page.getByRole('region', { name: 'Launch projection' });
const yearSignups = (page: Page) =>
  panel(page)
    .getByRole('table', { name: 'EU launch at 30, 90 and 365 days' })
    .locator('tr[data-day="365"] td[data-field="signups"]')
    .textContent();

/** The "Modelled" badge beside a panel's heading. */
const badge = (region: Locator) => region.locator('.panel-title').getByText('Modelled', { exact: true });
/** Every text element of an exported SVG, joined: wrapped caption lines read as one paragraph again. */
const svgTexts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');

/** The model an image's settings line says is drawn ("Model: Gompertz"), as its legend names it. */
const drawnLabel = (caption: string) => /Model: ([^·]+?)(?: \(|$| ·| Sources:)/.exec(caption)?.[1] ?? 'no model named';
/** A plain number as the CSV writes it: no thousands separators, no M suffix. */
const NUM = String.raw`-?\d+(?:\.\d+)?(?:e-?\d+)?`;
/** Click a download button and return the file's name and contents. */
async function download(page: Page, button: Locator): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), body: readFileSync(await file.path()) };
}

// Skipped only when no Chromium is installed locally (support/browser.ts warns loudly; under CI it throws instead).
describe.skipIf(NO_BROWSER)('Launch projection in a real browser', () => {
  let browser: Browser;
  let app: AppPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openApp(browser, '/?section=projection');
    await waitForPanels(app.page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders the Threads EU projection with a band and the expectations', async () => {
    const { page } = app;
    expect(await panel(page).getAttribute('data-state')).toBe('ready');
    expect(await page.getByRole('combobox', { name: 'Target region' }).inputValue()).toBe('EU-27');
    const chart = panel(page).getByRole('figure', { name: 'Launch projection chart' });
    // Two bands (signups, actives), each a filled area path, and band width on most days.
    expect(await chart.locator('.projection-band path.recharts-area-area').count()).toBe(2);
    expect(Number(await chart.getAttribute('data-band-days'))).toBeGreaterThan(300);
    const text = await chart.locator('svg text').allTextContents();
    expect(text.join(' ')).toMatch(/~40M expected/);
    expect(text.join(' ')).toMatch(/~25\.9M expected/);
    // The axis is scaled to the projection, the ~40M expectation and the analogue's reported signups (Threads'
    // first days, under 200M), never to a fitted analogue that runs to billions within the year.
    const yMax = Number(await chart.getAttribute('data-y-max'));
    expect(yMax).toBeGreaterThanOrEqual(40e6);
    expect(yMax).toBeLessThanOrEqual(250e6);
    // The backtest keeps its reported MAU (at most 400M) readable: a model overshooting them is cut at 3× (≤ 2B).
    const backtestTop = Number(
      await panel(page).getByRole('figure', { name: 'Backtest chart' }).getAttribute('data-y-max'),
    );
    expect(backtestTop).toBeGreaterThanOrEqual(400e6);
    expect(backtestTop).toBeLessThanOrEqual(2e9);
    const analogueTop = await chart.locator('figcaption').textContent();
    expect(analogueTop).toMatch(/Dashed grey: the analogue launch as .+ fitted it, with its reported signups as dots/);
    // 448M × 5.01% (the default reachable share, derived from X's EU users and Threads' reach of X's) ≈ 22.4M.
    expect(await yearSignups(page)).toBe('22.4M');
    // The figures table is labelled Modelled and sets the year beside both expectations: 22.4M ÷ 40M ≈ 0.56, ÷ 25.9M ≈ 0.87.
    const figures = panel(page).getByRole('table', { name: 'EU launch at 30, 90 and 365 days' });
    expect(await figures.locator('caption').textContent()).toMatch(/^Modelled/);
    expect(await figures.locator('tr[data-day] th').allTextContents()).toEqual([
      expect.stringMatching(/^30 days/),
      expect.stringMatching(/^90 days/),
      expect.stringMatching(/^365 days/),
    ]);
    expect(await figures.locator('tr[data-expected="40000000"] th').textContent()).toMatch(
      /^~40M expected \(Debra Aho Williamson; additional monthly users in 2024\)/,
    );
    expect(await figures.locator('tr[data-expected="40000000"] td[data-field="signups-ratio"]').textContent()).toBe(
      '365 days ÷ expected: 0.56×',
    );
    expect(await figures.locator('tr[data-expected="25900000"] td[data-field="signups-ratio"]').textContent()).toBe(
      '365 days ÷ expected: 0.87×',
    );
    // data.ai's first-days EU downloads beside the projection: the launch-week fit puts several times more signups there.
    const early = panel(page).getByRole('table', { name: 'First days against data.ai downloads' });
    expect(await early.getByRole('columnheader').allTextContents()).toEqual([
      'Model (modelled signups)',
      '14 Dec 2023: 1.4M downloads',
      '16 Dec 2023: 2.6M downloads',
    ]);
    expect(
      await early.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-model'))),
    ).toEqual(['projection', 'bass', 'logistic', 'gompertz', 'two-phase']);
    // The first row is the projection above, under the chart's model; the Bass launch-week fit is its own row.
    const drawn = (await chart.locator('figcaption').textContent())?.split(', carried to')[0];
    expect(await early.locator('tr[data-model="projection"] th').textContent()).toBe(`${drawn}, as projected above`);
    expect(
      Number(await early.locator('tr[data-model="bass"] td[data-field="ratio1"]').getAttribute('data-ratio')),
    ).toBeGreaterThan(3);
    expect(await panel(page).getByLabel('Backtest error').textContent()).toMatch(
      /^MAPE \d+(\.\d)?% over \d+ reported figures/,
    );
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });

  it('says Modelled on every Projection panel that shows modelled figures, and what is modelled', async () => {
    const { page } = app;
    for (const name of ['Launch projection', 'Growth models, backtested']) {
      const region = page.getByRole('region', { name, exact: true });
      await expect.poll(() => region.getAttribute('data-state')).toBe('ready');
      expect(await badge(region).count(), name).toBe(1);
    }
    const note = await panel(page).locator('.panel-modelled').textContent();
    // The note names the model the chart draws: "a Bass diffusion", or "the Gompertz model" for another.
    const chart = panel(page).getByRole('figure', { name: 'Launch projection chart' });
    const drawn = await chart.getAttribute('data-model');
    const label = (await chart.locator('figcaption').textContent())?.split(', carried to')[0];
    const model = drawn === 'bass' ? 'a Bass diffusion' : `the ${label} model`;
    const opening = `Every projected figure is modelled, not reported: ${model} fitted to the reported signups after Threads launch (Meta's count)`;
    expect(note?.slice(0, opening.length)).toBe(opening);
    expect(note).toContain("active users apply Threads's modelled retention cohorts");
    // Under the line, the explanation opens in place (data/README.md is named, not linked: the app does not serve it).
    await panel(page).getByText('What the model is calibrated to', { exact: true }).first().click();
    const details = panel(page).locator('details.panel-modelled-details').first();
    expect(await details.locator('p').first().isVisible()).toBe(true);
    expect(await details.textContent()).toContain(
      "Active users: Retention: Threads' launch-week cohort keeps 21% on day 30",
    );
    expect(await page.locator('a[href*="README"]').count()).toBe(0);
    // The growth models name the reported series every curve is fitted to.
    const growth = page.getByRole('region', { name: 'Growth models, backtested', exact: true });
    expect(await growth.locator('.panel-modelled').textContent()).toMatch(
      /^Fitted curves, bands and projections are model output, not reported figures: each model is fitted to Threads's reported (MAU|cumulative signups) as counted by \S/,
    );
  });

  it('shows tooltips that follow the cursor, with dates, units and what is modelled', async () => {
    const { page } = app;
    const chart = panel(page).getByRole('figure', { name: 'Launch projection chart' });
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.locator('.recharts-wrapper').first().boundingBox())!;
    const tip = chart.locator('.chart-tooltip');
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.5);
    await expect.poll(() => tip.textContent()).toMatch(/^Day \d+ after the launch, \d+ \w+ 202\d/);
    const first = await tip.textContent();
    expect(first).toMatch(/signups \(modelled\)/);
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.5);
    await expect.poll(() => tip.textContent()).not.toBe(first);
    expect(await tip.textContent()).toMatch(/^Day \d+ after the launch, \d+ \w+ 202\d.*active users \(modelled\)/);

    const backtest = panel(page).getByRole('figure', { name: 'Backtest chart' });
    await backtest.scrollIntoViewIfNeeded();
    const bbox = (await backtest.locator('.recharts-wrapper').first().boundingBox())!;
    await page.mouse.move(bbox.x + bbox.width * 0.6, bbox.y + bbox.height * 0.5);
    const btip = backtest.locator('.chart-tooltip');
    await expect.poll(() => btip.textContent()).toMatch(/^\d+ \w+ 202\d/);
    expect(await btip.textContent()).not.toMatch(/\bx:|T\b/);
  });

  it('exports the projection and the backtest as CSV, PNG and SVG, in plain values', async () => {
    const { page } = app;
    const projection = panel(page).getByRole('group', { name: 'Export Launch projection' });
    const csv = await download(page, projection.getByRole('button', { name: 'Export CSV' }));
    expect(csv.name).toBe('uptake-launch-projection-threads-eu-27.csv');
    const lines = csv.body.toString('utf8').split('\n');
    expect(lines[0]).toBe(
      'platform,target_region,day,date,signups_low,signups,signups_high,actives_low,actives,actives_high,analogue_signups,model,modelled,retention_cohorts',
    );
    // Day 0 is the EU launch day, as an ISO date; counts are plain numbers; then the model drawn, and that every
    // figure is modelled, its active users from Threads' modelled cohorts.
    expect(lines[1]).toMatch(new RegExp(`^Threads,EU-27,0,2023-12-14(,${NUM}){7},[^,]+,true,modelled$`));
    const year = lines.find((l) => l.startsWith('Threads,EU-27,365,'))?.split(',');
    expect(year?.[3]).toBe('2024-12-13');
    // The chosen model's figure for the year: every model reaches 448M × 5.01% ≈ 22.4M, as the table shows.
    expect((Number(year?.[5]) / 1e6).toFixed(1)).toBe('22.4');
    const svg = await download(page, projection.getByRole('button', { name: 'Export SVG' }));
    expect(svg.name).toBe('uptake-launch-projection-threads-eu-27.svg');
    expect(svg.body.toString('utf8')).toContain('projection-band');
    // The image reads on its own: title, the settings in view, the sources and what is modelled.
    const svgText = svg.body.toString('utf8');
    expect(svgText).toMatch(/<text[^>]*>Launch projection<\/text>/);
    const caption = svgTexts(svgText);
    expect(caption).toContain(
      'Analogue: Threads launch (global, 5 Jul 2023) · Target: Threads in EU-27 from 14 Dec 2023 · Market: 448M people × ',
    );
    // The chart's legend (the list above the chart on screen) is in the image, with the model drawn.
    expect(caption).toContain(`Threads in EU-27: cumulative signups (${drawnLabel(caption)}`);
    // The chart draws the model chosen under Growth models; p and q are named only when it is Bass.
    const drawnModel = /Model: (Bass|Logistic|Gompertz|Two-phase|Linear trend|Naive)/.exec(caption)?.[1];
    expect(drawnModel).toBeTruthy();
    expect(caption).toContain(
      `${drawnModel === 'Bass' ? 'p and q: fitted · ' : ''}Month-one churn: from the retention data · Fit cutoff: 2023-12-14`,
    );
    expect(caption.includes('p and q:')).toBe(drawnModel === 'Bass');
    expect(caption).toMatch(
      /Sources: [^·]*"about 448 million" EU residents[^·]*Threads retention cohorts \(modelled\)/,
    );
    expect(caption).toContain('Modelled: Every projected figure is modelled, not reported');
    const png = await download(page, projection.getByRole('button', { name: 'Export PNG' }));
    expect(png.name).toBe('uptake-launch-projection-threads-eu-27.png');
    expect(png.body.subarray(1, 4).toString()).toBe('PNG');

    const backtest = panel(page).getByRole('group', { name: 'Export Backtest' });
    const backtestCsv = await download(page, backtest.getByRole('button', { name: 'Export CSV' }));
    expect(backtestCsv.name).toBe('uptake-backtest-threads-eu-27-cutoff-2023-12-14.csv');
    const backtestLines = backtestCsv.body.toString('utf8').split('\n');
    expect(backtestLines[0]).toBe(
      'platform,series,date,days_since_analogue_launch,modelled_signups,modelled_actives,reported_measure,reported_scope,reported_value,predicted,error,model',
    );
    // The modelled lines start on the analogue (global) launch day; every row names the model, the chart's.
    const drawn = (
      await panel(page).getByRole('figure', { name: 'Launch projection chart' }).locator('figcaption').textContent()
    )?.split(', carried to')[0];
    expect(backtestLines[1]).toMatch(new RegExp(`^Threads,modelled,2023-07-05,0,${NUM},${NUM},,,,,,[^,]+$`));
    expect(backtestLines[1]?.split(',').at(-1)).toBe(drawn);
    expect(
      backtestLines.some((l) =>
        new RegExp(
          `^Threads,reported,\\d{4}-\\d{2}-\\d{2},\\d+,,,(MAU|registered),(target|platform),${NUM},${NUM},${NUM},[^,]+$`,
        ).test(l),
      ),
    ).toBe(true);
    const backtestSvg = await download(page, backtest.getByRole('button', { name: 'Export SVG' }));
    expect(backtestSvg.name).toBe('uptake-backtest-threads-eu-27-cutoff-2023-12-14.svg');
    const backtestCaption = svgTexts(backtestSvg.body.toString('utf8'));
    expect(backtestSvg.body.toString('utf8')).toMatch(/<text[^>]*>Backtest<\/text>/);
    expect(backtestCaption).toContain('Fit cutoff: 2023-12-14');
    expect(backtestCaption).toContain('Sources: ');
    expect(backtestCaption).toContain('Modelled: Every projected figure is modelled, not reported');
    expect(backtestSvg.body.toString('utf8')).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(await backtest.getByRole('button', { name: 'Export PNG' }).count()).toBe(1);
    expect(app.errors).toEqual([]);
  });

  it('changes the displayed 365-day figure when the addressable population changes', async () => {
    const { page } = app;
    const before = await yearSignups(page);
    await page.getByRole('spinbutton', { name: 'Addressable population (millions)' }).fill('224');
    await expect.poll(() => yearSignups(page)).not.toBe(before);
    // Half the population, half the market: 224M × 5.01% ≈ 11.2M.
    expect(await yearSignups(page)).toBe('11.2M');
    expect(page.url()).toContain('ppop=224');

    // 0, negatives and absurd sizes are marked inline and never reach the results or the URL.
    const field = page.getByRole('spinbutton', { name: 'Addressable population (millions)' });
    for (const bad of ['0', '-5', '99999999999']) {
      await field.fill(bad);
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      expect(await panel(page).getByRole('alert').first().textContent()).toMatch(
        /^Enter a number from 0\.001 to 10,000; still using 224\.$/,
      );
      expect(await yearSignups(page)).toBe('11.2M');
      expect(new URL(page.url()).searchParams.get('ppop')).toBe('224');
    }
    await field.blur();
    expect(await field.inputValue()).toBe('224');
    expect(await field.getAttribute('aria-invalid')).toBeNull();
  });

  it('compares the growth models in a table, defaults to the lowest 6-month MASE, and switches models through the URL', async () => {
    const { page } = app;
    const models = page.getByRole('region', { name: 'Growth models, backtested' });
    await expect.poll(() => models.getAttribute('data-state')).toBe('ready');
    const table = models.getByRole('table', { name: 'Model comparison' });
    const ids = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-model')));
    // Threads reports enough MAU, so the MAU models (no Bass: it describes adoption) and both baselines.
    expect(ids).toEqual(['logistic', 'gompertz', 'two-phase', 'naive', 'linear']);
    const mase6 = await table.locator('td[data-field="mase6"]').allTextContents();
    expect(mase6.every((t) => /^\d+\.\d\d$/.test(t))).toBe(true);
    const lowest = ids[mase6.map(Number).indexOf(Math.min(...mase6.map(Number)))];
    expect(await table.locator('tr[data-chosen="true"]').getAttribute('data-model')).toBe(lowest);
    expect(await models.getByRole('columnheader').allTextContents()).toEqual(
      expect.arrayContaining([
        'AIC',
        'MAPE 3m',
        'MASE 3m',
        'MAPE 6m',
        'MASE 6m',
        'MAPE 12m',
        'MASE 12m',
        '80% band coverage',
      ]),
    );
    expect(await models.getByLabel('Model verdict').textContent()).toMatch(
      /(No model beats|Beats) the naive forecast 6 months ahead/,
    );
    expect(await models.getByText('Modelled', { exact: true }).count()).toBeGreaterThan(0);

    const other = ids.find((id) => id !== lowest && id !== 'naive')!;
    await models.getByRole('combobox', { name: 'Projection model' }).selectOption(other);
    await expect.poll(() => table.locator('tr[data-chosen="true"]').getAttribute('data-model')).toBe(other);
    expect(new URL(page.url()).searchParams.get('pmodel')).toBe(other);
    // The time machine follows the backtest cutoff: at the EU launch only one MAU figure was out.
    const note = models.getByRole('note', { name: 'Time machine' });
    expect(await note.textContent()).toMatch(/^As of 14 Dec 2023: .* cannot be fitted to the 1 figure dated before it/);
    await models.getByRole('combobox', { name: 'Projection model' }).selectOption('linear');
    await page.getByLabel('Backtest cutoff').fill('2024-08-01');
    await expect.poll(() => note.textContent()).toMatch(/^As of 1 Aug 2024/);
    expect(await note.textContent()).toMatch(
      /^As of 1 Aug 2024: Linear trend fitted to 4 reported figures dated before it.*Against the 6 figures reported afterwards: MAPE \d/,
    );
    const chart = models.getByRole('figure', { name: 'Model projection chart' });
    expect(await chart.textContent()).toContain('Linear trend (modelled projection)');
    expect(await chart.locator('.recharts-area-area').count()).toBe(1);
    expect(app.errors).toEqual([]);
  });

  it('offers only the launches and targets that can be fitted, and says why the others cannot', async () => {
    const { page } = app;
    const disabled = (name: string) =>
      page.getByRole('combobox', { name }).locator('option[disabled]').allTextContents();
    expect(await disabled('Analogue launch')).toEqual([
      'Threads US launch (US, 5 Jul 2023): cannot be fitted, no signup figures for US',
      'Threads EU launch (EU-27, 14 Dec 2023): cannot be fitted, no signup figures for EU-27',
    ]);
    expect(await disabled('Target region')).toEqual([
      'global: cannot be projected, no addressable population in the data',
    ]);

    await page.getByRole('combobox', { name: 'Analogue platform' }).selectOption('Bluesky');
    await expect.poll(() => page.getByRole('combobox', { name: 'Target region' }).inputValue()).toBe('Brazil');
    expect(await page.getByRole('combobox', { name: 'Analogue launch' }).inputValue()).toBe('global|2023-02-01');
    expect(await disabled('Target region')).toEqual([
      'global: cannot be projected, no addressable population in the data',
      'US: cannot be projected, no addressable population in the data',
    ]);
    await expect.poll(() => panel(page).getAttribute('data-state')).toBe('ready');
    expect(await panel(page).getByRole('table', { name: 'Brazil launch at 30, 90 and 365 days' }).count()).toBe(1);
    expect(await badge(panel(page)).count()).toBe(1);

    await page.getByRole('combobox', { name: 'Analogue platform' }).selectOption('Mastodon');
    await expect.poll(() => panel(page).getAttribute('data-state')).toBe('empty');
    // Nothing projected, nothing modelled to label.
    expect(await badge(panel(page)).count()).toBe(0);
    expect(await panel(page).textContent()).toContain(
      'No launch of Mastodon can be fitted and projected: Mastodon post-Musk surge, its figures after it come from @mastodonusercount bot, which has no count before it to subtract.',
    );
    expect(app.errors).toEqual([]);
  });

  it('applies a scenario preset: sets p and q at once, says so, keeps it in the URL, and a hand edit clears it', async () => {
    const { page } = app;
    await page.getByRole('combobox', { name: 'Analogue platform' }).selectOption('Threads');
    await expect.poll(() => panel(page).getAttribute('data-state')).toBe('ready');
    const before = await yearSignups(page);
    // Both launch presets can be fitted on the bundled data (Threads' worldwide launch, Bluesky's 11 own figures after its opening).
    expect(await page.getByRole('button', { name: "Like Threads' first launch" }).isEnabled()).toBe(true);
    expect(await page.getByRole('button', { name: "Like Bluesky's public opening" }).isEnabled()).toBe(true);
    await page.getByRole('button', { name: 'Slow start' }).click();
    // 0.03 and 0.38 a year, per day: 0.03 / 365 = 8.22e-5, 0.38 / 365 = 0.00104.
    await expect
      .poll(() => page.getByRole('spinbutton', { name: 'p override (per day)' }).inputValue())
      .toMatch(/^0\.0000821917/);
    expect(await page.getByRole('spinbutton', { name: 'q override (per day)' }).inputValue()).toMatch(/^0\.00104109/);
    expect(await page.getByRole('button', { name: 'Slow start' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('note', { name: 'Scenario' }).textContent()).toMatch(
      /^Slow start sets p = 0\.0000822\/day and q = 0\.00104\/day, the average of 213 Bass fits/,
    );
    expect(new URL(page.url()).searchParams.get('pscen')).toBe('slow-start');
    // A slow diffusion reaches far fewer of the EU's reachable people within a year than the launch-week fit.
    await expect.poll(() => yearSignups(page)).not.toBe(before);
    const slow = await yearSignups(page);
    const people = (compact: string | null) => {
      const [, n, unit] = /^([\d.]+)([KMB]?)$/.exec(compact ?? '') ?? [];
      return Number(n) * ({ '': 1, K: 1e3, M: 1e6, B: 1e9 } as Record<string, number>)[unit ?? '']!;
    };
    expect(people(slow)).toBeLessThan(people(before) / 2);
    await page.getByRole('button', { name: 'Use fitted p and q' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('pscen')).toBeNull();
    expect(await yearSignups(page)).toBe(before);
    expect(app.errors).toEqual([]);
  });
});
