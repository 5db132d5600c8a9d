/**
 * Headless Chromium (Debian's /usr/bin/chromium) driven by playwright-core. No browser is
 * ever downloaded. Without Chromium the browser tests skip locally with a loud message;
 * under CI=true a missing Chromium is an error, so CI can never pass without them.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, inject } from 'vitest';
import chromiumConfig from '../../../scripts/chromium.json';

const CANDIDATES = [process.env.CHROMIUM_PATH, ...chromiumConfig.candidates].filter((p): p is string => Boolean(p));

export const CHROMIUM = CANDIDATES.find((p) => existsSync(p)) ?? null;

if (!CHROMIUM) {
  const message = `No Chromium found (looked in ${CANDIDATES.join(', ')}). Install Debian's chromium package (apt-get install chromium).`;
  if (process.env.CI === 'true') throw new Error(`${message} Browser tests must run under CI.`);
  console.warn(`\n${'!'.repeat(80)}\n!!! BROWSER TESTS SKIPPED: ${message}\n${'!'.repeat(80)}\n`);
}

/** Reason used with `describe.skipIf`: browser tests need a real Chromium. */
export const NO_BROWSER = CHROMIUM === null;

/** The flags the bench uses too (scripts/chromium.json). */
export const CHROMIUM_FLAGS: readonly string[] = chromiumConfig.flags;

export async function launchBrowser(): Promise<Browser> {
  if (!CHROMIUM) throw new Error('Chromium is not installed');
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS], headless: true });
}

// Browsers log policy problems (a blocked load, an ignored directive, an unknown
// Permissions-Policy feature) as warnings or errors, from the page or its workers.
const POLICY_MESSAGE = /content.security.policy|permissions.policy/i;
const VIOLATION_BINDING = '__uptakeCspViolation';

/** Runs in the page before its own scripts: report each CSP violation to the test. */
function reportViolations(binding: string): void {
  document.addEventListener('securitypolicyviolation', (event) => {
    const report = (window as unknown as Record<string, (text: string) => void>)[binding];
    const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
    report?.(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}${where}`);
  });
}

/** Every app page this test file opened, checked for CSP violations when it ends. */
const opened: AppPage[] = [];

// A safety net under each file's own `errors` check, which may run before its last actions.
if (CHROMIUM) {
  afterAll(() => {
    const violations = opened.flatMap((app) => app.cspViolations);
    if (violations.length > 0) throw new Error(`Content Security Policy violations:\n${violations.join('\n')}`);
  });
}

/** A page of the app plus what it did that a test should check. */
export interface AppPage {
  readonly page: Page;
  readonly baseUrl: string;
  /**
   * console.error messages, uncaught page errors, Content Security Policy violations (the
   * page's `securitypolicyviolation` events) and any console message about the CSP or the
   * Permissions-Policy, whatever its level.
   */
  readonly errors: string[];
  /** The CSP violations alone; every file that opens a page fails if any page had one. */
  readonly cspViolations: string[];
  /** Requests to any origin other than the app's own. */
  readonly foreignRequests: string[];
}

/** Open the app at `path` (query string included) in a fresh context. */
export async function openApp(
  browser: Browser,
  path = '/',
  options: { width?: number; height?: number } = {},
): Promise<AppPage> {
  const baseUrl = inject('baseUrl');
  const origin = new URL(baseUrl).origin;
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    acceptDownloads: true,
  });
  const errors: string[] = [];
  const cspViolations: string[] = [];
  const foreignRequests: string[] = [];
  await context.exposeBinding(VIOLATION_BINDING, (_source, text: string) => {
    cspViolations.push(text);
    errors.push(text);
  });
  await context.addInitScript(reportViolations, VIOLATION_BINDING);
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error' || POLICY_MESSAGE.test(msg.text())) errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  await page.goto(new URL(path, baseUrl).toString());
  const app = { page, baseUrl, errors, cspViolations, foreignRequests };
  opened.push(app);
  return app;
}

/** Wait until the engine is ready and no panel on the page is still loading. */
export async function waitForPanels(page: Page, timeout = 60_000): Promise<void> {
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
    { timeout },
  );
}
