// Each chart drawn once: its geometry (wide and narrow) computed from the site model, printed
// to the figure its page shows (src/charts/svg/), and its wide drawing made a standalone
// SVG for the chart file, its PNG and the feeds. A brief's chart, the same on its page, in its
// files and in every feed, is drawn once per chart, scope and cutoff, per site model (under
// `astro dev` an edit makes a new site model, and the chart is drawn again).
import { PNG_FONT } from './cards/render-png.ts';
import type { DataTable } from '../charts/geometry.ts';
import type { FigureStep, TimelineMark } from '../charts/incident-timeline.ts';
import { printActorNetwork } from '../charts/svg/actor-network.ts';
import { printClaimantRecord, type ClaimantRecordProps } from '../charts/svg/claimant-record.ts';
import { printClaimsByPerpetrator } from '../charts/svg/claims-by-perpetrator.ts';
import { printFatalitiesByMonth } from '../charts/svg/fatalities-by-month.ts';
import type { DrawnChart, FrameText } from '../charts/svg/frame.ts';
import { printIncidentTimeline } from '../charts/svg/incident-timeline.ts';
import { printRegionMap, type RegionMapProps } from '../charts/svg/region-map.ts';
import { printSparkline } from '../charts/svg/sparkline.ts';
import { standaloneSvg } from '../charts/svg/standalone.ts';
import type { ChartFile } from '../site/chart-files.ts';
import { chartInput, frozenNote, type ChartScope, type ChartType } from '../site/charts.ts';
import { paths } from '../site/paths.ts';
import { getSite, type Site } from '../site/site.ts';
import { sharedValue } from '../site/page-reads.ts';
import { chartTableLinks } from '../site/table-downloads.ts';

/** A chart a page shows: its type, which claims it covers, its id (unique on the page) and caption. */
export interface SiteChartProps extends ChartScope {
  type: ChartType;
  id: string;
  caption: string;
  /** For a map of a place with no claims: the region to locate. */
  locate?: string | undefined;
}

/** A chart drawn: the HTML its page prints, its Source: line, and its drawings (none for a sparkline). */
export interface SiteChartDrawing {
  html: string;
  source: string;
  chart: DrawnChart | null;
}

/** Built pages link to files of a table's rows; the dev server, which writes none, inlines them. */
const tableLinks = (table: DataTable) => chartTableLinks(table, { inline: import.meta.env.DEV });

/** What a frame shows besides the drawings. */
const frame = (caption: string, source: string, notes: FrameText['notes'] = []): FrameText => ({ caption, source, notes, tableLinks });

function draw(site: Site, { type, id, caption, locate, ...scope }: SiteChartProps): SiteChartDrawing {
  const input = chartInput(site, type, scope, locate);
  const frozen = frozenNote(site, scope);
  const notes = frozen ? [frozen] : [];
  const { source } = input;
  const drawn = (chart: DrawnChart) => ({ html: chart.html, source, chart });
  switch (input.type) {
    case 'fatalities-by-month': {
      const unbinned = input.unbinned === 1 ? '1 incident dated only to a year or a period is' : `${input.unbinned} incidents dated only to a year or a period are`;
      return drawn(printFatalitiesByMonth({ id, data: input.months, spans: input.spans, ...frame(input.unbinned > 0 ? `${caption} (${unbinned} not drawn by month)` : caption, source, notes) }));
    }
    case 'claims-by-perpetrator':
      return drawn(printClaimsByPerpetrator({ id, data: input.data, ...frame(caption, source, notes) }));
    case 'region-map':
      return drawn(printRegionMap({ id, data: input.data, locator: input.locator, ...frame(caption, source, notes) }));
    case 'actor-network':
      return drawn(printActorNetwork({ id, data: input.data, ...frame(caption, source, notes) }));
    case 'sparkline':
      return { html: printSparkline({ values: input.values }, caption), source, chart: null };
  }
}

// Per site model: charts named by their scope (a brief's, an actor's, a region's), by that
// scope, cutoff, id and caption; the standalone files by brief and file name. What drawing a
// chart read counts for every page that shows it (src/site/page-reads.ts).
const drawings = sharedValue<SiteChartDrawing>();
const files = sharedValue<ReturnType<typeof standaloneSvg> & { source: string }>();

/** A chart of the site, drawn once per chart, scope and cutoff when its scope is named (not a list of claims). */
export function siteChart(site: Site, props: SiteChartProps): SiteChartDrawing {
  const make = () => draw(site, props);
  if (props.claims) return make();
  const { type, id, caption, locate, actor, region, asOf } = props;
  return drawings(site, JSON.stringify([type, id, caption, locate, actor, region, asOf?.cutoff, asOf?.brief]), make);
}

/** The HTML of a chart of the site, as its page prints it. */
export const siteChartHtml = async (props: SiteChartProps): Promise<string> => siteChart(await getSite(), props).html;

/** The chart of `file` as a standalone SVG, with its size, description and source line: the brief page's drawing. */
export async function renderChartFile(file: ChartFile) {
  const site = await getSite();
  return files(site, `${file.brief}/${file.name}`, () => {
    const { chart, source } = siteChart(site, { type: file.slot.type as ChartType, actor: file.slot.actor, region: file.slot.region, asOf: file.asOf, id: file.id, caption: file.caption });
    if (!chart) throw new Error(`${file.brief}: the chart "${file.caption}" has no drawing to write as a file`);
    return { ...standaloneSvg(chart, { caption: file.caption, source, fontFamily: PNG_FONT }), source };
  });
}

/** A region map outside the site's charts (an incident's places). */
export const regionMapHtml = (props: Omit<RegionMapProps, 'tableLinks'>): string => printRegionMap({ ...props, tableLinks }).html;

/** A claimant's record beside the independent figures. */
export const claimantRecordHtml = (props: Omit<ClaimantRecordProps, 'tableLinks'>): string => printClaimantRecord({ ...props, tableLinks }).html;

/** An incident's figure over time; each figure of its table links to the claim behind it, on the claims page that lists it. */
export const incidentTimelineHtml = (site: Site, props: { id: string; caption: string; source: string; steps: readonly FigureStep[]; marks: readonly TimelineMark[] }): string =>
  printIncidentTimeline({ ...props, options: { claimHref: (claim) => paths.claimAt(site.claimPageOf.get(claim) ?? '', claim) }, tableLinks }).html;

