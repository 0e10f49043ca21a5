// Debian's Chromium driven by playwright-core, and axe-core run on a page.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

// The pages forbid inline scripts (CSP); the test context may inject axe all the same.
export async function newContext(browser, locale = 'nl-NL') {
  return browser.newContext({ locale, bypassCSP: true });
}

// Runs axe's WCAG 2.0/2.1 A and AA rules; any violation fails with a readable list.
export async function checkA11y(page) {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  );
  const problems = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  assert.deepEqual(problems, [], `axe violations on ${page.url()}:\n${problems.join('\n')}`);
}

// Clicks and waits for the page that follows (a link or a form post with its redirect).
export async function follow(page, locator) {
  const [response] = await Promise.all([page.waitForNavigation(), locator.click()]);
  return response;
}
