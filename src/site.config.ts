/** Site-wide settings: the one place an editor changes the publication's identity. */
export const SITE = {
  title: 'Conflict Briefs',
  description: 'Weekly briefs on armed conflict in the Sahel and beyond: who claimed what, where, and how far the figures can be trusted.',
  language: 'en',
  /** Absolute address of the published site; links in feeds and sitemaps start with it. */
  url: process.env.SITE_URL ?? 'https://briefs.example.org',
  /** Path the site is served under, e.g. "/briefs-site/"; "/" at the domain's root. */
  base: process.env.SITE_BASE ?? '/',
  /** The licence of the data exports, as `/data/` states it. */
  dataLicence: 'The data is published under the Creative Commons Attribution 4.0 International licence (CC BY 4.0): reuse it freely, citing Conflict Briefs and the claimants and sources each row names.',
  /** Links to these domains get the Africa File asterisk. */
  foreignDomains: ['rfi.fr', 'jeuneafrique.com', 'lemonde.fr', 'france24.com', 'aa.com.tr', 'ria.ru', 'tass.ru', 'xinhuanet.com', 'aljazeera.com', 'maliweb.net', 'studio-tamani.org'],
} as const;
