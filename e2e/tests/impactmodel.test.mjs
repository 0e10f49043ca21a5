// A housing-support team keeps its impact model: the facilitator opens the team's theory of
// change, reads the dashboard (charts with tables, the panel's stories beside the numbers),
// adds a participant (a name is refused and the form keeps the rest), records a measurement,
// imports a sheet with a mistake (every problem by line, nothing saved), imports the corrected
// sheet, then records an effect with its facets. axe (WCAG 2.1 AA) runs on every page visited.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkA11y, follow, newContext } from '../lib/browser.mjs';
import { logIn, useServerAndBrowser } from '../lib/suite.mjs';

const h = useServerAndBrowser();

describe('impactmodel', { timeout: 240_000 }, () => {
  it('a team counts and tells against its theory of change', async () => {
    const page = await (await newContext(h.browser)).newPage();
    await logIn(page, h.server.baseUrl, 'facilitator@demo.leeratelier.nl', 'demo-facilitator-2026');
    await page.goto(`${h.server.baseUrl}/veranderingstheorie`);
    await follow(page, page.getByRole('link', { name: /Thuis blijven wonen/ }));
    await follow(page, page.getByRole('link', { name: 'Impactmodel openen' }));
    assert.equal(await page.textContent('h1'), 'Impactmodel');
    assert.ok((await page.locator('svg.chart').count()) >= 10);
    assert.match(await page.textContent('main'), /Mijn eigen sleutel/);
    await checkA11y(page);

    // A participant: a name is refused, the rest of the form is kept.
    await follow(page, page.getByRole('link', { name: 'Personen' }));
    await checkA11y(page);
    await page.fill('#pseudonym', 'Jansen');
    await page.fill('#attr-1', '27-45');
    let response = await follow(page, page.getByRole('button', { name: 'Toevoegen' }));
    assert.equal(response.status(), 422);
    assert.match(await page.textContent('#pseudonym-error'), /cijfer/);
    assert.equal(await page.inputValue('#attr-1'), '27-45');
    await checkA11y(page);
    await page.fill('#pseudonym', 'WB-500');
    await follow(page, page.getByRole('button', { name: 'Toevoegen' }));
    assert.equal(await page.textContent('h1'), 'WB-500');

    // One measurement, by hand.
    await page.selectOption('#indicator', { label: 'HUUR-1 · Maanden huurachterstand' });
    await page.fill('#date', '1-9-2026');
    await page.fill('#value', '2');
    await follow(page, page.getByRole('button', { name: 'Opslaan' }));
    assert.match(await page.textContent('table.data-table'), /HUUR-1/);
    await checkA11y(page);

    // An import with a mistake: reported by line, nothing saved; then the corrected file.
    await follow(page, page.getByRole('link', { name: 'Importeren en exporteren' }));
    await checkA11y(page);
    const header = 'pseudoniem;indicator;meetmoment;datum;waarde\n';
    await page.setInputFiles('#file', {
      name: 'metingen.csv', mimeType: 'text/csv',
      buffer: Buffer.from(`${header}WB-500;NET-1;nulmeting;1-9-2026;12\n`),
    });
    response = await follow(page, page.getByRole('button', { name: 'Bestand controleren' }));
    assert.equal(response.status(), 422);
    assert.match(await page.textContent('.error-summary'), /Regel 2, kolom waarde/);
    await checkA11y(page);
    await follow(page, page.getByRole('link', { name: 'Verbeterd bestand uploaden' }));
    await page.setInputFiles('#file', {
      name: 'metingen.csv', mimeType: 'text/csv',
      buffer: Buffer.from(`${header}WB-500;NET-1;nulmeting;1-9-2026;4\n`),
    });
    await follow(page, page.getByRole('button', { name: 'Bestand controleren' }));
    assert.match(await page.textContent('main'), /Alle regels zijn in orde \(1 in totaal\)/);
    await follow(page, page.getByRole('button', { name: /metingen opslaan/ }));
    assert.match(await page.textContent('.flash'), /geïmporteerd/);

    // The MSC round of the demo, fed back, and the effect register.
    await follow(page, page.getByRole('link', { name: 'MSC-rondes' }));
    await checkA11y(page);
    await follow(page, page.getByRole('link', { name: 'Ronde voorjaar 2026' }));
    assert.match(await page.textContent('main'), /Gekozen door het panel/);
    await checkA11y(page);
    await follow(page, page.getByRole('link', { name: 'Effecten' }));
    await page.fill('#description', 'Deelnemers helpen elkaar met verhuizen');
    await page.getByLabel('Positief', { exact: true }).check();
    await page.getByLabel('Onbedoeld', { exact: true }).check();
    await page.getByLabel('Indirect, via anderen', { exact: true }).check();
    await page.getByLabel('Na afloop', { exact: true }).check();
    response = await follow(page, page.getByRole('button', { name: 'Effect opslaan' }));
    assert.equal(response.status(), 422, 'via whom and the judgements are missing');
    assert.equal(await page.inputValue('#description'), 'Deelnemers helpen elkaar met verhuizen');
    await checkA11y(page);
    await page.fill('#via_whom', 'andere deelnemers');
    await page.fill('#anyway', 'Waarschijnlijk niet: ze kenden elkaar niet.');
    await page.fill('#others', 'Het lokaal dienstencentrum.');
    await page.fill('#basis', 'Verhalen van drie deelnemers.');
    await follow(page, page.getByRole('button', { name: 'Effect opslaan' }));
    assert.match(await page.textContent('main'), /Indirect, via andere deelnemers/);
    await checkA11y(page);
  });
});
