import type { Root } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { CHART_TYPES } from './directives.ts';
import { emptySiteIndex, type SiteIndex } from './site-index.ts';

/**
 * Turns `::chart{type actor region}` into a slot the page fills with the chart. The chart
 * itself is drawn when the page is built, from every brief's claims, so that a brief's
 * rendered Markdown stays valid when another brief changes.
 */
export default function remarkChart(index: SiteIndex = emptySiteIndex) {
  return (tree: Root, file: VFile) => {
    visit(tree, 'leafDirective', (node: LeafDirective) => {
      if (node.name !== 'chart') return;
      const type = node.attributes?.type ?? '';
      const actor = node.attributes?.actor ?? undefined;
      const region = node.attributes?.region ?? undefined;
      if (!(CHART_TYPES as readonly string[]).includes(type)) {
        file.fail(`::chart: type "${type}"; expected one of ${CHART_TYPES.join(' | ')}`, node);
      }
      if (actor && !index.actors.has(actor)) file.fail(`::chart: unknown actor "${actor}"; expected the id of an actor in content/actors/`, node);
      if (region && !index.regions.has(region)) file.fail(`::chart: unknown region "${region}"; expected the id of a region in content/regions/`, node);
      node.data = {
        hName: 'div',
        hProperties: { className: ['chart-slot'], dataChart: type, ...(actor && { dataActor: actor }), ...(region && { dataRegion: region }) },
      };
      node.children = [];
    });
  };
}
