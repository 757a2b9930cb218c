// The data the charts draw. Another module (the claims arithmetic, DESIGN §2) produces
// it; the charts only lay it out, they never add numbers up.

/** A grade layer of casualty figures: headline counts `confirmed` and `fair` claims. */
export type Layer = 'headline' | 'claimed' | 'weak' | 'contested' | 'unassessed';
/** A casualty range; `high: null` means open-ended ("51+"). */
export interface Range { low: number; high: number | null; /** No claim behind it gave a number: drawn as nothing, read as "unknown". */ unknown?: boolean }   // high null = open-ended
/** One month's figures, one range per grade layer. */
export interface MonthLayers { month: string /* YYYY-MM */; layers: Record<Layer, { range: Range; incidents: number; claimIds: string[] }> }
/** One perpetrator's claimed killed. */
export interface Bar { key: string /* actor id */; label: string; range: Range; incidents: number; href: string; /** The actor's site-wide colour; hashed from the key when absent. */ color?: string }
/** A region's claims at its centroid. */
export interface MapPoint { id: string; label: string; lat: number; lon: number; incidents: number; range: Range; href: string }
/** An actor in the co-mention network. */
export interface NetworkNode { id: string; label: string; briefs: number; href: string; /** The actor's site-wide colour; hashed from the id when absent. */ color?: string }
/** Two actors mentioned together in `weight` briefs. */
export interface NetworkLink { source: string; target: string; weight: number }
/** A series of values, one per month. */
export interface Spark { values: number[] /* per month */ }
