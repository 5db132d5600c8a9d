// @vitest-environment happy-dom
import { act, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { DataTable } from '../../../../src/lib/ui/data-table';
import { Panel } from '../../../../src/lib/ui/panel';
import { SelectField, toOptions } from '../../../../src/lib/ui/select-field';
import { ToggleGroup } from '../../../../src/lib/ui/toggle-group';

async function render(element: ReactElement): Promise<HTMLElement> {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const container = document.createElement('div');
  document.body.append(container);
  await act(async () => createRoot(container).render(element));
  return container;
}

describe('SelectField', () => {
  it('is labelled and hands back the typed value of the chosen option', async () => {
    const onChange = vi.fn<(value: number) => void>();
    const container = await render(
      <SelectField
        label="Days"
        accessibleName="Days shown"
        value={90}
        options={toOptions([30, 90, 365], (d) => `0–${d}`)}
        onChange={onChange}
      />,
    );
    const select = container.querySelector('label > select') as HTMLSelectElement;
    expect(select.getAttribute('aria-label')).toBe('Days shown');
    expect(select.value).toBe('90');
    expect([...select.options].map((o) => o.textContent)).toEqual(['0–30', '0–90', '0–365']);
    select.value = '365';
    await act(async () => select.dispatchEvent(new Event('change', { bubbles: true })));
    expect(onChange).toHaveBeenCalledWith(365);
  });

  it('takes its accessible name from the visible label when none is given', async () => {
    const container = await render(
      <SelectField label="Metric" value="a" options={toOptions(['a', 'b'])} onChange={() => {}} />,
    );
    expect(container.querySelector('label')?.textContent).toBe('Metricab');
    expect(container.querySelector('select')?.hasAttribute('aria-label')).toBe(false);
  });
});

describe('ToggleGroup', () => {
  const options = [
    { value: 'linear', label: 'Linear' },
    { value: 'log', label: 'Log' },
    { value: 'sqrt', label: 'Root' },
  ] as const;

  it('is a labelled group of buttons, exactly one pressed and reachable by Tab', async () => {
    const container = await render(<ToggleGroup label="Scale" value="log" options={options} onChange={() => {}} />);
    const group = container.querySelector('fieldset');
    expect(group?.querySelector('legend')?.textContent).toBe('Scale');
    const buttons = [...container.querySelectorAll('button')];
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'true', 'false']);
    expect(buttons.map((b) => b.tabIndex)).toEqual([-1, 0, -1]);
  });

  it('chooses on click, not again on the pressed one, and moves with the arrow keys (wrapping)', async () => {
    const onChange = vi.fn<(value: 'linear' | 'log' | 'sqrt') => void>();
    const container = await render(<ToggleGroup label="Scale" value="log" options={options} onChange={onChange} />);
    const [linear, log, root] = [...container.querySelectorAll('button')];
    await act(async () => log?.click());
    expect(onChange).not.toHaveBeenCalled();
    await act(async () => linear?.click());
    expect(onChange).toHaveBeenLastCalledWith('linear');
    await act(async () => log?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })));
    expect(onChange).toHaveBeenLastCalledWith('sqrt');
    await act(async () => root?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })));
    expect(onChange).toHaveBeenLastCalledWith('linear');
    await act(async () => linear?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true })));
    expect(onChange).toHaveBeenLastCalledWith('sqrt');
    expect(onChange).toHaveBeenCalledTimes(4);
  });
});

describe('DataTable', () => {
  const rows = [
    { platform: 'Threads', users: 1234567, churn: 0.79 },
    { platform: 'X', users: 42, churn: 0.5 },
  ];

  it('draws column definitions with formatters, row headers and right-aligned numbers in a focusable scroll region', async () => {
    const container = await render(
      <DataTable
        label="Month-one churn"
        rows={rows}
        rowKey={(r) => r.platform}
        rowProps={(r) => ({ 'data-platform': r.platform })}
        columns={[
          { id: 'platform', header: 'Platform', rowHeader: true, cell: (r) => r.platform },
          { id: 'users', header: 'Users', numeric: true, cell: (r) => r.users.toLocaleString('en') },
          {
            id: 'churn',
            header: 'Churn',
            numeric: true,
            cell: (r) => `${r.churn * 100}%`,
            cellProps: (r) => ({ 'data-churn': r.churn }),
          },
        ]}
      />,
    );
    const region = container.firstElementChild as HTMLElement;
    expect(region.getAttribute('role')).toBe('group');
    expect(region.getAttribute('aria-label')).toBe('Month-one churn, scrollable');
    expect(region.tabIndex).toBe(0);
    const table = region.querySelector('table');
    expect(table?.getAttribute('aria-label')).toBe('Month-one churn');
    expect(
      [...(table?.querySelectorAll('thead th') ?? [])].map((th) => [
        th.textContent,
        th.className,
        th.getAttribute('scope'),
      ]),
    ).toEqual([
      ['Platform', '', 'col'],
      ['Users', 'num', 'col'],
      ['Churn', 'num', 'col'],
    ]);
    const first = table?.querySelector('tbody tr');
    expect(first?.getAttribute('data-platform')).toBe('Threads');
    expect(first?.querySelector('th')?.getAttribute('scope')).toBe('row');
    expect([...(first?.querySelectorAll('td') ?? [])].map((td) => td.textContent)).toEqual(['1,234,567', '79%']);
    expect(first?.querySelector('td[data-churn]')?.getAttribute('data-churn')).toBe('0.79');
  });
});

describe('Panel', () => {
  it('shows the Modelled badge and its calibration line only when told', async () => {
    const modelled = await render(
      <Panel title="Retention curves" state="ready" modelled="Modelled cohorts, calibrated to reported figures.">
        <p>chart</p>
      </Panel>,
    );
    const header = modelled.querySelector('section[aria-label="Retention curves"] header');
    expect(header?.querySelector('.modelled-badge')?.textContent).toBe('Modelled');
    expect(header?.querySelector('.panel-modelled')?.textContent).toBe(
      'Modelled cohorts, calibrated to reported figures.',
    );
    expect(header?.querySelector('h2')?.textContent).toBe('Retention curves');

    const reported = await render(<Panel title="Users over time" state="ready" />);
    expect(reported.querySelector('.modelled-badge')).toBeNull();
    expect(reported.textContent).not.toContain('Modelled');
  });
});
