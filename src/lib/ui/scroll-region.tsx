import type { ReactNode } from 'react';

export interface ScrollRegionProps {
  /** Names the region for screen readers ("Cohort heatmap of Threads, scrollable"). */
  readonly label: string;
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * A box that scrolls its wide content sideways so the page never does. Focusable, so
 * keyboard users can scroll it with the arrow keys. Its role is `group`, not `region`: a
 * landmark named after a table would shadow the panel (a `region` of the same title).
 */
export function ScrollRegion({ label, className, children }: ScrollRegionProps) {
  return (
    <div
      className={className ? `scroll-region ${className}` : 'scroll-region'}
      role="group"
      aria-label={label}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
