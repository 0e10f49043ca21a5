// The keuzehulp as a social worker without evaluation training uses it: from the menu through
// the eight steps (one mistake on the way, fixed without losing anything), to a package of
// methods with reasons, saved as a plan for the atelier, printed and read back. The journey
// must stay short: it counts the answers given and the pages passed, and times itself against
// the ten minutes the issue allows. axe runs on every page visited.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkA11y, follow, newContext } from '../lib/browser.mjs';
import { logIn, useServerAndBrowser } from '../lib/suite.mjs';

const h = useServerAndBrowser();

describe('keuzehulp', { timeout: 240_000 }, () => {
  it('a social worker turns an impact question into a plan', async () => {
    const started = Date.now();
    let answers = 0;
    const page = await (await newContext(h.browser)).newPage();
    await logIn(page, h.server.baseUrl, 'youssef@demo.leeratelier.nl', 'demo-lid-2026');
    await follow(page, page.getByRole('link', { name: 'Keuzehulp', exact: true }));
    await checkA11y(page);
    await follow(page, page.getByRole('button', { name: 'Start de keuzehulp' }));
    assert.equal(await page.textContent('h1'), 'Impact van wat, op wat?');

    const fill = async (selector, value) => { await page.fill(selector, value); answers += 1; };
    const choose = async (label) => { await page.getByLabel(label, { exact: true }).check(); answers += 1; };
    const next = async () => follow(page, page.getByRole('button', { name: /Volgende stap|Naar het voorstel/ }));

    // Step 1, with the level forgotten: the step comes back with the problem and the text kept.
    await fill('#intervention', 'het maatjesproject');
    await fill('#change', 'meer contact en minder eenzaamheid');
    await fill('#target_group', 'alleenstaande ouderen in de wijk');
    await choose('In een groep, buurt of gemeenschap');
    const refused = await next();
    assert.equal(refused.status(), 422);
    assert.match(await page.textContent('.error-summary'), /Maak een keuze/);
    assert.equal(await page.inputValue('#change'), 'meer contact en minder eenzaamheid');
    await checkA11y(page);
    await choose('Leefsituatie: het leven van mensen verandert');
    await next();

    assert.equal(await page.textContent('h1'), 'Welke effecten?');
    await checkA11y(page);
    await choose('Ook negatieve effecten');
    await choose('Ook onbedoelde effecten');
    await choose('Tijdens en na afloop');
    await fill('#follow_up', '6');
    await next();

    assert.equal(await page.textContent('h1'), 'Jullie bijdrage');
    await fill('#contributors', 'het wijkteam en de huisarts');
    await choose('Aannemelijk maken: we willen laten zien dat het logisch is dat wij hielpen');
    await next();

    assert.equal(await page.textContent('h1'), 'Waarvoor en voor wie?');
    await choose('Verantwoorden aan een financier');
    await fill('#users', 'de beleidsmedewerker van de gemeente en ons team');
    await next();

    assert.equal(await page.textContent('h1'), 'Wanneer is het goed genoeg?');
    await fill('#good_enough', 'Twee op de drie deelnemers hebben na een jaar meer contact.');
    await next();

    assert.equal(await page.textContent('h1'), 'Wat is er mogelijk?');
    await checkA11y(page);
    await choose('Een paar uur per maand');
    await choose('Nee, alleen onze eigen tijd');
    await choose('Weinig: we hebben nog niet eerder geëvalueerd');
    await fill('#participants', '35');
    await choose('De doelgroep is kwetsbaar of de situatie is privacygevoelig');
    await next();

    assert.equal(await page.textContent('h1'), 'Wat is er al?');
    await choose('De aanpak is beschreven: doel, doelgroep, werkwijze');
    await next();

    // The result: key questions to edit and a package with reasons.
    assert.equal(await page.textContent('h1'), 'Jullie kernvragen en methoden');
    await checkA11y(page);
    assert.match(await page.inputValue('#vraag1'), /positieve én negatieve, bedoelde én onbedoelde veranderingen/);
    const picks = await page.locator('.pick').count();
    assert.ok(picks >= 4, `only ${picks} methods proposed`);
    assert.match(await page.textContent('#methods'), /Waarom dit voorstel/);
    assert.match(await page.textContent('#methods'), /Let op/);
    await page.locator('.not-recommended summary').click();
    assert.match(await page.textContent('.not-recommended'), /meer werk dan jullie tijd|onderzoekspartner/);
    await checkA11y(page);

    await fill('#vraag2', 'Wie bereiken we met het maatjesproject, en wie nog niet?');
    await page.selectOption('#atelier', { label: 'Impact' });
    await choose('Delen met de leden van het atelier, zodat zij het kunnen lezen en bespreken');
    const saved = await follow(page, page.getByRole('button', { name: 'Plan bewaren' }));
    assert.equal(saved.status(), 200);
    assert.match(await page.textContent('.flash'), /bewaard/);
    assert.match(await page.textContent('h1'), /Impactplan het maatjesproject/);
    assert.match(await page.textContent('main'), /Wie bereiken we met het maatjesproject, en wie nog niet\?/);
    await checkA11y(page);

    const elapsed = (Date.now() - started) / 1000;
    console.log(`keuzehulp journey: ${answers} answers, ${elapsed.toFixed(1)} s of browser time`);
    assert.ok(answers <= 25, `${answers} answers: too many for ten minutes`);
    assert.ok(elapsed < 600);

    // Printable plan and the method pages it links to.
    await follow(page, page.getByRole('link', { name: 'Afdrukken' }));
    assert.match(await page.textContent('h1'), /Impactplan het maatjesproject/);
    await checkA11y(page);
    await page.goto(`${h.server.baseUrl}/methoden`);
    await checkA11y(page);
    await follow(page, page.getByRole('link', { name: /^Most Significant Change/ }));
    assert.match(await page.textContent('main'), /Most Significant Change: verhalen verzamelen en samen kiezen/);
    await checkA11y(page);
  });
});
