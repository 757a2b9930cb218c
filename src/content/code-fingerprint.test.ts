import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeFingerprint } from './code-fingerprint.ts';

describe('codeFingerprint', () => {
  const root = mkdtempSync(join(tmpdir(), 'fingerprint-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  writeFileSync(join(root, 'src/pages/index.astro'), '<h1>Briefs</h1>');
  const now = () => codeFingerprint({ src: join(root, 'src'), lock: join(root, 'package-lock.json') }, { base: '/' });

  it('changes with any file that prints pages, a missing file, and the settings; not with tests', () => {
    const before = now();
    writeFileSync(join(root, 'src/pages/index.test.ts'), 'test');
    expect(now()).toBe(before);
    writeFileSync(join(root, 'package-lock.json'), '{}');
    const locked = now();
    expect(locked).not.toBe(before);
    writeFileSync(join(root, 'src/pages/index.astro'), '<h1>Weekly briefs</h1>');
    expect(now()).not.toBe(locked);
    expect(codeFingerprint({ src: join(root, 'src'), lock: join(root, 'package-lock.json') }, { base: '/briefs-site/' })).not.toBe(now());
  });
});
