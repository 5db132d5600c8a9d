import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_BROWSER, launchBrowser, openApp, waitForPanels } from './support/browser';

// axe-core's own bundle, evaluated in the page over the DevTools protocol (an injected
// <script> would be an inline script, which the app's CSP rightly blocks).
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const SECTIONS = ['adoption', 'retention', 'projection', 'data'] as const;
const THEMES = ['light', 'dark'] as const;

/** WCAG 2 contrast of two [r, g, b] colours. */
function contrast(a: readonly number[], b: readonly number[]): number {
  const lum = (rgb: readonly number[]) => {
    const [r, g, bl] = rgb.map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Decode a PNG into RGBA pixels in a blank page of the same browser (no CSP there to allow it). */
async function pixelsOf(browser: Browser, png: Buffer): Promise<{ width: number; height: number; data: Buffer }> {
  const page = await browser.newPage();
  try {
    const { width, height, base64 } = await page.evaluate(async (source) => {
      const bytes = Uint8Array.from(atob(source), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const rgba = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let binary = '';
      for (let i = 0; i < rgba.length; i += 0x8000) binary += String.fromCharCode(...rgba.subarray(i, i + 0x8000));
      return { width: bitmap.width, height: bitmap.height, base64: btoa(binary) };
    }, png.toString('base64'));
    return { width, height, data: Buffer.from(base64, 'base64') };
  } finally {
    await page.close();
  }
}

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly unknown[]; readonly failureSummary?: string }[];
}

/** Run axe on the whole page; the serious and critical violations, one readable line per element. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((n) => `${v.impact} ${v.id} (${v.help}): ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
    );
}

// Skipped only when no Chromium is installed locally (support/browser.ts warns loudly; under CI it throws instead).
describe.skipIf(NO_BROWSER)('Accessibility (axe-core) in light and dark', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const theme of THEMES) {
    for (const section of SECTIONS) {
      it(`${section} in ${theme}: no serious or critical violations`, async () => {
        const app = await openApp(browser, `/?section=${section}`);
        const { page } = app;
        // The system's setting alone picks the scheme when the user chose none.
        await page.emulateMedia({ colorScheme: theme });
        await waitForPanels(page);
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        expect(await seriousViolations(page)).toEqual([]);
        expect(app.errors).toEqual([]);
        await page.context().close();
      }, 120_000);
    }
  }

  it('keeps the chosen scheme across a reload, and draws the chart in the dark scheme', async () => {
    const app = await openApp(browser, '/');
    const { page } = app;
    await page.emulateMedia({ colorScheme: 'light' });
    const theme = page.getByRole('group', { name: 'Theme' });
    expect(await theme.getByRole('button', { name: 'System' }).getAttribute('aria-pressed')).toBe('true');
    await theme.getByRole('button', { name: 'Dark' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.reload();
    // Set by the entry module before React renders: dark on a light system, from the stored choice.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await waitForPanels(page);
    expect(await theme.getByRole('button', { name: 'Dark' }).getAttribute('aria-pressed')).toBe('true');

    const figure = page.getByRole('figure', { name: 'Users over time chart' });
    const shot = await pixelsOf(browser, await figure.screenshot());
    const at = (x: number, y: number) => [
      ...shot.data.subarray((y * shot.width + x) * 4, (y * shot.width + x) * 4 + 3),
    ];
    const background = at(2, 2);
    // Dark: the theme's chart background (#161b22), luminance far below a light page's.
    expect(Math.max(...background)).toBeLessThan(48);
    // Each drawn line has pixels at 3:1 or more against that background.
    const box = await figure.boundingBox();
    const lines = figure.locator('path.recharts-curve');
    expect(await lines.count()).toBeGreaterThan(0);
    for (const line of (await lines.all()).slice(0, 6)) {
      const lineBox = await line.boundingBox();
      if (!box || !lineBox || lineBox.width < 2) continue;
      let best = 1;
      const scale = shot.width / box.width;
      for (
        let y = Math.max(0, Math.floor((lineBox.y - box.y) * scale));
        y < Math.min(shot.height, (lineBox.y - box.y + lineBox.height) * scale);
        y++
      ) {
        for (
          let x = Math.max(0, Math.floor((lineBox.x - box.x) * scale));
          x < Math.min(shot.width, (lineBox.x - box.x + lineBox.width) * scale);
          x++
        ) {
          best = Math.max(best, contrast(at(x, y), background));
        }
      }
      expect(best, `line ${await line.getAttribute('stroke')}`).toBeGreaterThanOrEqual(3);
    }
    // Back to the system's setting: the stored choice is gone and the page follows the system again.
    await theme.getByRole('button', { name: 'System' }).click();
    expect(
      await page.evaluate(() => [document.documentElement.dataset.theme, localStorage.getItem('uptake-theme')]),
    ).toEqual(['light', null]);
    expect(app.errors).toEqual([]);
    await page.context().close();
  }, 240_000);
});
