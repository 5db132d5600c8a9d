// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import {
  holdDeferredLoads,
  releaseDeferredLoads,
  useDeferredLoadsReleased,
} from '../../../../src/lib/ui/deferred-loads';

function Probe() {
  return <p>{useDeferredLoadsReleased() ? 'released' : 'held'}</p>;
}

describe('deferred loads', () => {
  it('are open when nothing holds them, held by the page, and released to mounted components', async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const host = document.createElement('div');
    const root = createRoot(host);
    await act(async () => root.render(<Probe />));
    expect(host.textContent).toBe('released');

    holdDeferredLoads();
    await act(async () => root.render(<Probe key="again" />));
    expect(host.textContent).toBe('held');

    await act(async () => releaseDeferredLoads());
    expect(host.textContent).toBe('released');
    await act(async () => root.unmount());
  });
});
