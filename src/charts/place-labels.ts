// Labels that do not collide: each label tries its candidate positions in order and takes
// the first that overlaps neither a label already placed nor an obstacle (a mark); a
// label with no free position is left out, its figure staying in the title and table.

/** An axis-aligned box. */
export interface Box { x: number; y: number; width: number; height: number }

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * For each label in priority order, the index of the first candidate box that fits inside
 * `frame` and meets no placed label or obstacle; null when none does.
 */
export function placeLabels(labels: readonly Box[][], obstacles: readonly Box[], frame: Box): (number | null)[] {
  const placed: Box[] = [];
  return labels.map((candidates) => {
    const inside = (b: Box) => b.x >= frame.x && b.y >= frame.y && b.x + b.width <= frame.x + frame.width && b.y + b.height <= frame.y + frame.height;
    const i = candidates.findIndex((b) => inside(b) && !placed.some((p) => overlaps(p, b)) && !obstacles.some((o) => overlaps(o, b)));
    if (i >= 0) placed.push(candidates[i]!);
    return i >= 0 ? i : null;
  });
}

/** Estimated width of a text of `size` px in the charts' sans-serif face (no DOM at build time). */
export const textWidth = (text: string, size: number): number => text.length * size * 0.58;

/** Splits a text into lines no wider than `maxWidth` at `size` px, at spaces. */
export function wrapText(text: string, maxWidth: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
