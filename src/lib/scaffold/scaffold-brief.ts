import { MAX_ID } from '../../schema/id.ts';
import { toIdLike } from '../text/fold-text.ts';

/** The scaffold's placeholder texts, which a brief must replace before it is published. */
export const PLACEHOLDERS = {
  summary: 'One or two sentences for lists, cards and feeds.',
  author: 'Desk editor',
  body: 'Write the brief here.',
} as const;

/** An issue of the series already written. */
export interface SeriesIssue {
  issue: number;
  /** `YYYY-MM-DD`. */
  date: string;
  file: string;
}

/** What a new brief starts from. */
export interface ScaffoldInput {
  series: string;
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** The numbered issues of the series so far. */
  issues: readonly SeriesIssue[];
}

/** Where the brief goes and what it says. */
export interface Scaffold {
  /** Path relative to the project root. */
  path: string;
  issue: number;
  /** Why the number may need a look: another brief already has it. */
  note?: string;
  text: string;
}

/**
 * The issue number of a brief dated `date`: one after the latest issue dated on or before
 * it, so a brief written for a past week takes its place in the run, not the end of it.
 */
export function issueByDate(date: string, issues: readonly SeriesIssue[]): { issue: number; note?: string } {
  const issue = Math.max(0, ...issues.filter((i) => i.date <= date).map((i) => i.issue)) + 1;
  const taken = issues.find((i) => i.issue === issue);
  return taken ? { issue, note: `No. ${issue} is also the issue number of ${taken.file} (${taken.date}); renumber one of them if the series' numbers should stay unique` } : { issue };
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
 * A new brief at the conventional path with its issue number by date in its series and a
 * commented frontmatter skeleton that passes the check as it is.
 */
export function scaffoldBrief({ series, title, date, issues }: ScaffoldInput): Scaffold {
  const { issue, note } = issueByDate(date, issues);
  const path = `content/briefs/${date.slice(0, 4)}/${date}-${slugify(title)}.md`;
  const text = `---
title: ${JSON.stringify(title)}
series: ${series}
issue: ${issue}
date: "${date}"                 # publication date; quote it
# dataCutoff: "${date}T10:00Z"  # optional: when the data was last updated
authors: ["${PLACEHOLDERS.author}"]
summary: "${PLACEHOLDERS.summary}"
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

${PLACEHOLDERS.body} Cite a source record with \`:cite[source-id]\`.
`;
  return { path, issue, ...(note && { note }), text };
}
