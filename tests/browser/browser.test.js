// Neo4j Browser end-to-end test (run by deploy/browser-test.sh).
//
// Opens Neo4j Browser in headless Chromium, connects with the connect form,
// checks that browser.post_connect_cmd applied diplograph's GraSS style and
// opened the guide of saved queries, clicks the guide's first runnable block
// (the `network` query), runs it and checks that the graph is drawn with the
// style's colours and name captions. Saves a screenshot to
// tests/browser/artifacts/ and docs/screenshot-browser.png.
//
// Environment: NEO4J_BROWSER_URL (http://localhost:7474/browser/),
// NEO4J_BOLT_URL (bolt://localhost:7687), NEO4J_USER (neo4j),
// NEO4J_PASSWORD (diplograph-dev), CHROMIUM (/usr/bin/chromium),
// SCREENSHOT (docs/screenshot-browser.png, relative to the repository).
'use strict';

const { chromium } = require('playwright-core');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const repo = path.resolve(__dirname, '..', '..');
const browserURL = process.env.NEO4J_BROWSER_URL || 'http://localhost:7474/browser/';
const boltURL = process.env.NEO4J_BOLT_URL || 'bolt://localhost:7687';
const user = process.env.NEO4J_USER || 'neo4j';
const password = process.env.NEO4J_PASSWORD || 'diplograph-dev';
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const artifacts = path.join(__dirname, 'artifacts');
const screenshot = path.resolve(repo, process.env.SCREENSHOT || 'docs/screenshot-browser.png');

// Colours of deploy/browser/style.grass that the drawn graph must use.
const styleColours = { Person: '#68BDF6', State: '#F79767', Treaty: '#FFD86E' };

function step(msg) {
  console.log(`browser-test: ${msg}`);
}

// runBlock clicks a guide block, waits until the editor holds its text and
// runs it.
async function runBlock(page, block, marker) {
  await block.click();
  // The editor renders spaces as no-break spaces.
  await page.waitForFunction((m) => {
    const ed = document.querySelector('[data-testid="activeEditor"]');
    return ed && ed.textContent.replace(/\u00a0/g, ' ').includes(m);
  }, marker, { timeout: 10000 });
  await page.getByTestId('editor-Run').click();
  await page.waitForTimeout(1000);
}

async function main() {
  fs.mkdirSync(artifacts, { recursive: true });
  fs.mkdirSync(path.dirname(screenshot), { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1600, height: 1000 },
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  const page = context.pages()[0] || await context.newPage();
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  try {
    step(`open ${browserURL}`);
    await page.goto(browserURL, { waitUntil: 'domcontentloaded', timeout: 60000 });

    step(`connect to ${boltURL} as ${user}`);
    const address = page.getByTestId('boltaddress');
    await address.waitFor({ timeout: 60000 });
    // The scheme has its own <select>; the address field takes host:port.
    const scheme = page.getByTestId('bolt-scheme-select');
    if (await scheme.count()) {
      const [proto, rest] = boltURL.split('://');
      await scheme.selectOption(`${proto}://`).catch(() => {});
      await address.fill(rest);
    } else {
      await address.fill(boltURL);
    }
    await page.getByTestId('username').fill(user);
    await page.getByTestId('password').fill(password);
    await page.getByTestId('connect').click();

    // Dismiss the usage-data banner so it does not cover the screenshot.
    // Its last child is the dismiss icon.
    const bannerText = page.getByText('To help make Neo4j Browser better', { exact: false });
    await bannerText.waitFor({ timeout: 5000 })
      .then(() => bannerText.locator('xpath=../*[last()]').click({ timeout: 3000 }))
      .catch(() => step('no usage-data banner to dismiss'));

    step('wait for the guide that browser.post_connect_cmd opens');
    const guide = page.locator('[data-testid="frame"]').filter({ hasText: 'diplograph: saved queries' }).first();
    await guide.waitFor({ timeout: 60000 });
    await page.screenshot({ path: path.join(artifacts, '1-guide.png') });

    // The start slide holds the network query: a :params block, then the
    // query block. Click each into the editor and run it.
    const blocks = guide.locator('pre.runnable');
    await blocks.first().waitFor({ timeout: 10000 });
    const params = blocks.filter({ hasText: ':params {name:' }).first();
    const query = blocks.filter({ hasText: '// network:' }).first();
    step('click the guide\'s :params block and run it');
    await runBlock(page, params, ':params');
    step('click the guide\'s first query block (network) and run it');
    await runBlock(page, query, 'RETURN p');

    step('wait for the graph to be drawn');
    const nodes = page.locator('svg g.node');
    await page.waitForFunction(() => document.querySelectorAll('svg g.node').length >= 10, null, { timeout: 60000 });
    // Let the force layout settle before the screenshot.
    await page.waitForTimeout(4000);
    const count = await nodes.count();
    step(`${count} nodes drawn`);

    const drawn = await page.evaluate(() => {
      const out = { fills: [], captions: [] };
      document.querySelectorAll('svg g.node').forEach((g) => {
        const c = g.querySelector('circle.b-outline') || g.querySelector('circle');
        if (c) out.fills.push(getComputedStyle(c).fill || c.getAttribute('fill') || '');
        out.captions.push(Array.from(g.querySelectorAll('text')).map((t) => t.textContent).join(' '));
      });
      return out;
    });
    const captions = drawn.captions.join(' | ');
    const rgb = (hex) => `rgb(${parseInt(hex.slice(1, 3), 16)}, ${parseInt(hex.slice(3, 5), 16)}, ${parseInt(hex.slice(5, 7), 16)})`;
    const fills = drawn.fills.map((f) => (f.startsWith('#') ? rgb(f.toUpperCase()) : f));
    for (const [label, colour] of Object.entries(styleColours)) {
      assert.ok(fills.includes(rgb(colour)), `no ${label} node drawn in ${colour} (style not applied?): fills ${[...new Set(fills)].join(' ')}`);
    }
    assert.match(captions, /Shusha/, 'node captions show names');
    assert.ok(!/^\s*\d+\s*$/.test(drawn.captions[0] || ''), 'captions are names, not ids');

    await page.screenshot({ path: path.join(artifacts, '2-graph.png') });

    // For the README: the same query around one state, small enough that
    // every caption is readable. Edit the parameters in the editor, as a
    // user would, and run the guide's block again.
    const focus = process.env.BROWSER_TEST_FOCUS || 'Turkey';
    step(`run the network query around ${focus} for the screenshot`);
    await page.getByTestId('activeEditor').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(`:params {name: "${focus}", limit: 100}`);
    await page.getByTestId('editor-Run').click();
    await page.waitForTimeout(1000);
    await runBlock(page, query, 'RETURN p');
    await page.waitForFunction((n) => document.querySelectorAll('svg g.node').length > 0 &&
      document.querySelectorAll('svg g.node').length !== n, count, { timeout: 30000 });
    await page.waitForTimeout(4000);
    const focused = await page.evaluate(() => Array.from(document.querySelectorAll('svg')).find((svg) => svg.querySelector('g.node'))
      .querySelectorAll('g.node text').length);
    assert.ok(focused > 0, 'captions drawn around the focus entity');
    await page.screenshot({ path: path.join(artifacts, '3-focus.png') });
    await page.screenshot({ path: screenshot });
    step(`screenshot ${path.relative(repo, screenshot)} and ${path.relative(repo, artifacts)}/`);
    console.log('browser-test: PASS');
  } catch (err) {
    await page.screenshot({ path: path.join(artifacts, 'failure.png') }).catch(() => {});
    if (consoleErrors.length) console.error(`browser console errors:\n  ${consoleErrors.slice(0, 10).join('\n  ')}`);
    throw err;
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`browser-test: FAIL: ${err && err.stack ? err.stack : err}`);
  process.exit(1);
});
