import { claimYear } from './claim-year.ts';
import type { ClaimRecord } from './types.ts';

/** One page of the claims listing: a year, or a part of a year too long for one page. */
export interface ClaimPage {
  year: string;
  /** 1 for the year's first page. */
  part: number;
  /** `2022`, or `2022/2` for its second part: the page's address under /claims/. */
  key: string;
  claims: ClaimRecord[];
}

/**
 * Splits claims, already newest first, into pages by the year their date starts, each
 * year into parts of at most `perPage` claims, so that no page lists a whole archive.
 */
export function claimPages(claimsNewestFirst: readonly ClaimRecord[], perPage: number): ClaimPage[] {
  const pages: ClaimPage[] = [];
  for (const claim of claimsNewestFirst) {
    const year = claimYear(claim);
    let page = pages.at(-1);
    if (!page || page.year !== year || page.claims.length >= perPage) {
      const part = page && page.year === year ? page.part + 1 : 1;
      page = { year, part, key: part === 1 ? year : `${year}/${part}`, claims: [] };
      pages.push(page);
    }
    page.claims.push(claim);
  }
  return pages;
}
