// The knowledge base: a member writes an item (with a preview), asks the facilitator for a
// review, the facilitator comments and publishes, a visitor finds it by a stemmed Dutch query
// with a highlighted snippet and facets, and the author sees the history, compares and
// restores. axe runs on every page visited.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkA11y, follow, newContext } from '../lib/browser.mjs';
import { logIn as logInAt, useServerAndBrowser } from '../lib/suite.mjs';

const h = useServerAndBrowser();

const logIn = (page, email, password) => logInAt(page, h.server.baseUrl, email, password);

describe('the knowledge base', { timeout: 240_000 }, () => {
  it('write, review, publish, find, compare and restore', async () => {
    const author = await (await newContext(h.browser)).newPage();
    await logIn(author, 'youssef@demo.leeratelier.nl', 'demo-lid-2026');
    await follow(author, author.getByRole('link', { name: 'Kennisbank' }));
    await checkA11y(author);

    // Start an item for the Impact atelier.
    await author.locator('details.new-item summary').click();
    await author.selectOption('#atelier', { label: 'Impact' });
    await follow(author, author.getByRole('button', { name: 'Begin met schrijven' }));
    await checkA11y(author);

    // Saving without a title: the form comes back with the text kept and the problem named.
    await author.fill('#body', '## Zo werkt het\n\nWij vergelijken methoden met bewoners van kleine gemeenten.');
    let response = await follow(author, author.getByRole('button', { name: 'Opslaan als concept' }));
    assert.equal(response.status(), 422);
    assert.match(await author.inputValue('#body'), /kleine gemeenten/);
    await checkA11y(author);

    await author.fill('#title', 'Oogstkaart voor de wijk');
    await author.fill('#summary', 'Een werkvorm om samen met bewoners te oogsten wat er veranderd is.');
    await author.selectOption('#kind', 'tool');
    await author.fill('#purpose', 'Samen effecten zichtbaar maken');
    await author.fill('#tags', 'oogsten, wijk');
    await follow(author, author.getByRole('button', { name: 'Voorbeeld bekijken' }));
    assert.equal(await author.textContent('.preview .prose h2'), 'Zo werkt het');
    await checkA11y(author);
    await follow(author, author.getByRole('button', { name: 'Opslaan als concept' }));
    assert.match(await author.textContent('.flash'), /concept is opgeslagen/);
    assert.equal(await author.textContent('h1'), 'Oogstkaart voor de wijk');
    await checkA11y(author);
    const itemUrl = author.url();

    // Ask the facilitator to review.
    await author.getByLabel('Sanne de Wit').check();
    await follow(author, author.getByRole('button', { name: 'Vraag om review' }));
    assert.match(await author.textContent('.flash'), /reviewers hebben een bericht/);
    await checkA11y(author);

    // The facilitator comments, then publishes.
    const facilitator = await (await newContext(h.browser)).newPage();
    await logIn(facilitator, 'facilitator@demo.leeratelier.nl', 'demo-facilitator-2026');
    await facilitator.goto(itemUrl);
    await checkA11y(facilitator);
    await facilitator.fill('#comment', 'Mooi. Noem nog hoe lang het duurt.');
    await facilitator.check('#verdict-approve');
    await follow(facilitator, facilitator.getByRole('button', { name: 'Opmerking plaatsen' }));
    assert.match(await facilitator.textContent('.comments'), /Klaar om te publiceren/);
    await follow(facilitator, facilitator.getByRole('button', { name: 'Publiceren' }));
    assert.match(await facilitator.textContent('.flash'), /gepubliceerd/);
    await checkA11y(facilitator);

    // A visitor without an account finds it by a stemmed query, with a snippet and facets.
    const visitor = await (await newContext(h.browser)).newPage();
    await visitor.goto(`${h.server.baseUrl}/kennis`);
    await visitor.fill('#q', 'methode gemeente');
    await follow(visitor, visitor.getByRole('button', { name: 'Zoeken' }));
    const hit = visitor.locator('.hit', { hasText: 'Oogstkaart voor de wijk' });
    assert.equal(await hit.count(), 1);
    const marks = await hit.locator('mark').allTextContents();
    assert.ok(marks.includes('methoden') && marks.includes('gemeenten'), marks.join(','));
    await checkA11y(visitor);
    await follow(visitor, visitor.locator('.facets a', { hasText: 'Tool of werkvorm' }));
    assert.equal(await visitor.locator('.hit', { hasText: 'Oogstkaart voor de wijk' }).count(), 1);
    await checkA11y(visitor);

    // The author improves it, then compares versions and restores the first.
    await author.goto(itemUrl);
    await follow(author, author.getByRole('link', { name: 'Bewerken' }));
    await author.fill('#duration', '90 minuten');
    await author.fill('#message', 'Duur toegevoegd');
    await follow(author, author.getByRole('button', { name: 'Opslaan', exact: true }));
    await follow(author, author.getByRole('link', { name: /Versiegeschiedenis/ }));
    await checkA11y(author);
    await follow(author, author.getByRole('button', { name: 'Vergelijken' }));
    assert.match(await author.textContent('ins.diff-line'), /90 minuten/);
    await checkA11y(author);
    await author.goBack();
    await follow(author, author.getByRole('button', { name: 'Zet versie 1 terug' }));
    assert.match(await author.textContent('.flash'), /oudere versie is teruggezet/);
    await checkA11y(author);
  });
});
