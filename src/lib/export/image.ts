export { downloadBlob } from './download';
/**
 * A chart as a standalone image: its SVG serialised with the few styles that live in
 * CSS copied onto the elements, and a PNG drawn from that SVG on a canvas. Nothing is
 * fetched, so exports work offline.
 */

import { captionedSvg, type ImageCaption } from './image-caption';

export { readLegend, type ImageCaption } from './image-caption';

const SVG_NS = 'http://www.w3.org/2000/svg';
// Properties that CSS (not attributes) may set on chart elements and that change how they look.
const STYLE_PROPS = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
] as const;

/** The largest <svg> inside `root` (the chart, not a legend swatch), or null. */
export function findChartSvg(root: Element): SVGSVGElement | null {
  const svgs = [...root.querySelectorAll('svg')];
  let best: SVGSVGElement | null = null;
  let area = -1;
  for (const svg of svgs) {
    const box = svg.getBoundingClientRect();
    if (box.width * box.height > area) {
      area = box.width * box.height;
      best = svg;
    }
  }
  return best;
}

/** The chart background of the scheme on screen (styles.css's --chart-bg), so an export looks as the chart does. */
function chartBackground(): string {
  return getComputedStyle(document.documentElement).getPropertyValue('--chart-bg').trim() || '#ffffff';
}

/** The page's colours in force, read from styles.css's custom properties. */
function pageColor(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/**
 * Serialise a rendered SVG into a standalone document on the theme's chart background;
 * with a caption, the title above and legend, settings and sources below it.
 */
export function serializeSvg(
  svg: SVGSVGElement,
  caption?: ImageCaption,
): { text: string; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width || Number(svg.getAttribute('width')) || 800));
  const height = Math.max(1, Math.round(box.height || Number(svg.getAttribute('height')) || 400));
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll('*')];
  const target = [clone, ...clone.querySelectorAll('*')];
  source.forEach((el, i) => {
    const copy = target[i];
    if (!copy) return;
    const computed = getComputedStyle(el);
    for (const prop of STYLE_PROPS) {
      const value = computed.getPropertyValue(prop);
      if (value && !copy.getAttribute(prop)) copy.setAttribute(prop, value);
    }
  });
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', chartBackground());
  clone.insertBefore(background, clone.firstChild);
  const serialize = (root: SVGSVGElement) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
  if (!caption) return { text: serialize(clone), width, height };
  const colors = {
    fg: pageColor('--fg', '#1f2328'),
    muted: pageColor('--muted', '#57606a'),
    background: chartBackground(),
  };
  const framed = captionedSvg(clone, width, height, caption, colors);
  return { text: serialize(framed.svg), width, height: framed.height };
}

/** Draw SVG text on a canvas at `scale` × its size and encode it as PNG. */
export async function svgToPng(svg: { text: string; width: number; height: number }, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas, so no PNG can be made; export SVG instead.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, svg.width, svg.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded; export SVG instead.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
