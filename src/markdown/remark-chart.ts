import type { Root } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { ChartSlot } from '../lib/briefs/chart-slots.ts';
import { didYouMean } from '../lib/check/describe-zod-issue.ts';
import { CHART_TYPES } from './directives.ts';
import { report, setFact } from './report.ts';
import { emptySiteIndex, type SiteIndex } from './site-index.ts';

/**
 * Turns `::chart{type actor region}` into a slot the page fills with the chart. The chart
 * itself is drawn when the page is built, from every brief's claims, so that a brief's
 * rendered Markdown stays valid when another brief changes.
 */
export default function remarkChart(index: SiteIndex = emptySiteIndex) {
  return (tree: Root, file: VFile) => {
    const slots: ChartSlot[] = [];
    visit(tree, 'leafDirective', (node: LeafDirective) => {
      if (node.name !== 'chart') return;
      const type = node.attributes?.type ?? '';
      const actor = node.attributes?.actor ?? undefined;
      const region = node.attributes?.region ?? undefined;
      const before = file.data.problems?.length ?? 0;
      if (!(CHART_TYPES as readonly string[]).includes(type)) report(file, node, '::chart', `type "${type}"; expected one of ${CHART_TYPES.join(' | ')}${didYouMean(type, CHART_TYPES)}`);
      if (actor && !index.actors.has(actor)) report(file, node, '::chart', `unknown actor "${actor}"; expected the id of an actor in content/actors/`);
      if (region && !index.regions.has(region)) report(file, node, '::chart', `unknown region "${region}"; expected the id of a region in content/regions/`);
      if ((file.data.problems?.length ?? 0) > before) return;
      slots.push({ type, ...(actor && { actor }), ...(region && { region }) });
      node.data = {
        hName: 'div',
        hProperties: { className: ['chart-slot'], dataChart: type, ...(actor && { dataActor: actor }), ...(region && { dataRegion: region }) },
      };
      node.children = [];
    });
    setFact(file, 'chartSlots', slots);
  };
}
