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
