import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The smallest valid site: one series, two actors, two regions, one source, one brief. */
export const MINIMAL = join(import.meta.dirname, '../fixtures/minimal');
export const BRIEF = 'content/briefs/2024/2024-03-01-test-brief.md';

/** Edits to a copy of the minimal site: a text replacement in a file, or a whole new file. */
export type Edit = { file: string; replace: string | RegExp; with: string } | { file: string; write: string };

/** Copies the minimal site to a fresh folder and applies `edits`; returns the folder. */
export function contentWith(...edits: Edit[]): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'briefs-'));
  cpSync(MINIMAL, root, { recursive: true });
  for (const edit of edits) {
    const path = join(root, edit.file);
    if ('write' in edit) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, edit.write);
      continue;
    }
    const before = readFileSync(path, 'utf8');
    const after = before.replace(edit.replace, edit.with);
    if (after === before) throw new Error(`edit did not apply: ${String(edit.replace)} in ${edit.file}`);
    writeFileSync(path, after);
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
