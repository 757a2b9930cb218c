/** The year a claim is listed under on the paginated claims pages: the year its date starts. */
export const claimYear = (claim: { date: { start: string } }): string => claim.date.start.slice(0, 4);
