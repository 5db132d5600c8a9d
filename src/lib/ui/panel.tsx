import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';

/** What a panel is showing; tests wait on the `data-state` attribute. */
export type PanelState = 'loading' | 'ready' | 'empty' | 'error';

export interface PanelProps {
  /** Heading and accessible name of the panel. */
  readonly title: string;
  readonly state: PanelState;
  /** Shown under the heading. */
  readonly description?: ReactNode;
  /** Controls shown beside the heading (selectors, export buttons). */
  readonly actions?: ReactNode;
  /** What to say when the state is `empty`. */
  readonly emptyMessage?: string;
  /** The error to show when the state is `error`. */
  readonly error?: unknown;
  /**
   * Set when the panel shows modelled (not reported) data: a "Modelled" badge beside the
   * heading, and this one line on what the model is calibrated to under it.
   */
  readonly modelled?: string | undefined;
  /**
   * What the model is calibrated to, in full, and where it is documented: one paragraph
   * each, in a disclosure under the modelled line (shown only with `modelled`). The app
   * cannot link to data/README.md (it is not served), so the explanation comes to the reader.
   */
  readonly modelledDetails?: readonly string[] | undefined;
  readonly children?: ReactNode;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function PanelBody({ state, emptyMessage, error, children }: PanelProps) {
  switch (state) {
    case 'loading':
      return (
        <p className="panel-status" role="status">
          Loading…
        </p>
      );
    case 'empty':
      return <p className="panel-status">{emptyMessage ?? 'No data for this selection.'}</p>;
    case 'error':
      return (
        <p className="panel-error" role="alert">
          {messageOf(error)}
        </p>
      );
    case 'ready':
      return <>{children}</>;
  }
}

/** The modelled line's explanation, closed until asked for, so the header stays one line. */
function ModelledDetails({ paragraphs }: { paragraphs: readonly string[] }) {
  return (
    <details className="panel-modelled-details">
      <summary>What the model is calibrated to</summary>
      {paragraphs.map((text) => (
        <p key={text}>{text}</p>
      ))}
    </details>
  );
}

/** Marks a panel whose figures come from a model, where the eye lands first. */
function ModelledBadge() {
  return (
    <span className="modelled-badge" title="These figures are modelled, not reported: see the line below the heading.">
      Modelled
    </span>
  );
}

function CrashedPanel({ title, error, resetErrorBoundary }: FallbackProps & { title: string }) {
  return (
    <section className="panel" aria-label={title} data-state="error">
      <h2>{title}</h2>
      <div className="panel-error" role="alert">
        <p>This panel failed to draw: {messageOf(error)}</p>
        <p>The rest of the page still works. You can retry, or change the controls.</p>
        <button type="button" onClick={resetErrorBoundary}>
          Retry
        </button>
      </div>
    </section>
  );
}

/**
 * A titled region with loading / empty / error states and its own error boundary, so a
 * panel that throws while drawing never blanks the page.
 */
export function Panel(props: PanelProps) {
  const { title, state, description, actions, modelled, modelledDetails } = props;
  return (
    <ErrorBoundary fallbackRender={(fallback) => <CrashedPanel {...fallback} title={title} />} resetKeys={[state]}>
      <section className="panel" aria-label={title} data-state={state} aria-busy={state === 'loading'}>
        <header className="panel-header">
          <div className="panel-title">
            <h2>{title}</h2>
            {modelled ? <ModelledBadge /> : null}
          </div>
          {actions ? <div className="panel-actions">{actions}</div> : null}
          {modelled ? <p className="panel-modelled">{modelled}</p> : null}
          {modelled && modelledDetails?.length ? <ModelledDetails paragraphs={modelledDetails} /> : null}
        </header>
        {description ? <div className="panel-description">{description}</div> : null}
        <PanelBody {...props} />
      </section>
    </ErrorBoundary>
  );
}

/**
 * The panel state of a react-query result: loading, error, or empty/ready by row count.
 * Results never go stale on their own (staleTime is Infinity), so stale data being
 * refetched means an import or removal changed the table: the panel says it is loading
 * rather than present rows it knows to be out of date.
 */
export function panelStateOf(query: {
  isPending: boolean;
  isError: boolean;
  data?: readonly unknown[] | undefined;
  isFetching?: boolean;
  isStale?: boolean;
}): PanelState {
  if (query.isError) return 'error';
  if (query.isPending || !query.data) return 'loading';
  if (query.isFetching && query.isStale) return 'loading';
  return query.data.length === 0 ? 'empty' : 'ready';
}
