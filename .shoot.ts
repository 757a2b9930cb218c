import { launch } from './tests/helpers/browser.ts';
import { serve } from './tests/helpers/serve.ts';
const server = await serve('./dist');
const [scheme, width, ...paths] = process.argv.slice(2);
const b = await launch({ colorScheme: scheme as 'light' | 'dark' });
const page = await b.context.newPage();
await page.setViewportSize({ width: Number(width), height: 1000 });
for (const p of paths) {
  await page.goto(server.url + p);
  await page.screenshot({ path: `/tmp/i21shots/${scheme}-${width}-${p.replace(/\W+/g, '_')}-full.png`, fullPage: true });
}
await b.close();
await server.close();
