/**
 * The `startup_paint` figure: navigation start → the landing chart first on screen, drawn
 * from the build-time snapshot in index.html (scripts/vite/prerender.ts), before any script
 * or the engine. Read with the Element Timing API: the snapshot's caption carries
 * `elementtiming="landing-chart"` and follows the chart's SVG, so its paint time is when
 * the chart was painted (an SVG is no Element Timing candidate itself). Against the same
 * reference as `startup`: the bare page's boot + one query, alternating which goes first.
 */
/* global window, document -- the probe runs inside the page */
import { bareBoot, inFreshPage, pageResult } from './browser.mjs';
import { figure } from './stats.mjs';

/** Runs in the page before anything else: records the caption's paint and what was drawn then. */
function paintProbe() {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.identifier !== 'landing-chart' || window.__benchPaint) continue;
      const chart = document.querySelector('[data-snapshot] figure[data-rows="snapshot"]');
      window.__benchPaint = {
        at: entry.renderTime || entry.startTime,
        symbols: chart?.querySelectorAll('svg .recharts-scatter-symbol').length ?? 0,
        points: Number(chart?.getAttribute('data-points') ?? NaN),
      };
    }
  }).observe({ type: 'element', buffered: true });
}

/** One cold start: the time the snapshot's chart was painted. */
async function appFirstPaint(browser, url, timeout) {
  return inFreshPage(browser, async ({ page }) => {
    await page.addInitScript(paintProbe);
    await page.goto(url);
    const result = await pageResult(page, '__benchPaint', { timeout, polling: 50 });
    if (!(result.symbols > 0) || result.symbols !== result.points)
      throw new Error(`the painted snapshot drew ${result.symbols} of ${result.points} figures`);
    return result.at;
  });
}

/** `startup_paint` over `ctx.runs` runs, with its bare-boot reference from the same runs. */
export async function measureStartupPaint(ctx, { log, timeout }) {
  const app = [];
  const bare = [];
  for (let i = 0; i < ctx.runs; i++) {
    const order = i % 2 === 0 ? ['app', 'bare'] : ['bare', 'app'];
    for (const which of order) {
      if (which === 'app') app.push(await appFirstPaint(ctx.browser, ctx.urls.app, timeout));
      else bare.push((await bareBoot(ctx.browser, new URL('bare.html', ctx.urls.pages).toString(), timeout)).ms);
    }
    log(
      `startup_paint ${i + 1}/${ctx.runs}: chart painted ${Math.round(app.at(-1))} ms, bare boot + query ${Math.round(bare.at(-1))} ms`,
    );
  }
  return figure({
    uptake: app,
    reference: bare,
    referenceName: 'bare DuckDB-WASM boot + one query (same bundles and WASM preload as the app)',
    target: { ratio_max: 0.3 },
    note: 'paint of the build-time snapshot (Element Timing on its caption, which follows the chart); the live chart is `startup`',
  });
}
