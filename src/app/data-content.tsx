import { DataSection } from '../features/data-import/components/data-section';
import { SourcesSection } from '../features/sources/components/sources-section';

/**
 * The Data section as shown: importing and querying data, then the Sources of every
 * reported figure. Composed here because features do not import each other.
 */
export function DataContent() {
  return (
    <>
      <DataSection />
      <SourcesSection />
    </>
  );
}
