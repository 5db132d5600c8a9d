import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { expect } from 'vitest';
import { measureTextLikeABrowser } from '../../../scripts/support/text-metrics';

/**
 * Chart snapshots as Observable Plot keeps them: each chart drawn at a fixed size from
 * fixed rows, normalised, and compared with a stored `.svg` beside the tests that a person
 * has looked at. A mismatch writes `<name>-changed.svg` beside it to look at and fails;
 * only `UPDATE_SNAPSHOTS=1` rewrites a stored snapshot, so a normal test run never
 * changes a tracked file.
 */

const SNAPSHOT_DIR = import.meta.dirname;
const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Render React into a detached DOM (the test's happy-dom environment) and return its
 * container. Recharts 3 lays a chart out in effects, so server rendering draws nothing:
 * the effects must run, inside `act`, before the markup is read.
 */
export async function renderToDom(element: ReactElement): Promise<HTMLElement> {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  measureTextLikeABrowser();
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(element));
  return container;
}

/** Numbers to at most 2 decimals, so sub-pixel noise between engines never fails a test. */
function roundNumbers(text: string): string {
  return text.replace(/-?\d+\.\d+(?:e-?\d+)?/g, (n) => String(Math.round(Number(n) * 100) / 100));
}

/**
 * Generated ids (React's `useId`, Recharts' clip paths) renumbered in order of first use,
 * and every reference to them (`url(#…)`, `href="#…"`) with them.
 */
function renumberIds(text: string): string {
  const ids = [...new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''))];
  let out = text;
  ids.forEach((id, i) => {
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(?<=["#(])${escaped}(?=[")])`, 'g'), `id-${i + 1}`);
  });
  return out;
}

/** One element per line, so a diff of two snapshots points at the element that moved. */
function oneElementPerLine(text: string): string {
  return text.replace(/>\s*</g, '>\n<');
}

/** The normalised text of a snapshot: rounded numbers, renumbered ids, one element per line. */
export function normalise(markup: string): string {
  return `${oneElementPerLine(renumberIds(roundNumbers(markup))).trim()}\n`;
}

/**
 * The chart's `<svg>` as a standalone document: namespace set so a viewer can open it, on
 * the theme's background (the page, not the chart, paints it) so a person sees it as drawn.
 */
export function chartSvg(container: Element, background = '#ffffff'): string {
  // The wrapper's own <svg>: a Recharts legend draws each icon as a small svg.recharts-surface too.
  const svg = container.querySelector('.recharts-wrapper > svg.recharts-surface');
  if (!svg) throw new Error(`No chart was drawn; the container holds: ${container.innerHTML.slice(0, 200)}`);
  const copy = svg.cloneNode(true) as Element;
  copy.setAttribute('xmlns', SVG_NS);
  const rect = document.createElementNS(SVG_NS, 'rect');
  rect.setAttribute('width', '100%');
  rect.setAttribute('height', '100%');
  rect.setAttribute('fill', background);
  copy.insertBefore(rect, copy.firstChild);
  return copy.outerHTML;
}

/**
 * HTML (a table drawn as a heatmap) as a standalone SVG: the markup inside a
 * `<foreignObject>` with the stylesheet that styles it, so the snapshot opens in a
 * browser looking as the page draws it.
 */
export function htmlAsSvg(element: Element, size: { width: number; height: number }, css: string): string {
  return [
    `<svg xmlns="${SVG_NS}" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}">`,
    `<foreignObject width="${size.width}" height="${size.height}">`,
    `<div xmlns="http://www.w3.org/1999/xhtml" style="font: 16px system-ui, sans-serif; background: #fff">`,
    `<style>${css.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</style>`,
    element.outerHTML,
    '</div></foreignObject></svg>',
  ].join('');
}

/** Compare `markup` (normalised) with the stored `<name>.svg`; see the module comment. */
export function expectSvgSnapshot(markup: string, name: string): void {
  const actual = normalise(markup);
  const stored = join(SNAPSHOT_DIR, `${name}.svg`);
  const changed = join(SNAPSHOT_DIR, `${name}-changed.svg`);
  if (process.env.UPDATE_SNAPSHOTS === '1') {
    writeFileSync(stored, actual);
    rmSync(changed, { force: true });
    return;
  }
  const expected = existsSync(stored) ? readFileSync(stored, 'utf8') : null;
  if (expected === actual) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect.fail(
    expected === null
      ? `No stored snapshot ${name}.svg. Look at ${changed}; if it is right, run with UPDATE_SNAPSHOTS=1 to store it.`
      : `${name}.svg differs from what is drawn now. Compare it with ${changed}; if the new drawing is right, run with UPDATE_SNAPSHOTS=1.`,
  );
}
