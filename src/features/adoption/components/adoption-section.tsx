import { useMemo, useRef } from 'react';
import { useUrlParam } from '../../../lib/url/use-url-param';
import { setUrlParams } from '../../../lib/url/url-store';
import { ExportButtons } from '../../../lib/ui/export-buttons';
import { Panel, panelStateOf } from '../../../lib/ui/panel';
import { MEASURE_HELP, MEASURE_LABELS } from '../api/measures';
import { useAdoptionQueries } from '../hooks/use-adoption-queries';
import { adoptionCaption } from '../model/adoption-caption';
import { leftOutNote, leftOutPlatforms } from '../model/left-out-platforms';
import { oneVendorEach } from '../model/one-vendor';
import { chartEvents, eventsInView, seriesDomain } from '../model/chart-events';
import { platformsWithoutLaunch, toSeries } from '../model/series';
import { AdoptionChart } from './adoption-chart';
import { AdoptionControls, type AdoptionView } from './adoption-controls';
import { AdoptionEventsTable } from './adoption-events-table';
import { AdoptionLegend } from './adoption-legend';
import { AdoptionTable } from './adoption-table';
import { SnapshotStatus } from './snapshot-status';
import { alignedParam, measureParam, oneVendorParam, regionParam, scaleParam } from '../url-params';

/** The Adoption section: users over time, one line per platform. */
export function AdoptionSection() {
  const [measure] = useUrlParam(measureParam);
  const [region] = useUrlParam(regionParam);
  const [scale] = useUrlParam(scaleParam);
  const [aligned] = useUrlParam(alignedParam);
  const [oneVendor] = useUrlParam(oneVendorParam);
  const view: AdoptionView = { measure, region, scale, aligned, oneVendor };

  // On the landing view these start from the build-time snapshot and check it (check).
  const { seriesQuery, eventsQuery, regionsQuery, coverageQuery, check, importedFiles } = useAdoptionQueries({
    measure,
    region,
    aligned,
  });

  const regions = useMemo(() => {
    const names = new Set((regionsQuery.data ?? []).map((o) => o.region));
    names.add(region);
    return [...names];
  }, [regionsQuery.data, region]);
  const series = useMemo(() => {
    const all = toSeries(seriesQuery.data ?? [], aligned, region);
    return oneVendor ? oneVendorEach(all) : all;
  }, [seriesQuery.data, aligned, region, oneVendor]);
  const events = useMemo(
    () => chartEvents(eventsQuery.data ?? [], series, aligned),
    [eventsQuery.data, series, aligned],
  );
  const unaligned = aligned ? platformsWithoutLaunch(seriesQuery.data ?? []) : [];
  const leftOut = useMemo(
    () => leftOutNote(leftOutPlatforms(coverageQuery.data ?? [], measure, region), measure, region),
    [coverageQuery.data, measure, region],
  );

  const onChange = (patch: Partial<AdoptionView>) => {
    const next = { ...view, ...patch };
    setUrlParams([
      measureParam.update(next.measure),
      regionParam.update(next.region),
      scaleParam.update(next.scale),
      alignedParam.update(next.aligned),
      oneVendorParam.update(next.oneVendor),
    ]);
  };

  const state = eventsQuery.isError ? 'error' : panelStateOf({ ...seriesQuery, data: seriesQuery.data && series });
  const points = series.reduce((n, s) => n + s.points.length, 0);
  const platformCount = new Set(series.map((s) => s.platform)).size;
  const figure = useRef<HTMLElement>(null);
  // What the chart shows: with one counter per platform, the other vendors' rows stay out.
  const shownCounters = new Set(series.map((s) => `${s.platform}|${s.vendor}`));
  const exportRows = () =>
    (seriesQuery.data ?? [])
      .filter((p) => !oneVendor || shownCounters.has(`${p.platform}|${p.vendor}`))
      .map((p) => ({
        platform: p.platform,
        date: p.date.toISOString().slice(0, 10),
        days_since_launch: p.days_since_launch,
        value: p.value,
        measure,
        region,
        basis: p.basis,
        metric: p.metric,
        coverage: p.coverage,
        source: p.source,
        note: p.note,
        kind: p.kind,
      }));

  return (
    <Panel
      title="Users over time"
      state={state}
      error={seriesQuery.error ?? eventsQuery.error}
      actions={
        <ExportButtons
          title="Users over time"
          rows={exportRows}
          chart={figure}
          fileParts={[measure, region, aligned ? 'aligned' : null, oneVendor ? 'one-counter' : null]}
          sources={() => [...new Set(series.flatMap((s) => s.points.map((p) => p.source)))].join('; ')}
          unavailable={points === 0 ? 'Nothing to export: no figures in this view.' : null}
        />
      }
      emptyMessage={`No ${MEASURE_LABELS[measure]} figures for ${region}. Try another metric or region.`}
      description={
        <>
          <AdoptionControls view={view} regions={regions} onChange={onChange} />
          <p>{MEASURE_HELP[measure]}</p>
          {leftOut ? (
            <p className="field-note" role="status" aria-label="Platforms not drawn">
              {leftOut}
            </p>
          ) : null}
        </>
      }
    >
      <SnapshotStatus check={check} importedFiles={importedFiles} />
      <figure
        ref={figure}
        className="chart-figure"
        aria-label="Users over time chart"
        data-platforms={platformCount}
        data-points={points}
        data-rows={check.kind === 'checking' || check.kind === 'failed' ? 'snapshot' : 'live'}
      >
        <AdoptionChart series={series} events={events} scale={scale} aligned={aligned} />
        <figcaption className="chart-note">
          {adoptionCaption({ platformCount, points, measure, region, scale, aligned, unaligned, leftOut })}
        </figcaption>
      </figure>
      <AdoptionLegend series={series} />
      <AdoptionTable series={series} leftOut={leftOut} />
      <AdoptionEventsTable events={eventsInView(events, seriesDomain(series))} aligned={aligned} />
    </Panel>
  );
}
