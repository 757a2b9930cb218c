/** A `::chart` directive's slot, as the Markdown pipeline left it in a brief's HTML. */
export interface ChartSlot {
  type: string;
  actor?: string;
  region?: string;
}

const SLOT = /<div class="chart-slot"([^>]*)><\/div>/g;
const attr = (attrs: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1];

const toSlot = (attrs: string): ChartSlot => {
  const actor = attr(attrs, 'data-actor');
  const region = attr(attrs, 'data-region');
  return { type: attr(attrs, 'data-chart') ?? '', ...(actor && { actor }), ...(region && { region }) };
};

/** Splits a brief's HTML around its chart slots, so the page can draw each chart in place. */
export function splitChartSlots(html: string): (string | ChartSlot)[] {
  const parts: (string | ChartSlot)[] = [];
  let last = 0;
  for (const match of html.matchAll(SLOT)) {
    parts.push(html.slice(last, match.index));
    parts.push(toSlot(match[1]!));
    last = match.index + match[0].length;
  }
  parts.push(html.slice(last));
  return parts.filter((p) => p !== '');
}

/** Replaces each chart slot with what `render` returns for it (feeds link to the chart instead). */
export function replaceChartSlots(html: string, render: (slot: ChartSlot) => string): string {
  return html.replace(SLOT, (_, attrs: string) => render(toSlot(attrs)));
}
