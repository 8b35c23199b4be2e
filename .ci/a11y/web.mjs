// "make check-web": the served guide in Debian's Chromium, driven by the
// keyboard alone, for each kind of account from the welcome screen to
// "Mitt konto är klart", with axe-core on every page met (no violation),
// the step heading focused as each page loads, and the ticks in the
// person's saved progress. Usage: node web.mjs START-URL DATA-DIR
// (WEB_SHOTS=dir keeps a screenshot of every page).
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const [start, data] = process.argv.slice(2);
const kinds = ['work-microsoft', 'private-microsoft', 'google', 'other', 'none'];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
// The page's own policy allows no script: axe is let in for the check only.
const context = await browser.newContext({ bypassCSP: true });
const page = await context.newPage();
let pages = 0, failed = 0;
const fail = (msg) => { console.log(`FAIL  ${msg}`); failed++; };

// loaded checks the page that has just loaded: heading focused, axe clean.
async function loaded(what) {
  await page.waitForLoadState('load');
  const focus = await page.evaluate(() => document.activeElement && document.activeElement.id);
  if (focus !== 'main') fail(`${what}: the focus is on "${focus}", not the heading`);
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => await axe.run(document));
  pages++;
  if (process.env.WEB_SHOTS) await page.screenshot({ path: path.join(process.env.WEB_SHOTS, `${String(pages).padStart(3, '0')}.png`), fullPage: true });
  for (const v of result.violations) {
    fail(`${what}: ${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 2).map(n => n.target.join(' ')).join('; ')}`);
  }
}

// tabTo presses Tab until the focus is on what matches selector.
async function tabTo(selector, what) {
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement && document.activeElement.matches(s), selector)) return;
  }
  throw new Error(`${what}: Tab never reached ${selector}`);
}

// press presses a key and waits for the next page.
async function submit(key, what) {
  await Promise.all([page.waitForNavigation(), page.keyboard.press(key)]);
  await loaded(what);
}

await page.goto(start);
await loaded('welcome');
for (const kind of kinds) {
  const who = `Test ${kind}`;
  await tabTo('#name', kind);
  await page.keyboard.type(who);
  await submit('Enter', `${kind}: chooser`);
  // The radio group: Tab reaches it, the arrow keys choose in it.
  await tabTo('input[name=account]', kind);
  for (let i = 0; i < 6; i++) {
    if (await page.evaluate(() => document.activeElement.value) === kind) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Space');
  await tabTo('input[name=need][value=viol3]', kind);
  await page.keyboard.press('Space');
  await tabTo('button.primary', kind);
  await submit('Enter', `${kind}: recommendation`);
  await tabTo('button.primary', kind);
  await submit('Enter', `${kind}: step 1`);
  for (let n = 2; n < 40; n++) {
    if (await page.$('button[value=mfa]')) break;
    await tabTo('button[value=done]', kind);
    await submit('Enter', `${kind}: step ${n}`);
  }
  await tabTo('input[name=confirmed]', kind);
  await page.keyboard.press('Space');
  await tabTo('button[value=mfa]', kind);
  await submit('Enter', `${kind}: done`);
  const heading = await page.textContent('h1');
  if (!/klart|ready/.test(heading)) fail(`${kind}: ended on "${heading}"`);
  else console.log(`ok    ${kind}: from the welcome screen to "${heading}" by keyboard`);
  await tabTo('main a[href$="/"]', kind);
  await submit('Enter', `${kind}: welcome again`);
}
// Every person's ticks are in their saved progress, as the window reads it.
const people = path.join(data, 'people');
const saved = fs.readdirSync(people).map((id) => JSON.parse(fs.readFileSync(path.join(people, id, 'progress.json'), 'utf8')));
for (const kind of kinds) {
  const p = saved.find((s) => s.name === `Test ${kind}`);
  if (!p || !p.finished || Object.keys(p.done || {}).length < 5) fail(`${kind}: the saved progress lacks the ticks: ${JSON.stringify(p).slice(0, 200)}`);
}
await browser.close();
console.log(`check-web: ${kinds.length} kinds of account by keyboard, ${pages} pages checked with axe, ${failed} failed`);
process.exit(failed ? 1 : 0);
