import { describe, expect, it } from 'vitest';
import { isSafeUrl } from './check-url.ts';

describe('isSafeUrl', () => {
  it.each(['https://example.org/a?b#c', 'http://x.y', 'mailto:desk@example.org', '/briefs/x/', '#source-a', 'figures/map.svg', 'HTTPS://EXAMPLE.ORG'])('accepts %s', (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });
  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', ' javascript:x', 'data:text/html,<script>', 'vbscript:x', 'file:///etc/passwd', '//evil.example', '\\\\evil.example', 'ftp://x'])('refuses %j', (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });
});
