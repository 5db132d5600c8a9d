import { startTransition, useId, useState, type DragEvent } from 'react';
import { inspectFile, type Inspection } from '../../../lib/datasets/ingest/import-csv';
import { Panel } from '../../../lib/ui/panel';
import { useImportReadiness } from '../hooks/use-import-readiness';
import { ImportCard } from './import-card';

interface Entry {
  readonly key: string;
  readonly file: File;
  /** Started in the event handler, not after the card's first render: it is on the clock. */
  readonly inspection: Promise<Inspection>;
}

/** Drop zone and file picker; each chosen file gets its own import card. Imports run one at a time. */
export function ImportPanel() {
  const [entries, setEntries] = useState<Entry[]>([]);
  const [dragging, setDragging] = useState(false);
  const inputId = useId();
  const { fileChosen } = useImportReadiness();
  const add = (files: FileList | null) => {
    if (!files || files.length === 0) return;
    fileChosen();
    const added = [...files].map((file, i) => {
      const inspection = inspectFile(file);
      inspection.catch(() => undefined); // the card shows the failure; never an unhandled rejection
      return { key: `${Date.now()}-${i}-${file.name}`, file, inspection };
    });
    // A transition: the new card is drawn when the main thread is free, not ahead of the
    // answer from reading the file's start. Drawing it first (layout and paint of the
    // whole page, ~20 ms) held that answer back, and with it the start of the read:
    // inspection took 17–40 ms before the read began, 11–21 ms as a transition.
    startTransition(() => setEntries((current) => [...current, ...added]));
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    add(event.dataTransfer.files);
  };
  return (
    <Panel
      title="Your own data"
      state="ready"
      description={
        <p>
          Bring your own figures: another platform&apos;s signups, your app&apos;s cohorts, launches, expectations or a
          raw activity log. Files stay in this browser. A file whose columns are recognised is checked and imported at
          once; its card says what was read (rows, columns, every value filled in for what the file lacks) and has Undo.
          A newer version of a file already loaded asks whether to replace it. A file with problems, or with columns to
          map, waits for your choice and nothing changes until then. Remove and Replace can be undone for 30 seconds.
        </p>
      }
    >
      <div
        className="drop-zone"
        data-dragging={dragging}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        style={{ border: `2px dashed ${dragging ? '#1c7ed6' : '#adb5bd'}`, padding: '1rem', borderRadius: 6 }}
      >
        <label htmlFor={inputId}>Import CSV</label>{' '}
        <input
          id={inputId}
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          multiple
          onChange={(e) => {
            add(e.target.files);
            e.target.value = '';
          }}
        />
        <p className="chart-note">…or drop one or more files here.</p>
      </div>
      {entries.map((entry) => (
        <ImportCard
          key={entry.key}
          file={entry.file}
          inspection={entry.inspection}
          onDismiss={() => setEntries((c) => c.filter((e) => e.key !== entry.key))}
        />
      ))}
    </Panel>
  );
}
