/**
 * happy-dom lays nothing out, so every text would measure 0 × 0 and Recharts would keep
 * every axis label, even those a browser drops for overlapping. Its measuring span gets a
 * fixed metric instead: 0.6 em a character, 1.2 em a line, a fair mean for a sans-serif.
 * Shared by the chart snapshot tests and the build's landing chart, so both thin their
 * labels alike. Patches the current DOM's HTMLElement once (a new happy-dom, a new patch).
 */
const PATCHED = Symbol.for('uptake.text-metrics');

export function measureTextLikeABrowser(): void {
  const proto = HTMLElement.prototype as HTMLElement & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  proto[PATCHED] = true;
  const original = proto.getBoundingClientRect;
  proto.getBoundingClientRect = function (this: HTMLElement) {
    if (this.id !== 'recharts_measurement_span') return original.call(this);
    const size = parseFloat(this.style.fontSize) || 14;
    const width = (this.textContent ?? '').length * size * 0.6;
    const height = size * 1.2;
    return { x: 0, y: 0, top: 0, left: 0, right: width, bottom: height, width, height, toJSON: () => ({}) } as DOMRect;
  };
}
