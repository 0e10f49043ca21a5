// A newcomer's first visit: register, log out, log in, reset a forgotten password through the
// mail, switch language; and an admin who invites someone. axe runs on every page visited.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkA11y, follow, newContext } from '../lib/browser.mjs';
import { waitForMail } from '../lib/mail.mjs';
import { logIn as logInAt, useServerAndBrowser } from '../lib/suite.mjs';

const stamp = Date.now();
const email = `fatima+${stamp}@voorbeeld.nl`;
const firstPassword = 'een lange zin als wachtwoord';
const newPassword = 'nog een veel langere zin';

const h = useServerAndBrowser();

const logIn = (page, email, password) => logInAt(page, h.server.baseUrl, email, password);

async function logOut(page) {
  await follow(page, page.getByRole('button', { name: 'Uitloggen' }));
  await assert.doesNotReject(page.locator('.flash', { hasText: 'uitgelogd' }).waitFor());
}

describe('a newcomer', { timeout: 180_000 }, () => {
  it('registers, logs out and in, resets the password, switches language', async () => {
    const context = await newContext(h.browser);
    const page = await context.newPage();

    // Home: Dutch, the platform's question, demo accounts.
    await page.goto(h.server.baseUrl);
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');
    assert.match(await page.textContent('h1'), /impact/);
    assert.ok(await page.locator('.card--demo table').isVisible());
    await checkA11y(page);

    // Register: first empty, then with a short password, then properly.
    await follow(page, page.locator('.hero').getByRole('link', { name: 'Account maken' }));
    assert.equal(new URL(page.url()).pathname, '/registreren');
    await checkA11y(page);
    let response = await follow(page, page.getByRole('button', { name: 'Account maken' }));
    assert.equal(response.status(), 422);
    assert.match(await page.title(), /^Fout:/);
    assert.ok(await page.locator('.error-summary[role=alert]').isVisible());
    for (const field of ['email', 'password', 'display_name']) {
      assert.ok(await page.locator(`#${field}-error`).isVisible(), field);
    }
    await checkA11y(page);

    await page.fill('#display_name', 'Fatima Newcomer');
    await page.fill('#email', email);
    await page.fill('#password', 'kort');
    response = await follow(page, page.getByRole('button', { name: 'Account maken' }));
    assert.equal(response.status(), 422);
    assert.equal(await page.inputValue('#display_name'), 'Fatima Newcomer');
    assert.equal(await page.inputValue('#email'), email);
    assert.match(await page.textContent('#password-error'), /12/);
    await checkA11y(page);

    await page.fill('#password', firstPassword);
    await page.fill('#organisation', 'Buurtwerk Noord');
    await page.selectOption('#background', 'sociaal-werker');
    await follow(page, page.getByRole('button', { name: 'Account maken' }));
    assert.equal(new URL(page.url()).pathname, '/');
    assert.match(await page.textContent('.flash[role=status]'), /Welkom/);
    assert.ok(await page.locator('header nav').getByRole('link', { name: 'Mijn account' }).isVisible());
    await checkA11y(page);

    // Log out, then a wrong and a right password.
    await logOut(page);
    assert.ok(await page.locator('header nav').getByRole('link', { name: 'Inloggen' }).isVisible());
    await checkA11y(page);
    response = await logIn(page, email, 'niet mijn wachtwoord');
    assert.equal(response.status(), 422);
    assert.match(await page.textContent('.error-summary'), /klopt niet/);
    await checkA11y(page);
    await page.fill('#password', firstPassword);
    await follow(page, page.locator('form.form button[type=submit]'));
    assert.ok(await page.locator('header nav').getByRole('link', { name: 'Mijn account' }).isVisible());
    await checkA11y(page);
    await logOut(page);

    // Forgotten password: the link arrives by mail and works once.
    await page.goto(`${h.server.baseUrl}/inloggen`);
    await follow(page, page.getByRole('link', { name: 'Wachtwoord vergeten?' }));
    await checkA11y(page);
    await page.fill('#email', email);
    await follow(page, page.getByRole('button', { name: 'Stuur mij een link' }));
    assert.ok(await page.locator('.notice').isVisible());
    await checkA11y(page);
    const mail = await waitForMail(h.server.dataDir, email);
    const link = mail.match(/http:\/\/127\.0\.0\.1:\d+\/wachtwoord-herstellen\/[0-9a-f]{64}/)?.[0];
    assert.ok(link, `a reset link in the mail:\n${mail}`);
    await page.goto(link);
    await checkA11y(page);
    await page.fill('#password', newPassword);
    await follow(page, page.getByRole('button', { name: 'Wachtwoord opslaan' }));
    assert.equal(new URL(page.url()).pathname, '/account');
    assert.ok(await page.locator('.flash').isVisible());
    await checkA11y(page);
    response = await page.goto(link);
    assert.equal(response.status(), 410, 'a used link no longer works');
    assert.match(await page.textContent('main'), /werkt niet meer/);
    await checkA11y(page);
    await page.goto(h.server.baseUrl);
    await logOut(page);
    await logIn(page, email, newPassword);
    assert.ok(await page.locator('header nav').getByRole('link', { name: 'Mijn account' }).isVisible());

    // Switch language and back.
    await page.goto(h.server.baseUrl);
    await follow(page, page.getByRole('button', { name: 'English' }));
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.textContent('h1'), 'How do you make the impact of social work visible?');
    assert.ok(await page.locator('header nav').getByRole('link', { name: 'My account' }).isVisible());
    await checkA11y(page);
    await follow(page, page.getByRole('button', { name: 'Nederlands' }));
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');

    // Account pages and a missing page.
    for (const path of ['/account', '/account/wachtwoord', '/deelnemers', '/deelnemers?vraag=impact']) {
      response = await page.goto(`${h.server.baseUrl}${path}`);
      assert.equal(response.status(), 200, path);
      await checkA11y(page);
    }
    response = await page.goto(`${h.server.baseUrl}/bestaat-niet`);
    assert.equal(response.status(), 404);
    assert.match(await page.textContent('.request-id'), /[0-9a-f]{12}/);
    await checkA11y(page);

    await context.close();
  });

  it('an admin invites someone by mail', async () => {
    const context = await newContext(h.browser);
    const page = await context.newPage();
    await logIn(page, 'beheer@demo.leeratelier.nl', 'demo-beheer-2026');
    await follow(page, page.locator('header nav').getByRole('link', { name: 'Beheer' }));
    assert.equal(new URL(page.url()).pathname, '/beheer');
    await checkA11y(page);
    const invitee = `nieuw+${stamp}@voorbeeld.nl`;
    await page.fill('#email', invitee);
    await follow(page, page.getByRole('button', { name: 'Uitnodiging sturen' }));
    assert.match(await page.textContent('.flash'), /uitnodiging/i);
    await checkA11y(page);
    const mail = await waitForMail(h.server.dataDir, invitee);
    const link = mail.match(/http:\/\/127\.0\.0\.1:\d+\/registreren\?uitnodiging=[0-9a-f]{64}/)?.[0];
    assert.ok(link, `an invitation link in the mail:\n${mail}`);
    await context.close();
  });
});
