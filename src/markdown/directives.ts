/** The directives authors may use (DESIGN §1, "Markdown body"), by syntax. */
export const DIRECTIVES = {
  /** `:::name` … `:::` blocks. */
  containerDirective: ['takeaway', 'assessment', 'scenario'],
  /** `::name{…}` on a line of its own. */
  leafDirective: ['figure', 'chart'],
  /** `:name[…]` inside a sentence. */
  textDirective: ['cite'],
} as const;

/** Scenario kinds an Africa File assessment weighs. */
export const SCENARIO_KINDS = { 'most-likely': 'Most likely scenario', 'worst-case': 'Worst-case scenario' } as const;

/** Chart types `::chart{type="…"}` accepts. */
export const CHART_TYPES = ['fatalities-by-month', 'claims-by-perpetrator', 'region-map', 'actor-network'] as const;
