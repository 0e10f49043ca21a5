// The forum: a member starts a practice question, the client-data guard stops a reply with a
// citizen service number until it is anonymised, the asker marks the helpful answer, and a
// slow question shows its prompt. axe runs on every page visited.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkA11y, follow, newContext } from '../lib/browser.mjs';
import { logIn as logInAt, useServerAndBrowser } from '../lib/suite.mjs';

const h = useServerAndBrowser();

describe('the forum', { timeout: 240_000 }, () => {
  it('ask, guard, answer, mark helpful', async () => {
    const asker = await (await newContext(h.browser)).newPage();
    await logInAt(asker, h.server.baseUrl, 'youssef@demo.leeratelier.nl', 'demo-lid-2026');
    await follow(asker, asker.getByRole('link', { name: 'Forum', exact: true }));
    await checkA11y(asker);
    await follow(asker, asker.getByRole('link', { name: 'Meten en vertellen' }));
    await checkA11y(asker);
    await follow(asker, asker.getByRole('link', { name: 'Nieuw onderwerp' }));
    await checkA11y(asker);

    // Without a title the form comes back with the text kept.
    await asker.check('#kind-question');
    await asker.fill('#body', 'Welke korte vragenlijst gebruiken jullie bij ouderen?');
    let response = await follow(asker, asker.getByRole('button', { name: 'Onderwerp plaatsen' }));
    assert.equal(response.status(), 422);
    assert.match(await asker.inputValue('#body'), /korte vragenlijst/);
    await checkA11y(asker);
    await asker.fill('#title', 'Korte vragenlijst voor eenzaamheid?');
    await follow(asker, asker.getByRole('button', { name: 'Onderwerp plaatsen' }));
    assert.match(await asker.textContent('.flash'), /onderwerp is geplaatst/);
    await checkA11y(asker);
    const threadUrl = asker.url();

    // The facilitator's reply holds a BSN: the guard asks first.
    const facilitator = await (await newContext(h.browser)).newPage();
    await logInAt(facilitator, h.server.baseUrl, 'facilitator@demo.leeratelier.nl', 'demo-facilitator-2026');
    await facilitator.goto(threadUrl);
    await checkA11y(facilitator);
    await facilitator.fill('#body', 'Bij mevrouw met BSN 123456782 werkte de lijst van vijf vragen.');
    response = await follow(facilitator, facilitator.getByRole('button', { name: 'Reactie plaatsen' }));
    assert.equal(response.status(), 422);
    assert.match(await facilitator.textContent('.guard-warning'), /burgerservicenummer/);
    await checkA11y(facilitator);
    await facilitator.fill('#body', 'Bij een oudere bewoner werkte de lijst van vijf vragen goed.');
    await follow(facilitator, facilitator.getByRole('button', { name: 'Reactie plaatsen' }));
    assert.match(await facilitator.textContent('.flash'), /reactie is geplaatst/);

    // The asker marks it helpful.
    await asker.goto(threadUrl);
    await follow(asker, asker.getByRole('button', { name: 'Markeer als nuttig antwoord' }));
    assert.match(await asker.textContent('.post--helpful'), /vijf vragen/);
    await checkA11y(asker);

    // A slow question from the demo shows its prompt.
    await asker.goto(`${h.server.baseUrl}/forum`);
    await follow(asker, asker.getByRole('link', { name: 'Door de werkplaats heen' }));
    await follow(asker, asker.getByRole('link', { name: 'Wanneer wordt meten een last voor bewoners?' }));
    assert.match(await asker.textContent('.slow-prompt'), /Neem de tijd/);
    await checkA11y(asker);
  });
});
