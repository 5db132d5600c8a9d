/**
 * What makes an exported chart image readable on its own: a title above it, and below it
 * the legend, the view's settings, the sources and whether the figures are modelled.
 */
import { wrapWords } from '../wrap-words';

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';
/** A rough width per character at 12 px, to wrap lines without measuring (the export may be off screen). */
const CHAR_PX = 6.6;
const LINE_PX = 17;

/** One legend entry as drawn on screen. */
export interface LegendEntry {
  readonly label: string;
  readonly color: string;
  readonly dashed: boolean;
}

/** The caption of one exported image. */
export interface ImageCaption {
  readonly title: string;
  readonly legend: readonly LegendEntry[];
  /** Settings, sources, the modelled note: one paragraph each, wrapped to the image's width. */
  readonly lines: readonly string[];
}

/**
 * The entries of the app's own legend lists (`.legend li`, a swatch then the name). A
 * grouped legend's entries sit in lists inside its group items: only the innermost items
 * are entries.
 */
function listEntries(root: Element): LegendEntry[] {
  return [...root.querySelectorAll('.legend li')].filter((li) => !li.querySelector('li')).map(listEntry);
}

/** One entry of the app's own legend lists. */
function listEntry(li: Element): LegendEntry {
  const line = li.querySelector('.swatch-line line');
  const square = li.querySelector<HTMLElement>('.swatch');
  const color = line?.getAttribute('stroke') ?? (square ? getComputedStyle(square).backgroundColor : '#888888');
  return { label: (li.textContent ?? '').trim(), color, dashed: Boolean(line?.getAttribute('stroke-dasharray')) };
}

/** An entry of a Recharts `<Legend>` (an icon drawn in the series' colour, then the name). */
function rechartsEntry(li: Element): LegendEntry {
  const icon = li.querySelector('.recharts-legend-icon, svg path, svg line');
  const stroke = icon?.getAttribute('stroke');
  const fill = icon?.getAttribute('fill');
  const color = (stroke && stroke !== 'none' ? stroke : fill && fill !== 'none' ? fill : null) ?? '#888888';
  const label = (li.querySelector('.recharts-legend-item-text') ?? li).textContent ?? '';
  return { label: label.trim(), color, dashed: Boolean(icon?.getAttribute('stroke-dasharray')) };
}

/**
 * The legend of the chart being exported, as the page draws it: the lists or Recharts
 * legend inside `chart` itself, else the `.legend` list of the panel holding it (a panel
 * whose legend sits beside the chart). A panel with two charts keeps each one's legend apart.
 */
export function readLegend(chart: Element): LegendEntry[] {
  const own = listEntries(chart);
  if (own.length > 0) return own;
  const drawn = [...chart.querySelectorAll('.recharts-legend-item')].map(rechartsEntry);
  if (drawn.length > 0) return drawn;
  const panel = chart.closest('.panel');
  return panel ? listEntries(panel) : [];
}

/** Split text into lines of at most `width` pixels, by words; a longer word keeps its own line. */
export function wrapText(text: string, width: number): string[] {
  return wrapWords(text, Math.max(10, Math.floor(width / CHAR_PX)), 'keep');
}

function element(name: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const el = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
  if (text !== undefined) el.textContent = text;
  return el;
}

/**
 * An SVG of `width` holding the chart (placed below the title) and the caption; returns
 * it with its total height. Text colours are the page's, so the image matches the theme.
 */
export function captionedSvg(
  chart: SVGSVGElement,
  width: number,
  height: number,
  caption: ImageCaption,
  colors: { fg: string; muted: string; background: string },
) {
  const pad = 12;
  const outer = element('svg', { xmlns: SVG_NS, width, 'font-family': FONT }) as SVGSVGElement;
  outer.append(element('rect', { width: '100%', height: '100%', fill: colors.background }));
  const titleLines = wrapText(caption.title, width - 2 * pad);
  let y = pad;
  for (const line of titleLines) {
    y += 18;
    outer.append(element('text', { x: pad, y, 'font-size': 15, 'font-weight': 600, fill: colors.fg }, line));
  }
  y += 8;
  chart.setAttribute('x', '0');
  chart.setAttribute('y', String(y));
  outer.append(chart);
  y += height + 6;
  // The legend, entries side by side and wrapping.
  let x = pad;
  if (caption.legend.length > 0) y += LINE_PX;
  for (const entry of caption.legend) {
    const entryWidth = 34 + entry.label.length * CHAR_PX + 14;
    if (x > pad && x + entryWidth > width - pad) {
      x = pad;
      y += LINE_PX;
    }
    outer.append(
      element('line', {
        x1: x,
        y1: y - 4,
        x2: x + 26,
        y2: y - 4,
        stroke: entry.color,
        'stroke-width': 2.5,
        ...(entry.dashed ? { 'stroke-dasharray': '6 4' } : {}),
      }),
    );
    outer.append(element('text', { x: x + 32, y, 'font-size': 12, fill: colors.fg }, entry.label));
    x += entryWidth;
  }
  for (const paragraph of caption.lines) {
    y += 4;
    for (const line of wrapText(paragraph, width - 2 * pad)) {
      y += LINE_PX - 2;
      outer.append(element('text', { x: pad, y, 'font-size': 12, fill: colors.muted }, line));
    }
  }
  const total = Math.ceil(y + pad);
  outer.setAttribute('height', String(total));
  outer.setAttribute('viewBox', `0 0 ${width} ${total}`);
  return { svg: outer, height: total };
}
