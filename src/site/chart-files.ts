// Every chart a brief embeds, also as a standalone file: where it lives, what it is
// called and where it sits on the page, so feeds and mail can show it as an image.
import { chartCaption, type ChartType } from './charts.ts';
import { interleaveChartSlots, type ChartSlot } from '../lib/briefs/chart-slots.ts';
import { absolute, paths, to } from './paths.ts';
import type { BriefView, Site } from './site.ts';

/** One chart of a brief, as drawn on the page and written to files. */
export interface ChartFile {
  brief: string;
  slot: ChartSlot;
  /** The id the page gives the chart (`chart-3`): its fragment on the page. */
  id: string;
  /** File name without extension: `1-fatalities-by-month`, numbered in page order. */
  name: string;
  caption: string;
  /** The brief's charts show the data as of its cutoff, as on its page (DESIGN §2.9). */
  asOf: { cutoff: string; brief: string };
}

/** The charts of one brief, in page order; the ids match those the brief page gives them. */
export function briefChartFiles(site: Site, brief: BriefView): ChartFile[] {
  const files: ChartFile[] = [];
  interleaveChartSlots(brief.parts, brief.chartSlots).forEach((part, i) => {
    if (typeof part === 'string') return;
    files.push({
      brief: brief.id,
      slot: part,
      id: `chart-${i}`,
      name: `${files.length + 1}-${part.type}`,
      caption: chartCaption(part, site),
      asOf: { cutoff: brief.data.dataCutoff ?? brief.data.date, brief: brief.id },
    });
  });
  return files;
}

/** Every brief's charts. */
export const allChartFiles = (site: Site) => site.briefs.flatMap((b) => briefChartFiles(site, b));

/** Site paths of a chart's files and of the chart on its page. */
export const chartFilePaths = (file: ChartFile) => ({
  svg: to(`charts/${file.brief}/${file.name}.svg`),
  png: to(`charts/${file.brief}/${file.name}.png`),
  page: `${paths.brief(file.brief)}#${file.id}`,
});

/** The same, absolute, for feeds. */
export const chartFileUrls = (file: ChartFile) => {
  const p = chartFilePaths(file);
  return { svg: absolute(p.svg), png: absolute(p.png), page: absolute(p.page) };
};

export type { ChartType };
