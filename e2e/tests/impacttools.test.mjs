// A housing-support team builds a matrix instrument for its self-sufficiency indicator (a
// criterion short is refused), scores a participant on it (an open item is refused, the chosen
// level kept), reads its value calculation with the sensitivity table, and a member of the
// atelier reads the shared totals of the practices. axe (WCAG 2.1 AA) runs on every page.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkA11y, follow, newContext } from '../lib/browser.mjs';
import { logIn, useServerAndBrowser } from '../lib/suite.mjs';

const h = useServerAndBrowser();

describe('impact instruments and value', { timeout: 240_000 }, () => {
  it('a team builds an instrument, scores with it and values its outcomes', async () => {
    const page = await (await newContext(h.browser)).newPage();
    await logIn(page, h.server.baseUrl, 'facilitator@demo.leeratelier.nl', 'demo-facilitator-2026');
    await page.goto(`${h.server.baseUrl}/veranderingstheorie`);
    await follow(page, page.getByRole('link', { name: /Thuis blijven wonen/ }));
    await follow(page, page.getByRole('link', { name: 'Impactmodel openen' }));

    // Build a matrix for the self-sufficiency score.
    await follow(page, page.getByRole('link', { name: 'Instrumenten' }));
    await checkA11y(page);
    await page.selectOption('#indicator', { label: 'ZRM-WO · Zelfredzaamheid wonen' });
    await page.getByLabel(/^Matrix:/).check();
    await follow(page, page.getByRole('button', { name: 'Instrument maken' }));
    assert.match(await page.textContent('h1'), /Matrix: ZRM-WO/);
    await checkA11y(page);
    await page.fill('#label', 'Huisvesting');
    await page.fill('#criteria', 'Dakloos\nNachtopvang');
    let response = await follow(page, page.getByRole('button', { name: 'Onderdeel toevoegen' }));
    assert.equal(response.status(), 422);
    assert.match(await page.textContent('#criteria-error'), /precies 5/);
    assert.equal(await page.inputValue('#label'), 'Huisvesting');
    await checkA11y(page);
    await page.fill('#criteria', 'Dakloos\nNachtopvang\nTijdelijk\nHuurwoning met hulp\nEigen huurwoning');
    await follow(page, page.getByRole('button', { name: 'Onderdeel toevoegen' }));
    await page.fill('#label', 'Financiën');
    await page.fill('#criteria', 'Groeiende schulden\nSchulden\nBudgetbeheer\nStabiel\nZelfstandig');
    await follow(page, page.getByRole('button', { name: 'Onderdeel toevoegen' }));
    assert.match(await page.textContent('table.data-table'), /Eigen huurwoning/);
    await checkA11y(page);

    // Score a participant: one item left open is refused; then both.
    await follow(page, page.getByRole('link', { name: 'WB-001 scoren' }));
    await checkA11y(page);
    await page.selectOption('#timepoint', { label: 'Eindmeting' });
    await page.fill('#date', '1-10-2026');
    // The demo scores this indicator by client and worker; this scoring is a single one.
    await page.selectOption('#perspective', { label: 'Eén score' });
    await page.getByLabel('4: Huurwoning met hulp').check();
    response = await follow(page, page.getByRole('button', { name: 'Scoring opslaan' }));
    assert.equal(response.status(), 422);
    assert.ok(await page.getByLabel('4: Huurwoning met hulp').isChecked());
    await checkA11y(page);
    await page.getByLabel('3: Budgetbeheer').check();
    await follow(page, page.getByRole('button', { name: 'Scoring opslaan' }));
    assert.match(await page.textContent('#history + div'), /3,5/);
    await checkA11y(page);

    // The value calculation of the demo, with its warning and sensitivity table.
    await follow(page, page.getByRole('link', { name: 'Waarde' }));
    assert.match(await page.textContent('main'), /Vergelijk deze verhouding nooit/);
    assert.match(await page.textContent('main'), /Wat maakt de verhouding 1 : 1\?/);
    await checkA11y(page);
    await page.fill('#name', 'Meer contact met de buren');
    await page.fill('#quantity', '40');
    await page.fill('#proxy', '250');
    response = await follow(page, page.getByRole('button', { name: 'Uitkomst toevoegen' }));
    assert.equal(response.status(), 422, 'the source and estimates are missing');
    assert.equal(await page.inputValue('#name'), 'Meer contact met de buren');
    await checkA11y(page);

    // The atelier's members see the practices' shared totals.
    await page.goto(`${h.server.baseUrl}/`);
    await follow(page, page.getByRole('link', { name: 'Impact', exact: true }).first());
    await follow(page, page.getByRole('link', { name: /Praktijkkennis/ }));
    assert.match(await page.textContent('h1'), /Praktijkkennis uit de praktijken/);
    assert.match(await page.textContent('main'), /WOON-1/);
    await checkA11y(page);
  });
});
