// Runs before `npm test`: the browser and feed tests need Debian's Chromium and
// python3-feedparser, the Nu HTML checker needs Java, the print tests read PDFs with
// poppler-utils' pdftotext. Installs them when missing and
// allowed (root with apt-get); otherwise says exactly what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const missing = [];
if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
if (spawnSync('/usr/bin/python3', ['-c', 'import feedparser']).status !== 0) missing.push('python3-feedparser');
if (spawnSync('java', ['-version']).status !== 0) missing.push('default-jre-headless');
if (spawnSync('pdftotext', ['-v']).status !== 0) missing.push('poppler-utils');

if (missing.length > 0) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(`The tests need Debian packages: ${missing.join(' ')}.\nInstall them with: sudo apt-get install -y ${missing.join(' ')}`);
    process.exit(1);
  }
  console.log(`Installing ${missing.join(', ')} for the browser and feed tests…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
}
