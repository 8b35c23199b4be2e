// Loads each HTML page given on the command line in Debian's Chromium and
// runs axe-core on it: the printed checklist, the receipt and the
// no-graphics page are the accessible form of the guide (Fyne has no
// screen-reader support), so none may have a violation. Exit 1 if any has.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const pages = process.argv.slice(2);
if (pages.length === 0) {
  console.error('usage: node check.mjs PAGE.html ...');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failed = 0;
for (const file of pages) {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(path.resolve(file)).href);
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => await axe.run(document));
  if (result.violations.length === 0) {
    console.log(`ok    ${file} (${result.passes.length} rules passed)`);
  } else {
    failed++;
    console.log(`FAIL  ${file}`);
    for (const v of result.violations) {
      console.log(`  ${v.id} (${v.impact}): ${v.help}`);
      for (const n of v.nodes.slice(0, 3)) console.log(`    ${n.target.join(' ')}: ${n.failureSummary.split('\n').join(' ')}`);
    }
  }
  await page.close();
}
await browser.close();
console.log(`${pages.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
