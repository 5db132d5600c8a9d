// @vitest-environment happy-dom
import { act, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { Panel } from '../../../../src/lib/ui/panel';

async function render(element: ReactElement): Promise<HTMLElement> {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const container = document.createElement('div');
  document.body.append(container);
  await act(async () => createRoot(container).render(element));
  return container;
}

const DETAILS = ['Threads keeps 21% on day 30.', 'Documented in data/README.md, "Calibration targets".'];

describe("Panel's explanation under the Modelled line", () => {
  it('is a closed disclosure in the header, one paragraph per entry, and no link', async () => {
    const container = await render(
      <Panel title="Cohort heatmap" state="ready" modelled="Modelled cohorts." modelledDetails={DETAILS}>
        <p>table</p>
      </Panel>,
    );
    const header = container.querySelector('section[aria-label="Cohort heatmap"] header');
    const details = header?.querySelector('details.panel-modelled-details');
    expect(details).not.toBeNull();
    expect(details?.hasAttribute('open')).toBe(false);
    expect(details?.querySelector('summary')?.textContent).toBe('What the model is calibrated to');
    expect([...(details?.querySelectorAll('p') ?? [])].map((p) => p.textContent)).toEqual(DETAILS);
    // The line the image exports read stays the one line; the README is named, never linked (it is not served).
    expect(header?.querySelector('.panel-modelled')?.textContent).toBe('Modelled cohorts.');
    expect(container.querySelector('a')).toBeNull();
  });

  it('is not shown without the Modelled line, nor when empty', async () => {
    const reported = await render(<Panel title="Retention curves" state="ready" modelledDetails={DETAILS} />);
    expect(reported.querySelector('details')).toBeNull();
    expect(reported.textContent).not.toContain('calibrated');
    const bare = await render(<Panel title="Lifecycle" state="ready" modelled="Modelled." modelledDetails={[]} />);
    expect(bare.querySelector('details')).toBeNull();
    expect(bare.querySelector('.modelled-badge')?.textContent).toBe('Modelled');
  });
});
