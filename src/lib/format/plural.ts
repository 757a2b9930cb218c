/** A count with its noun, singular for one: "1 brief", "3 briefs", "1 country", "2 countries". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
