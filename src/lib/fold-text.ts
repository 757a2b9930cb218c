/** Lowercase without accents, so that "menaka" finds "Ménaka" and "ségou" finds "Segou". */
export const foldText = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
