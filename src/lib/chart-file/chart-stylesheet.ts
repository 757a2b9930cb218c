// The charts' page styles resolved to fixed light-theme colours, for a chart that travels
// on its own (feed readers, mail, image viewers): no custom properties, no media queries,
// only selectors an SVG renderer without a browser understands.

/** The site's light-theme colours (src/styles/global.css) and the chart layers' (src/styles/charts.css). */
export const CHART_COLOURS = {
  bg: '#fdfcf9',
  fg: '#1b1b1b',
  muted: '#595959',
  rule: '#d9d5cc',
  accent: '#8a1c1c',
  box: '#f2f0ea',
  layers: { headline: '#1b1b1b', claimed: '#8a1c1c', weak: '#8a6500', contested: '#5a4bb0', unassessed: '#595959' },
} as const;

/**
 * The stylesheet a standalone chart SVG carries, for text set in `fontFamily`; `patterns`
 * fill the bars of their layer (as the page's styles do with the ids the chart names).
 */
export function chartStylesheet(fontFamily: string, patterns: readonly { layer: string; id: string }[] = []): string {
  const c = CHART_COLOURS;
  const layers = Object.entries(c.layers).map(
    ([layer, colour]) => `.layer-${layer} .bar{stroke:${colour}}.layer-${layer} .pattern-ink{stroke:${colour}}.layer-${layer} .pattern-dot{fill:${colour}}`,
  );
  return [
    `svg{font-family:${fontFamily};color:${c.fg}}`,
    `text{fill:${c.fg}}`,
    // Ticks, keys and the figures on claimed killed by month are styled by their group's class.
    `.axis-label,.axis text,.legend text{fill:${c.muted};font-size:11px}`,
    `.axis line{stroke:${c.rule};stroke-width:1}`,
    `.axis .baseline{stroke:${c.muted};stroke-width:1}`,
    `.mark-label{fill:${c.fg};font-size:12px}`,
    `.value-label,.bars text,.no-figure-band a text,.spans text{fill:${c.fg};font-size:11px}`,
    `.empty{fill:${c.muted};font-size:14px}`,
    `.chart-caption{fill:${c.fg};font-size:13px;font-weight:700}`,
    `.chart-source{fill:${c.muted};font-size:11px}`,
    // Claimed killed by month: one colour per layer, patterns for the uncertain layers.
    `.bar{stroke-width:1.5}`,
    ...layers,
    `.layer-headline .bar{fill:${c.layers.headline}}`,
    `.layer-unassessed .bar{fill:${c.bg};stroke-dasharray:3 2}`,
    ...patterns.map((p) => `.layer-${p.layer} .bar{fill:url(#${p.id})}`),
    `.pattern-ground{fill:${c.bg}}`,
    `.pattern-ink{stroke-width:2.5}`,
    // Claimed killed by perpetrator: fills are the actors' colours, as attributes.
    `.range{stroke-width:1}`,
    // A mark for an incident with no figure: an empty dashed box, never a filled one.
    `.bar.unknown,.range.unknown{fill:${c.bg};stroke-dasharray:2 2;stroke-width:1.5}`,
    `.no-figure{fill:${c.bg};stroke:${c.fg};stroke-width:1.5;stroke-dasharray:2 2}`,
    `.band-rule{stroke:${c.rule};stroke-width:1;stroke-dasharray:4 3}`,
    // Map and network.
    `.country{fill:${c.box};stroke:${c.muted};stroke-width:0.75;stroke-linejoin:round}`,
    `.region{fill:${c.accent};fill-opacity:0.35;stroke:${c.accent};stroke-width:1.5}`,
    `.key{fill:none;stroke:${c.muted};stroke-width:1}`,
    `.link{stroke:${c.muted};stroke-opacity:0.6;stroke-linecap:round}`,
    `.node{stroke:${c.bg};stroke-width:1.5}`,
    `.halo{paint-order:stroke;stroke:${c.bg};stroke-width:3px;stroke-linejoin:round}`,
  ].join('\n');
}
