import type { ReactElement } from 'react';
import { measureTextLikeABrowser } from '../support/text-metrics.ts';

/**
 * Draw a Recharts chart to SVG markup in Node, as the chart snapshot tests do
 * (test/unit/charts/svg-snapshot.ts): happy-dom as the DOM (set up by Vitest's own
 * happy-dom environment, and torn down after), with the same fixed text metric. Recharts 3
 * lays a chart out in effects, so React's server renderer would draw nothing; and a build
 * runs React's production bundle, which has no `act`, so this waits for the effects itself.
 * `finish` turns the drawn `<svg>` (a copy) into markup while the DOM is still there.
 */
export async function drawChart(
  element: () => Promise<ReactElement>,
  selector: string,
  finish: (svg: Element) => string,
): Promise<string> {
  const { builtinEnvironments } = await import('vitest/runtime');
  const env = await builtinEnvironments['happy-dom'].setup(globalThis, {});
  try {
    measureTextLikeABrowser();
    const { createRoot } = await import('react-dom/client');
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    root.render(await element());
    const svg = await drawn(container, selector);
    const markup = finish(svg.cloneNode(true) as Element);
    root.unmount();
    // React's scheduler may still hold a task for the root (it reads `window` when it runs):
    // let it run out before the DOM goes, or it throws in the build's process afterwards.
    for (let turn = 0; turn < 10; turn++) await new Promise((resolve) => setTimeout(resolve, 5));
    return markup;
  } finally {
    await env.teardown(globalThis);
  }
}

/** The chart's surface once it holds `selector` and nothing changed for a few turns of the event loop. */
async function drawn(container: Element, selector: string): Promise<Element> {
  let last = '';
  let steady = 0;
  for (let turn = 0; turn < 200; turn++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    const svg = container.querySelector('.recharts-wrapper > svg.recharts-surface');
    const markup = svg?.querySelector(selector) ? svg.outerHTML : '';
    steady = markup !== '' && markup === last ? steady + 1 : 0;
    last = markup;
    if (svg && steady >= 3) return svg;
  }
  throw new Error(`The landing chart was not drawn in Node (no ${selector} after 1 s)`);
}
