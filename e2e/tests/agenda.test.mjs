// The agenda: a visitor registers for the public event without an account; a member opens a
// demo meeting, registers and sees the online link; a facilitator plans an event with a
// mistake, fixes it and sees it in the agenda; the intervision session is run step by step.
// axe runs on every page visited.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkA11y, follow, newContext } from '../lib/browser.mjs';
import { logIn as logInAt, useServerAndBrowser } from '../lib/suite.mjs';

const h = useServerAndBrowser();

describe('agenda', { timeout: 240_000 }, () => {
  it('register for a meeting, plan an event and fix the form', async () => {
    const visitor = await (await newContext(h.browser)).newPage();
    await visitor.goto(`${h.server.baseUrl}/agenda`);
    await checkA11y(visitor);
    await follow(visitor, visitor.getByRole('link', { name: 'Maandoverzicht' }));
    await checkA11y(visitor);
    await visitor.goto(`${h.server.baseUrl}/agenda`);
    await follow(visitor, visitor.getByRole('link', { name: /Open middag/ }));
    // A visitor registers with name and e-mail only; the confirmation goes by mail.
    await visitor.fill('#guest_name', 'Bea Bakker');
    await visitor.fill('#guest_email', 'geen-adres');
    const refused = await follow(visitor, visitor.getByRole('button', { name: 'Aanmelden', exact: true }));
    assert.equal(refused.status(), 422);
    await checkA11y(visitor);
    await visitor.fill('#guest_email', 'bea@example.nl');
    await follow(visitor, visitor.getByRole('button', { name: 'Aanmelden', exact: true }));
    assert.match(await visitor.textContent('.flash'), /bevestig je aanmelding/);
    await checkA11y(visitor);

    const member = await (await newContext(h.browser)).newPage();
    await logInAt(member, h.server.baseUrl, 'youssef@demo.leeratelier.nl', 'demo-lid-2026');
    await member.goto(`${h.server.baseUrl}/agenda`);
    await follow(member, member.getByRole('link', { name: /jongeren zelf laten meten/ }));
    await follow(member, member.getByRole('button', { name: 'Ik kom', exact: true }));
    assert.match(await member.textContent('.flash'), /aangemeld/);
    assert.match(await member.textContent('main'), /meet\.example\.nl\/leeratelier-jongeren/);
    await checkA11y(member);

    const facilitator = await (await newContext(h.browser)).newPage();
    await logInAt(facilitator, h.server.baseUrl, 'facilitator@demo.leeratelier.nl', 'demo-facilitator-2026');
    await facilitator.goto(`${h.server.baseUrl}/agenda`);
    await follow(facilitator, facilitator.getByRole('link', { name: 'Nieuw evenement' }));
    await checkA11y(facilitator);
    await facilitator.selectOption('#atelier', { label: 'Impact' });
    await facilitator.fill('#title', 'Terugblik op het jaar');
    await facilitator.fill('#date', '2030-01-10');
    await facilitator.fill('#start', '15:00');
    await facilitator.fill('#end', '14:00');
    await facilitator.fill('#location', 'Buurthuis De Brug');
    let response = await follow(facilitator, facilitator.getByRole('button', { name: 'Evenement plannen' }));
    assert.equal(response.status(), 422);
    assert.match(await facilitator.textContent('#end-error'), /na het begin/);
    assert.equal(await facilitator.inputValue('#title'), 'Terugblik op het jaar');
    await checkA11y(facilitator);
    await facilitator.fill('#end', '17:00');
    response = await follow(facilitator, facilitator.getByRole('button', { name: 'Evenement plannen' }));
    assert.equal(response.status(), 200);
    assert.match(await facilitator.textContent('.flash'), /staat in de agenda/);
    assert.match(await facilitator.textContent('#deelnemers'), /Nog niemand/);
    await checkA11y(facilitator);

    // The intervision session: choose a format and project its steps.
    await facilitator.goto(`${h.server.baseUrl}/agenda`);
    await follow(facilitator, facilitator.getByRole('link', { name: /Intervisie: als de cijfers/ }));
    await facilitator.selectOption('#format', { label: 'Incidentmethode' });
    await follow(facilitator, facilitator.locator('form[action$="/werkvorm"] button'));
    await follow(facilitator, facilitator.getByRole('link', { name: /Sessie leiden/ }));
    assert.equal(await facilitator.textContent('h1'), 'Opening en check-in');
    await checkA11y(facilitator);
    await follow(facilitator, facilitator.getByRole('link', { name: 'Volgende stap' }));
    assert.equal(await facilitator.textContent('h1'), 'Het incident vertellen');
    await checkA11y(facilitator);
  });
});
