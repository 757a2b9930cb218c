/** Without accents, case kept: "Ménaka" → "Menaka". */
export const stripAccents = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '');

/** Lowercase without accents, so that "menaka" finds "Ménaka" and "ségou" finds "Segou". */
export const foldText = (text: string): string => stripAccents(text).toLowerCase();

/** Folded, and anything but letters and digits joined by single hyphens: "Ménaka (town)" → "menaka-town". */
export const toIdLike = (text: string): string =>
  foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
