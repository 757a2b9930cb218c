import type { APIRoute, GetStaticPaths } from 'astro';
import { renderPng } from '../../../render/cards/render-png.ts';
import { allChartFiles, type ChartFile } from '../../../site/chart-files.ts';
import { renderChartFile } from '../../../render/chart-render.ts';
import { getSite } from '../../../site/site.ts';

// Each chart a brief embeds, drawn by the same component as on the page, as SVG and PNG.
export const getStaticPaths: GetStaticPaths = async () =>
  allChartFiles(await getSite()).flatMap((file) => (['svg', 'png'] as const).map((ext) => ({ params: { brief: file.brief, file: `${file.name}.${ext}` }, props: { file, ext } })));

export const GET: APIRoute = async ({ props }) => {
  const { file, ext } = props as { file: ChartFile; ext: 'svg' | 'png' };
  const chart = await renderChartFile(file);
  if (ext === 'svg') return new Response(chart.svg, { headers: { 'Content-Type': 'image/svg+xml' } });
  // Twice the SVG's size, for sharp text on high-density screens.
  return new Response(Buffer.from(await renderPng(chart.svg, chart.width * 2)), { headers: { 'Content-Type': 'image/png' } });
};
