import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { setFact } from './report.ts';

/** Words a reader reads in a minute, for the reading time. */
export const WORDS_PER_MINUTE = 220;

/** Counts the words of a body and the minutes it takes to read (at least one). */
export default function remarkWordCount() {
  return (tree: Root, file: VFile) => {
    const words = toString(tree).split(/\s+/).filter(Boolean).length;
    setFact(file, 'words', words);
    setFact(file, 'readingMinutes', Math.max(1, Math.round(words / WORDS_PER_MINUTE)));
  };
}
