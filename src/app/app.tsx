import { QueryClientProvider } from '@tanstack/react-query';
import { Suspense, lazy, useEffect, useState, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { AdoptionSection } from '../features/adoption/components/adoption-section';
import { bootDbSource, getDatabase } from './boot';
import { createQueryClient } from '../lib/query/query-client';
import { ChartThemeContext } from '../lib/ui/chart-theme';
import { KnownNamesContext } from '../lib/url/known-names';
import { useUrlParam, useUrlSearch } from '../lib/url/use-url-param';
import { EngineStatusLine } from './engine-status-line';
import { SectionNav } from './section-nav';
import { SECTION_TITLES, sectionParam, type Section } from './sections';
import { ThemeToggle, useAppliedTheme } from './theme-toggle';
import { useKnownNames } from './use-known-names';

// Adoption is the landing view and ships in the entry chunk; the other sections (curve
// fitting, CSV import) load on demand so they do not delay the first chart.
const loadRetention = () => import('../features/retention/components/retention-section');
const loadProjection = () => import('../features/projection/components/projection-section');
const loadData = () => import('./data-content');
const RetentionSection = lazy(() => loadRetention().then((m) => ({ default: m.RetentionSection })));
const ProjectionSection = lazy(() => loadProjection().then((m) => ({ default: m.ProjectionSection })));
const DataSection = lazy(() => loadData().then((m) => ({ default: m.DataContent })));
// The check of a link against every section's parameters (and those parameter lists)
// matters only when a link carries something unusable; it need not hold up the first chart.
const LinkNotice = lazy(() => import('./link-notice').then((m) => ({ default: m.LinkNotice })));

/**
 * The link notice, loaded only for an address that carries parameters: a bare address has
 * nothing the page could fail to use, so the landing view does not fetch the check.
 */
function LinkNoticeIfParams({ section }: { section: Section }) {
  const search = useUrlSearch();
  if (new URLSearchParams(search).size === 0) return null;
  return (
    <Suspense fallback={null}>
      <LinkNotice section={section} />
    </Suspense>
  );
}

/** Once the first view is up, fetch the other sections' code while the user reads. */
function usePrefetchSections() {
  useEffect(() => {
    let cancelled = false;
    void getDatabase()
      .then(() => {
        if (cancelled) return;
        void loadRetention();
        void loadProjection();
        void loadData();
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);
}

function SectionContent({ section }: { section: Section }) {
  switch (section) {
    case 'adoption':
      return <AdoptionSection />;
    case 'retention':
      return <RetentionSection />;
    case 'projection':
      return <ProjectionSection />;
    case 'data':
      return <DataSection />;
  }
}

/** Lets every URL parameter that names data check it against what is loaded. */
function KnownNamesProvider({ children }: { children: ReactNode }) {
  return <KnownNamesContext value={useKnownNames()}>{children}</KnownNamesContext>;
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
  const [queryClient] = useState(() => createQueryClient(bootDbSource));
  const [section, setSection] = useUrlParam(sectionParam);
  const theme = useAppliedTheme();
  usePrefetchSections();
  useEffect(() => {
    document.title = `${SECTION_TITLES[section]} — Uptake`;
  }, [section]);
  return (
    <QueryClientProvider client={queryClient}>
      <ChartThemeContext value={theme}>
        <header className="app-header">
          <div className="brand">
            <h1>Uptake</h1>
            <p className="tagline">Threads against X, Bluesky and Mastodon: adoption, retention, launches</p>
          </div>
          <div className="header-side">
            <EngineStatusLine />
            <ThemeToggle />
          </div>
        </header>
        <SectionNav section={section} onSelect={setSection} />
        <main className="app-main" aria-label={SECTION_TITLES[section]}>
          <KnownNamesProvider>
            <LinkNoticeIfParams section={section} />
            <ErrorBoundary fallbackRender={({ error }) => <SectionFailed error={error} />} resetKeys={[section]}>
              <Suspense
                fallback={
                  <p className="panel-status" role="status">
                    Loading {SECTION_TITLES[section]}…
                  </p>
                }
              >
                <SectionContent section={section} />
              </Suspense>
            </ErrorBoundary>
          </KnownNamesProvider>
        </main>
      </ChartThemeContext>
    </QueryClientProvider>
  );
}
