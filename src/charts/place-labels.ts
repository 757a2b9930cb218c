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

// Advance widths of printable ASCII (space to tilde) in hundredths of an em, as DejaVu Sans
// draws them: the widest of the faces the charts' `system-ui` stack meets (Segoe UI, San
// Francisco, Roboto and the bundled Inter are narrower), so a label placed by these widths
// has room in any of them.
const ASCII = [
  32, 40, 46, 84, 64, 95, 78, 28, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84, 84, 84, 53,
  100, 68, 69, 70, 77, 63, 58, 78, 75, 30, 30, 66, 56, 86, 75, 79, 60, 79, 69, 63, 61, 73, 68, 99, 69, 61, 69, 39, 34, 39, 84, 50,
  50, 61, 63, 53, 63, 57, 35, 63, 63, 28, 28, 58, 28, 97, 63, 55, 63, 63, 38, 52, 39, 63, 59, 82, 59, 59, 53, 64, 34, 64, 84,
];
const OTHER: Record<string, number> = { '–': 50, '—': 100, '’': 32, '‘': 32, '“': 52, '”': 52, '…': 100, '·': 32, '≈': 84, '›': 40, '‹': 40 };

/** The width of one character in ems: an accented letter as its base letter, anything unknown as wide as an "M". */
function charWidth(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 32 && code < 127) return ASCII[code - 32]! / 100;
  if (ch in OTHER) return OTHER[ch]! / 100;
  const base = ch.normalize('NFD')[0]!;
  return base !== ch && base.charCodeAt(0) >= 32 && base.charCodeAt(0) < 127 ? ASCII[base.charCodeAt(0) - 32]! / 100 : 0.86;
}

/** The width of a text of `size` px in the charts' sans-serif face, at most what any face of it draws (no DOM at build time). */
export function textWidth(text: string, size: number): number {
  let ems = 0;
  for (const ch of text) ems += charWidth(ch);
  return ems * size;
}

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

/** A place for a label around a mark: the box it takes, its text anchor, and where a leader line would end. */
export interface Spot {
  box: Box;
  at: { x: number; y: number; anchor: 'start' | 'middle' | 'end' };
  /** The point by the label a leader line from the mark runs to. */
  end: [number, number];
  /** Whether the label sits away from the mark (past the first ring) and needs a leader line. */
  far: boolean;
}

/**
 * Candidate spots for a label of width `w` around a circle: right, left, above, below, then
 * the diagonals, at each distance from its edge in turn; `first: 'left'` swaps right and left.
 * A label of several `lines` (each `font + 2` apart) is placed by the baseline of its first.
 */
export function spotsAround(c: { x: number; y: number; r: number }, w: number, font: number, distances: readonly number[], first: 'right' | 'left' = 'right', lines = 1): Spot[] {
  const line = font + 2;
  const h = lines * line;
  // The first baseline, for a label centred on the circle's middle, and for one above it.
  const centred = c.y + font / 3 - ((lines - 1) * line) / 2;
  return distances.flatMap((gap, ring) => {
    const o = c.r + gap;
    const d = o * Math.SQRT1_2;
    const right: Spot = { box: { x: c.x + o, y: c.y - h / 2 - 1, width: w, height: h }, at: { x: c.x + o, y: centred, anchor: 'start' }, end: [c.x + o - 2, c.y], far: ring > 0 };
    const left: Spot = { box: { x: c.x - o - w, y: c.y - h / 2 - 1, width: w, height: h }, at: { x: c.x - o, y: centred, anchor: 'end' }, end: [c.x - o + 2, c.y], far: ring > 0 };
    const spot = (dx: number, dy: number, anchor: Spot['at']['anchor']): Spot => {
      const x = c.x + dx;
      const bx = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
      const above = dy < 0;
      return { box: { x: bx, y: above ? c.y + dy - h : c.y + dy, width: w, height: h }, at: { x, y: above ? c.y + dy - 3 - (lines - 1) * line : c.y + dy + font, anchor }, end: [x, c.y + dy], far: ring > 0 };
    };
    return [
      ...(first === 'right' ? [right, left] : [left, right]),
      spot(0, -o, 'middle'),
      spot(0, o, 'middle'),
      spot(d, -d, 'start'),
      spot(d, d, 'start'),
      spot(-d, -d, 'end'),
      spot(-d, d, 'end'),
    ];
  });
}
