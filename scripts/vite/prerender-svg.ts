/**
 * Make a chart drawn for the page (interactive, styled inline) fit to stand in index.html
 * before any script runs:
 * - no `style` attributes: the page's Content-Security-Policy (style-src 'self') blocks
 *   inline styles, so sizing comes from classes in styles.css instead;
 * - nothing focusable or announced as interactive: nothing in it responds until the app
 *   is up, so it is one image with a name;
 * - ids prefixed, so they can never clash with the page's own;
 * - coordinates to 2 decimals (a hundredth of a pixel), a third less markup.
 */
export function staticSvg(svg: Element, { label, idPrefix }: { label: string; idPrefix: string }): string {
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    el.removeAttribute('style');
    el.removeAttribute('tabindex');
    el.removeAttribute('role');
    el.removeAttribute('aria-label');
    for (const { name, value } of [...el.attributes]) {
      if (/^-?\d+\.\d{3,}$/.test(value)) el.setAttribute(name, String(Math.round(Number(value) * 100) / 100));
    }
    if (el.getAttribute('d')) el.setAttribute('d', roundPath(el.getAttribute('d') ?? ''));
    const id = el.getAttribute('id');
    if (id) el.setAttribute('id', `${idPrefix}${id}`);
    for (const name of ['clip-path', 'mask', 'fill', 'filter']) {
      const value = el.getAttribute(name);
      if (value?.includes('url(#')) el.setAttribute(name, value.replace(/url\(#/g, `url(#${idPrefix}`));
    }
  }
  // Empty <title>/<desc> would compete with the label for the image's name.
  for (const el of svg.querySelectorAll(':scope > title, :scope > desc')) {
    if (!el.textContent?.trim()) el.remove();
  }
  const width = svg.getAttribute('width');
  const height = svg.getAttribute('height');
  if (width && height && !svg.getAttribute('viewBox')) svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  svg.setAttribute('class', 'snapshot-chart');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return svg.outerHTML;
}

/** A path's numbers to 2 decimals. */
function roundPath(d: string): string {
  return d.replace(/-?\d+\.\d+(?:e-?\d+)?/g, (n) => String(Math.round(Number(n) * 100) / 100));
}
