import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { AdoptionSection } from '../features/adoption/components/adoption-section';
import { createQueryClient } from '../lib/query/query-client';
import { oneOf, useUrlParam } from '../lib/url/url-state';
import { EngineStatusLine } from './engine-status-line';
import { SECTIONS, SECTION_TITLES, type Section } from './sections';
import { SectionPlaceholder } from './section-placeholder';

const sectionParam = oneOf(SECTIONS);

function SectionContent({ section }: { section: Section }) {
  switch (section) {
    case 'adoption':
      return <AdoptionSection />;
    case 'retention':
      return <SectionPlaceholder section="retention" />;
    case 'projection':
      return <SectionPlaceholder section="projection" />;
    case 'data':
      return <SectionPlaceholder section="data" />;
  }
}

function SectionFailed({ error }: { error: unknown }) {
  return (
    <p role="alert" className="panel-error">
      This section failed: {error instanceof Error ? error.message : String(error)}. Other sections still work.
    </p>
  );
}

/** The app shell: header, engine status, section navigation, and the current section. */
export function App() {
  const [queryClient] = useState(createQueryClient);
  const [section, setSection] = useUrlParam<Section>('section', 'adoption', sectionParam);
  return (
    <QueryClientProvider client={queryClient}>
      <header className="app-header">
        <div className="brand">
          <h1>Uptake</h1>
          <p className="tagline">Threads against X, Bluesky and Mastodon: adoption, retention, launches</p>
        </div>
        <EngineStatusLine />
      </header>
      <nav className="app-nav" aria-label="Sections">
        {SECTIONS.map((s) => (
          <a
            key={s}
            href={`?section=${s}`}
            aria-current={s === section ? 'page' : undefined}
            onClick={(event) => {
              event.preventDefault();
              setSection(s);
            }}
          >
            {SECTION_TITLES[s]}
          </a>
        ))}
      </nav>
      <main className="app-main" aria-label={SECTION_TITLES[section]}>
        <ErrorBoundary fallbackRender={({ error }) => <SectionFailed error={error} />} resetKeys={[section]}>
          <SectionContent section={section} />
        </ErrorBoundary>
      </main>
    </QueryClientProvider>
  );
}
