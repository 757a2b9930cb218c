// The honest arithmetic of DESIGN §2: pages and charts only read what these compute.
export type { ClaimRecord, Incident, Layer, Range, SideLayer, Total } from './types.ts';
export { layerNameOf, layerOf } from './layer-of.ts';
export { groupIncidents } from './group-incidents.ts';
export { totalOf } from './total-of.ts';
export { layeredTotals, type LayeredTotals } from './layered-totals.ts';
export { binByMonth, type MonthBin, type MonthBins } from './bin-by-month.ts';
export { formatTotal } from './format-total.ts';
export { sortClaims } from './sort-claims.ts';
export { incidentLayers, type LayerRange } from './incident-layers.ts';
export { LAYER_NAMES, LAYER_ORDER } from './layer-names.ts';
export { describeTotal, type TotalText } from './describe-total.ts';
export { claimYear } from './claim-year.ts';
export { oldestReportFirst } from './oldest-report-first.ts';
export { pageNeighbours } from './page-neighbours.ts';
export { totalsByYear, type YearTotals } from './totals-by-year.ts';
export { claimPages, type ClaimPage } from './claim-pages.ts';
export { layerRows, layersInUse, type LayerRow } from './layer-rows.ts';
