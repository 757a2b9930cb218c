/** What decides whether a brief is public. */
export interface Publishable {
  id: string;
  data: { date: string; draft: boolean };
}

/** Options for {@link selectPublished}. */
export interface PublishOptions {
  /** Today, `YYYY-MM-DD`: briefs dated later are scheduled, not yet public. */
  today: string;
  /** Show drafts and scheduled briefs (the live preview does). */
  preview: boolean;
}

/** Whether readers see a brief yet: a draft never, a scheduled brief from its date on. */
export function publicationState(brief: Publishable, today: string): 'draft' | 'scheduled' | 'public' {
  return brief.data.draft ? 'draft' : brief.data.date > today ? 'scheduled' : 'public';
}

/**
 * The briefs readers may see, newest first (ties by id, so the order is stable): no
 * drafts and nothing dated after today, unless previewing.
 */
export function selectPublished<T extends Publishable>(briefs: readonly T[], { today, preview }: PublishOptions): T[] {
  return briefs
    .filter((b) => preview || publicationState(b, today) === 'public')
    .sort((a, b) => (a.data.date === b.data.date ? (a.id < b.id ? 1 : -1) : a.data.date < b.data.date ? 1 : -1));
}
