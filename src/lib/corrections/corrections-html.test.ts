import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { correction, correctionsSection } from './corrections-html.ts';
import type { CorrectionRecord } from './list-corrections.ts';

const c: CorrectionRecord = { date: '2022-10-02', text: 'Was <b>"0"</b> & now unknown.', claims: ['kidnap', 'raid'], brief: 'b', briefTitle: 'T', briefDate: '2022-05-06', anchor: 'correction-2022-10-02' };
const links = { correction: (r: CorrectionRecord) => `https://x.org/briefs/${r.brief}/#${r.anchor}`, claim: (id: string) => `https://x.org/claims/#claim-${id}`, label: (id: string) => `JNIM, “${id}”` };

describe('corrections as feed HTML', () => {
  it('keeps what the author wrote as text and links the day and the claims', () => {
    expect(toHtml(correction(c, links))).toBe(
      '<a href="https://x.org/briefs/b/#correction-2022-10-02">2 October 2022</a>: Was &#x3C;b>"0"&#x3C;/b> &#x26; now unknown. Concerns <a href="https://x.org/claims/#claim-kidnap">JNIM, “kidnap”</a>; <a href="https://x.org/claims/#claim-raid">JNIM, “raid”</a>.',
    );
    expect(toHtml(correction({ ...c, claims: [] }, links))).toBe('<a href="https://x.org/briefs/b/#correction-2022-10-02">2 October 2022</a>: Was &#x3C;b>"0"&#x3C;/b> &#x26; now unknown.');
  });

  it('adds nothing to a brief without corrections, and a list item for each', () => {
    expect(correctionsSection([], links)).toBeUndefined();
    expect(toHtml(correctionsSection([c, c], links)!).match(/<li>/g)).toHaveLength(2);
  });
});
