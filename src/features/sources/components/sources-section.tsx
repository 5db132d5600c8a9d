import { SourcesPanel } from './sources-panel';

/** The Sources part of the Data section: every reported figure and its source. */
export function SourcesSection() {
  return <SourcesPanel />;
}
