/** A `::chart` directive's slot in a brief's body, as the Markdown pipeline records it. */
export interface ChartSlot {
  type: string;
  actor?: string;
  region?: string;
}

/**
 * A brief's body as the page draws it: the HTML parts with each chart slot in its place.
 * `parts` and `slots` are what the loader stored (`parts.length === slots.length + 1`).
 */
export function interleaveChartSlots(parts: readonly string[], slots: readonly ChartSlot[]): (string | ChartSlot)[] {
  return parts.flatMap((part, i) => [part, ...(i < slots.length ? [slots[i]!] : [])]).filter((p) => p !== '');
}

const SLOT = /<div class="chart-slot"([^>]*)><\/div>/g;
const attr = (attrs: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1];

/** Replaces each chart slot in rendered HTML with what `render` returns for it (feeds link to the chart instead). */
export function replaceChartSlots(html: string, render: (slot: ChartSlot) => string): string {
  return html.replace(SLOT, (_, attrs: string) => {
    const actor = attr(attrs, 'data-actor');
    const region = attr(attrs, 'data-region');
    return render({ type: attr(attrs, 'data-chart') ?? '', ...(actor && { actor }), ...(region && { region }) });
  });
}
