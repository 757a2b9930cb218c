// The data the charts draw. Another module (the claims arithmetic, DESIGN §2) produces
// it; the charts only lay it out, they never add numbers up.

/** A grade layer of casualty figures: headline counts `confirmed` and `fair` claims. */
export type Layer = 'headline' | 'claimed' | 'weak' | 'contested' | 'unassessed';
/** A casualty range; `high: null` means open-ended ("51+"). */
export interface Range {
  low: number;
  high: number | null;
  /** No claim behind it gave a number: drawn hollow and read "no figure", never as 0. */
  unknown?: boolean;
}
/** One layer's figure over some incidents: the range their numbered claims give, and how many gave none. */
export interface Cell {
  range: Range;
  /** Incidents counted, numbered or not. */
  incidents: number;
  /** How many of them gave a number; the others add nothing to `range`. */
  numbered: number;
  claimIds: string[];
  /** The listing of the incidents it counts, which its mark and table cell link to. */
  href?: string;
}
/** One month's figures, one range per grade layer. */
export interface MonthLayers { month: string /* YYYY-MM */; layers: Record<Layer, Cell> }
/** A period total (scope: aggregate): drawn as a labelled span on a time axis, never added. */
export interface PeriodSpan {
  id: string;
  /** Who gives the figure, as short as readers know it: "ACLED". */
  claimant: string;
  /** First and last day of the period, `YYYY-MM-DD`. */
  from: string;
  to: string;
  range: Range;
  /** The figure as the claimant worded it ("more than 900"), shown beside the range. */
  phrase?: string;
  layer: Layer;
  /** Who was killed, in words: "civilians", "people", "MINUSMA peacekeepers". */
  victims: string;
  /** Who killed them: "by FAMa and Wagner", or "by perpetrators not named". */
  perpetrators: string;
  /** Where, by name: "Mali". */
  region: string;
  /** The claim's row, which the span and its table cell link to. */
  href?: string;
}
/** One perpetrator's claimed killed in one layer. */
export interface Bar {
  key: string /* actor id/layer */;
  label: string;
  layer: Layer;
  range: Range;
  incidents: number;
  /** Incidents that gave a number; the others are listed as giving no figure. */
  numbered?: number;
  /** Incidents also counted under another perpetrator of the chart: the bars must not be added. */
  shared?: number;
  href: string;
  /** The listing of the incidents the bar counts, which its mark and table cell link to. */
  incidentsHref?: string;
  /** The actor's site-wide colour; hashed from the key when absent. */
  color?: string;
}
/** How precisely a map point is placed: at a place or district, or only at a country's centroid. */
export type MapPrecision = 'place' | 'country';
/** A region's claims at its centroid, one figure per layer. */
export interface MapPoint {
  id: string;
  label: string;
  lat: number;
  lon: number;
  incidents: number;
  /** Incidents here that no claim gives a number for, in any layer. */
  silent?: number;
  /** The headline figure (confirmed and fair), which sizes the circle. */
  range: Range;
  /** Each other layer's figure, drawn as rings; absent when the layer has no incident here. */
  layers?: Partial<Record<Exclude<Layer, 'headline'>, Range>>;
  precision?: MapPrecision;
  href: string;
}
/** An actor in the co-mention network. */
export interface NetworkNode { id: string; label: string; briefs: number; href: string; /** The actor's site-wide colour; hashed from the id when absent. */ color?: string }
/** Two actors mentioned together in `weight` briefs. */
export interface NetworkLink { source: string; target: string; weight: number }
/** A series of values, one per month. */
export interface Spark { values: number[] /* per month */ }
