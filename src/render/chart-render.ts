// A brief's chart drawn by the same Astro component as on its page (through Astro's
// container API), then made standalone: the SVG and PNG files, and the feeds' images.
import { experimental_AstroContainer } from 'astro/container';
import SiteChart from '../components/SiteChart.astro';
import { PNG_FONT } from './cards/render-png.ts';
import { standaloneSvg, type StandaloneChart } from '../lib/chart-file/standalone-svg.ts';
import type { ChartFile } from '../site/chart-files.ts';
import { chartInput, type ChartType } from '../site/charts.ts';
import { getSite, type Site } from '../site/site.ts';
import { sharedWork } from '../site/page-reads.ts';

let container: Promise<experimental_AstroContainer> | undefined;
// Per site model, so that under `astro dev` an edit draws the chart again; what drawing it
// read counts for every page that shows it.
const rendered = sharedWork<StandaloneChart & { source: string }>();

/** Renders an Astro component to HTML outside a page (one container per build). */
export async function renderComponentHtml(component: Parameters<experimental_AstroContainer['renderToString']>[0], props: Record<string, unknown>): Promise<string> {
  container ??= experimental_AstroContainer.create();
  return (await container).renderToString(component, { props });
}

async function render(site: Site, file: ChartFile) {
  const type = file.slot.type as ChartType;
  const scope = { actor: file.slot.actor, region: file.slot.region, asOf: file.asOf };
  const html = await renderComponentHtml(SiteChart, { type, ...scope, id: file.id, caption: file.caption });
  const { source } = chartInput(site, type, scope);
  return { ...standaloneSvg(html, { caption: file.caption, source, fontFamily: PNG_FONT }), source };
}

/** The chart of `file` as a standalone SVG, with its size, description and source line (cached per build). */
export async function renderChartFile(file: ChartFile) {
  const site = await getSite();
  return rendered(site, `${file.brief}/${file.name}`, () => render(site, file));
}
