// A newcomer asks to join the Impact atelier; the facilitator approves with a message; the
// newcomer is then a member. axe runs on every page visited.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkA11y, follow, newContext } from '../lib/browser.mjs';
import { waitForMail } from '../lib/mail.mjs';
import { logIn as logInAt, useServerAndBrowser } from '../lib/suite.mjs';

const h = useServerAndBrowser();

const logIn = (page, email, password) => logInAt(page, h.server.baseUrl, email, password);

describe('joining a leeratelier', { timeout: 180_000 }, () => {
  it('a newcomer asks, a facilitator approves', async () => {
    const email = `nieuwkomer+${Date.now()}@voorbeeld.nl`;
    const newcomer = await (await newContext(h.browser)).newPage();

    // The home page lists the six ateliers and five themes.
    await newcomer.goto(h.server.baseUrl);
    assert.equal(await newcomer.locator('.atelier-card').count(), 6);
    assert.equal(await newcomer.locator('.theme-list dt').count(), 5);

    await follow(newcomer, newcomer.locator('.hero').getByRole('link', { name: 'Account maken' }));
    await newcomer.fill('#display_name', 'Noor Nieuwkomer');
    await newcomer.fill('#email', email);
    await newcomer.fill('#password', 'een lange zin als wachtwoord');
    await follow(newcomer, newcomer.getByRole('button', { name: 'Account maken' }));

    await follow(newcomer, newcomer.getByRole('link', { name: 'Impact', exact: true }));
    assert.equal(await newcomer.textContent('h1'), 'Impact');
    await checkA11y(newcomer);

    // No degree of participation chosen: a clear message, nothing stored.
    for (const box of ['#meetings', '#public_events', '#online']) await newcomer.uncheck(box);
    let response = await follow(newcomer, newcomer.getByRole('button', { name: 'Aanvraag versturen' }));
    assert.equal(response.status(), 422);
    assert.match(await newcomer.textContent('#participation-error'), /minstens één/);
    await checkA11y(newcomer);

    await newcomer.check('#meetings');
    await newcomer.check('#online');
    await newcomer.fill('#message', 'Ik wil leren hoe we verhalen van bewoners verzamelen.');
    await follow(newcomer, newcomer.getByRole('button', { name: 'Aanvraag versturen' }));
    assert.match(await newcomer.textContent('.flash'), /aanvraag is verstuurd/);
    await checkA11y(newcomer);
    const atelierUrl = newcomer.url();

    // The facilitator sees the request and approves it with a message.
    const facilitator = await (await newContext(h.browser)).newPage();
    await logIn(facilitator, 'facilitator@demo.leeratelier.nl', 'demo-facilitator-2026');
    await facilitator.goto(atelierUrl);
    const request = facilitator.locator('.request-list li', { hasText: 'Noor Nieuwkomer' });
    assert.match(await request.textContent(), /verhalen van bewoners/);
    await checkA11y(facilitator);
    await request.locator('textarea').fill('Welkom! De volgende bijeenkomst is op dinsdag.');
    await follow(facilitator, request.getByRole('button', { name: 'Noor Nieuwkomer toelaten' }));
    assert.match(await facilitator.textContent('.flash'), /goedgekeurd/);
    await checkA11y(facilitator);

    const mail = await waitForMail(h.server.dataDir, email);
    assert.match(mail, /De volgende bijeenkomst is op dinsdag/);

    // The newcomer is now a member, with the chosen degrees of participation.
    await newcomer.goto(atelierUrl);
    const row = newcomer.locator('table tbody tr', { hasText: 'Noor Nieuwkomer' });
    assert.match(await row.textContent(), /bijeenkomsten, online platform/);
    assert.match(await newcomer.textContent('#mine-heading + p'), /deelnemer/);
    await checkA11y(newcomer);
  });
});

describe('the facilitator dashboard', { timeout: 120_000 }, () => {
  it('shows charts and tables that pass axe', async () => {
    const page = await (await newContext(h.browser)).newPage();
    await logIn(page, 'facilitator@demo.leeratelier.nl', 'demo-facilitator-2026');
    await page.goto(h.server.baseUrl);
    await follow(page, page.getByRole('link', { name: 'Impact', exact: true }));
    await follow(page, page.getByRole('link', { name: 'Dashboard voor leerfacilitatoren' }));
    assert.equal(await page.textContent('h1'), 'Dashboard: Impact');
    assert.equal(await page.locator('svg[role=img]').count(), 3);
    await checkA11y(page);
  });
});

describe('settings, profiles and invitations', { timeout: 120_000 }, () => {
  it('every page passes axe', async () => {
    const admin = await (await newContext(h.browser)).newPage();
    await logIn(admin, 'beheer@demo.leeratelier.nl', 'demo-beheer-2026');
    await admin.goto(h.server.baseUrl);
    await follow(admin, admin.getByRole('link', { name: 'Nieuw leeratelier' }));
    await checkA11y(admin);
    await admin.goto(h.server.baseUrl);
    await follow(admin, admin.getByRole('link', { name: "Werkplaats en thema's beheren" }));
    await checkA11y(admin);
    await admin.goto(h.server.baseUrl);
    await follow(admin, admin.getByRole('link', { name: 'Impact', exact: true }));
    await follow(admin, admin.getByRole('link', { name: 'Leeratelier bewerken' }));
    await checkA11y(admin);
    await admin.goBack();
    await follow(admin, admin.locator('table').getByRole('link', { name: 'Sanne de Wit' }));
    assert.equal(await admin.textContent('h1'), 'Sanne de Wit');
    await checkA11y(admin);
    // The members page (linked from the home page of an atelier with more than 24 members).
    await admin.goBack();
    await admin.goto(`${admin.url().split('#')[0]}/deelnemers`);
    assert.equal(await admin.textContent('h1'), 'Deelnemers van Impact');
    assert.ok(await admin.locator('table tbody tr', { hasText: 'Sanne de Wit' }).count() > 0);
    await checkA11y(admin);

    // An invitation, opened by someone without an account.
    await admin.goto(h.server.baseUrl);
    await follow(admin, admin.getByRole('link', { name: 'Impact', exact: true }));
    const invitee = `genodigde+${Date.now()}@voorbeeld.nl`;
    await admin.fill('#invite_email', invitee);
    await follow(admin, admin.getByRole('button', { name: 'Uitnodiging sturen' }));
    const mail = await waitForMail(h.server.dataDir, invitee);
    const link = mail.match(/http:\/\/127\.0\.0\.1:\d+\/uitnodiging\/[0-9a-f]{64}/)?.[0];
    assert.ok(link, mail);
    const stranger = await (await newContext(h.browser)).newPage();
    await stranger.goto(link);
    assert.match(await stranger.textContent('main'), /uitgenodigd voor het leeratelier Impact/);
    await checkA11y(stranger);
  });
});
