#!/usr/bin/env node
// `npm run screenshot`: builds the app, serves it, and saves what a new user sees in each
// section (light and dark, desktop and a 390 px phone) under docs/screenshots/, plus the
// README's docs/screenshot.png. Kept out of `npm test` so a test run never rewrites
// tracked files.
/* global document -- waitUntilSettled runs inside the page */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, launchBrowser } from './bench/browser.mjs';
import { startServer } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const SECTIONS = ['adoption', 'retention', 'projection', 'data'];
const VIEWS = [
  { name: 'desktop', viewport: { width: 1280, height: 900 }, fullPage: true },
  { name: 'phone', viewport: { width: 390, height: 844 }, fullPage: true },
];
const SCHEMES = process.argv.includes('--light-only') ? ['light'] : ['light', 'dark'];

const chromiumPath = findChromium();
if (!chromiumPath) {
  console.error("No Chromium found: install Debian's chromium package (apt-get install chromium).");
  process.exit(1);
}

mkdirSync(join(root, '.cache'), { recursive: true });
const outDir = mkdtempSync(join(root, '.cache', 'screenshot-build-'));
execFileSync(
  process.execPath,
  [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--outDir', outDir],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
const server = await startServer({ root: outDir, port: 0 });
const browser = await launchBrowser(chromiumPath);
const shots = join(root, 'docs', 'screenshots');
mkdirSync(shots, { recursive: true });
const problems = [];
try {
  for (const scheme of SCHEMES) {
    for (const view of VIEWS) {
      for (const section of SECTIONS) {
        const context = await browser.newContext({ viewport: view.viewport, colorScheme: scheme });
        const page = await context.newPage();
        page.on('pageerror', (error) => problems.push(`${section}/${view.name}/${scheme}: ${error.message}`));
        page.on('console', (msg) => {
          if (msg.type() === 'error') problems.push(`${section}/${view.name}/${scheme}: ${msg.text()}`);
        });
        await page.goto(new URL(section === 'adoption' ? '/' : `/?section=${section}`, server.url).toString());
        await waitUntilSettled(page);
        const file = join(shots, `${section}-${view.name}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: view.fullPage });
        if (section === 'adoption' && view.name === 'desktop' && scheme === 'light') {
          await page.screenshot({ path: join(root, 'docs', 'screenshot.png'), fullPage: false });
        }
        console.log(`saved ${file}`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}
if (problems.length > 0) {
  console.error(`The app reported errors while being photographed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

/** Engine ready and no panel still loading, as the browser tests wait (test/e2e/support/browser.ts). */
async function waitUntilSettled(page) {
  await page.waitForFunction(
    () => {
      const status = document.querySelector('[aria-label="Engine status"]');
      if (status?.getAttribute('data-phase') === 'failed') return true;
      const panels = [...document.querySelectorAll('[data-state]')];
      return (
        status?.getAttribute('data-phase') === 'ready' &&
        panels.length > 0 &&
        panels.every((p) => p.getAttribute('data-state') !== 'loading')
      );
    },
    undefined,
    { timeout: 90_000 },
  );
  // Let chart animations finish so the picture shows the drawn lines.
  await page.waitForTimeout(800);
}
