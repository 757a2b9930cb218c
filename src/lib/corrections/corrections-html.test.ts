import { describe, expect, it } from 'vitest';
import { correctionHtml, correctionsSectionHtml } from './corrections-html.ts';
import type { CorrectionRecord } from './list-corrections.ts';

const c: CorrectionRecord = { date: '2022-10-02', text: 'Was <b>"0"</b> & now unknown.', claims: ['kidnap'], brief: 'b', briefTitle: 'T', briefDate: '2022-05-06', anchor: 'correction-2022-10-02' };
const links = { correction: (r: CorrectionRecord) => `https://x.org/briefs/${r.brief}/#${r.anchor}`, claim: (id: string) => `https://x.org/claims/#claim-${id}`, label: (id: string) => `JNIM, “${id}”` };

describe('corrections as feed HTML', () => {
  it('escapes what the author wrote and links the day and the claims', () => {
    expect(correctionHtml(c, links)).toBe(
      '<a href="https://x.org/briefs/b/#correction-2022-10-02">2 October 2022</a>: Was &lt;b&gt;&quot;0&quot;&lt;/b&gt; &amp; now unknown. Concerns <a href="https://x.org/claims/#claim-kidnap">JNIM, “kidnap”</a>.',
    );
  });

  it('adds nothing to a brief without corrections', () => {
    expect(correctionsSectionHtml([], links)).toBe('');
    expect(correctionsSectionHtml([c, c], links).match(/<li>/g)).toHaveLength(2);
  });
});
