// Absolute links for the HTML of feed items: feed readers resolve no relative link.
import type { CorrectionLinks } from '../lib/corrections/corrections-html.ts';
import type { ClaimRowContext } from './feeds/claims-table.ts';
import { claimNamer, correctionPaths, type Corrections } from '../site/corrections.ts';
import { absolute, paths } from '../site/paths.ts';
import { claimHref, names, type Site } from '../site/site.ts';

/** A correction's anchor and a claim's row, and how a claim is named, for corrections in feeds. */
export function feedLinks(site: Site): CorrectionLinks {
  const namer = claimNamer(site);
  return { correction: (c) => absolute(correctionPaths.of(c)), claim: (id) => absolute(namer.href(id)), label: namer.label };
}

/** What a feed's claims table needs of the site, for the table whose downloads are `key`. */
export function claimRowContext(site: Site, corrections: Corrections, key: string): ClaimRowContext {
  const { actor, region, claimant } = names(site);
  return {
    name: { actor, region, claimant, publisher: (id) => site.sources.get(id)?.data.publisher ?? id },
    href: {
      region: (id) => absolute(paths.region(id)),
      actor: (id) => absolute(paths.actor(id)),
      claim: (c) => absolute(claimHref(site, c)),
      claimant: (id) => absolute(paths.claimant(id)),
      source: (c, id) => absolute(`${paths.brief(c.brief)}#source-${id}`),
      incident: (id) => absolute(paths.incident(id)),
      correction: (c) => absolute(correctionPaths.of(c)),
      download: (format) => absolute(paths.table(key, format)),
      columns: absolute(paths.data()),
    },
    incidentOf: (id) => site.incidentOfClaim.get(id),
    correctionsOf: (id) => corrections.byClaim.get(id) ?? [],
  };
}
