import { createRef } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ExportButtons } from '../../../../src/lib/ui/export-buttons';

const rows = () => [{ day: 1, rate: 0.5 }];
/** The visible labels of the buttons, in order. */
const buttonsOf = (html: string) => [...html.matchAll(/<button[^>]*>([^<]*)<\/button>/g)].map((m) => m[1]);

describe('ExportButtons', () => {
  it('offers CSV, PNG and SVG for a chart', () => {
    const html = renderToStaticMarkup(
      <ExportButtons title="Retention curves" rows={rows} chart={createRef<Element>()} />,
    );
    expect(buttonsOf(html)).toEqual(['Export CSV', 'Export PNG', 'Export SVG']);
    expect(html).toContain('aria-label="Export Retention curves"');
  });

  it('offers only CSV without a chart (a table has no image to export)', () => {
    const html = renderToStaticMarkup(<ExportButtons title="Cohort heatmap" rows={rows} />);
    expect(buttonsOf(html)).toEqual(['Export CSV']);
    expect(html).toContain('aria-label="Export Cohort heatmap"');
  });
});
