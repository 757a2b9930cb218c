import { MAX_ID } from '../schema/id.ts';
import { toIdLike } from './suggest-id.ts';

/** What a new brief starts from. */
export interface ScaffoldInput {
  series: string;
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** Issue numbers already used in the series. */
  usedIssues: readonly number[];
}

/** Where the brief goes and what it says. */
export interface Scaffold {
  /** Path relative to the project root. */
  path: string;
  issue: number;
  text: string;
}

/** The longest slug: with its date in front, a brief's id stays within the id limit. */
const MAX_SLUG = MAX_ID - 'YYYY-MM-DD-'.length;

/** The brief's file name part from its title: "Wagner's exit from Mali" → "wagners-exit-from-mali", at most 8 words and {@link MAX_SLUG} characters. */
export const slugify = (title: string) => {
  let slug = toIdLike(title.replace(/['’]/g, '')).split('-').slice(0, 8).join('-');
  if (slug.length > MAX_SLUG) {
    // At the last whole word that fits, or cut in a word longer than the limit.
    const end = slug.slice(0, MAX_SLUG + 1).lastIndexOf('-');
    slug = slug.slice(0, end > 0 ? end : MAX_SLUG);
  }
  return slug || 'brief';
};

/**
 * A new brief at the conventional path with the next issue number of its series and a
 * commented frontmatter skeleton that passes the check as it is.
 */
export function scaffoldBrief({ series, title, date, usedIssues }: ScaffoldInput): Scaffold {
  const issue = Math.max(0, ...usedIssues) + 1;
  const path = `content/briefs/${date.slice(0, 4)}/${date}-${slugify(title)}.md`;
  const text = `---
title: ${JSON.stringify(title)}
series: ${series}
issue: ${issue}
date: "${date}"                 # publication date; quote it
# dataCutoff: "${date}T10:00Z"  # optional: when the data was last updated
authors: ["Desk editor"]
summary: "One or two sentences for lists, cards and feeds."
# keyTakeaway: "The one judgement a reader must not miss."
actors: []                      # ids from content/actors/
regions: []                     # ids from content/regions/
tags: []
sources: []                     # ids from seeds/
draft: true                     # set to false to publish
claims: []
# claims:
#   - id: place-${date.slice(0, 7)}-what        # unique across the site, stable forever
#     incident: place-${date.slice(0, 7)}      # optional; claims about one event share it
#     date: "${date.slice(0, 7)}"              # "YYYY", "YYYY-MM", "YYYY-MM-DD" or { from, to }
#     region: region-id
#     perpetrators: [actor-id]
#     victims: { actors: [], category: civilians }   # civilians | military | police | militants | mercenaries | peacekeepers | mixed | unknown
#     killed: "at least 20"                  # 20, "about 20", "at least 20", "over 20", "20-35", "several", "dozens", "hundreds", "unknown"
#     claimant: actor-or-source-id
#     stance: reported                       # claimed | reported | alleged | confirmed | denied | disputed
#     grade: unassessed                      # confirmed | fair | weak | contested | discounted | unassessed
#     sources: [source-id]
---
## First story

Write the brief here. Cite a source record with \`:cite[source-id]\`.
`;
  return { path, issue, text };
}
