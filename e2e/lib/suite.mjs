// Shared set-up for every e2e file: one server and one browser per file, and a clean stop
// (the server must exit 0 on SIGTERM).
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { follow, launch } from './browser.mjs';
import { startServer } from './server.mjs';

export function useServerAndBrowser() {
  const handles = { server: undefined, browser: undefined };
  before(async () => {
    handles.server = await startServer();
    handles.browser = await launch();
  });
  after(async () => {
    await handles.browser?.close();
    const exit = await handles.server?.stop();
    assert.equal(exit?.code, 0, 'the server stops cleanly on SIGTERM');
  });
  return handles;
}

// Logs in through the form.
export async function logIn(page, baseUrl, email, password) {
  await page.goto(`${baseUrl}/inloggen`);
  await page.fill('#email', email);
  await page.fill('#password', password);
  return follow(page, page.locator('form.form button[type=submit]'));
}
