// A team builds a theory of change through the guided steps (impact, what must be true first,
// what we do), sees it laid out with the checklist and the story, adds a reason to a link in the
// editor, saves a version, exports it and imports it back. axe runs on every page visited.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { checkA11y, follow, newContext } from '../lib/browser.mjs';
import { logIn, useServerAndBrowser } from '../lib/suite.mjs';

const h = useServerAndBrowser();

describe('veranderingstheorie', { timeout: 240_000 }, () => {
  it('build, check, export and import a theory of change', async () => {
    const context = await newContext(h.browser);
    const page = await context.newPage();
    await logIn(page, h.server.baseUrl, 'youssef@demo.leeratelier.nl', 'demo-lid-2026');
    await follow(page, page.getByRole('link', { name: 'Veranderingstheorie', exact: true }));
    await checkA11y(page);
    await page.fill('#title', 'Maatjes tegen eenzaamheid');
    await page.selectOption('#atelier', { label: 'Impact' });
    await follow(page, page.getByRole('button', { name: 'Maken en beginnen' }));
    assert.equal(await page.textContent('h1'), 'Stap voor stap bouwen');
    await checkA11y(page);

    // Backward mapping: impact, then what must be true first, then what we do.
    await page.fill('#impact-title', 'Ouderen in de wijk voelen zich minder eenzaam');
    await follow(page, page.getByRole('button', { name: 'Impact toevoegen' }));
    await page.locator('#voor-1 input[name=title]').fill('Ouderen hebben een vast maatje');
    await follow(page, page.locator('#voor-1 button'));
    const refused = await follow(page, page.locator('#step-act ~ * button, section[aria-labelledby=step-act] button').first());
    assert.equal(refused.status(), 422, 'an activity needs a title');
    await checkA11y(page);
    await page.locator('section[aria-labelledby=step-act] input[name=title]').first().fill('Maatjes koppelen en begeleiden');
    await follow(page, page.locator('section[aria-labelledby=step-act] button').first());
    await checkA11y(page);
    await follow(page, page.getByRole('link', { name: 'Bekijk de theorie en de zwakke schakels' }));

    // The theory: the drawing, the checklist, the story and the outline.
    assert.equal(await page.locator('svg .toc-node').count(), 3);
    assert.match(await page.textContent('section[aria-labelledby=check-heading]'), /negatief of onbedoeld/);
    assert.match(await page.textContent('#verhaal'), /Wij willen bijdragen aan: Ouderen in de wijk voelen zich minder eenzaam\./);
    await checkA11y(page);

    // A reason for the link, in the editor.
    await follow(page, page.getByRole('link', { name: 'Vrij bewerken' }));
    await checkA11y(page);
    await page.locator('#verband-3-2 summary').click();
    await page.fill('#link-3-2-rationale', 'een vast maatje geeft iemand om op terug te vallen');
    await follow(page, page.locator('#verband-3-2 button', { hasText: 'Verband bewaren' }));
    await page.goto(`${page.url().split('/bewerken')[0]}`);
    assert.doesNotMatch(await page.textContent('section[aria-labelledby=check-heading]'), /Maatjes koppelen en begeleiden → Ouderen hebben een vast maatje/);

    // A version, the export and an import of it.
    await follow(page, page.getByRole('link', { name: 'Versies' }));
    await page.fill('#note', 'na de eerste sessie');
    await follow(page, page.getByRole('button', { name: 'Versie bewaren' }));
    assert.match(await page.textContent('main'), /Versie 1/);
    await checkA11y(page);
    await page.goBack();
    const theory = page.url().replace(/\/versies.*$/, '');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.goto(`${theory}`).then(() => page.getByRole('link', { name: 'Downloaden als JSON' }).click()),
    ]);
    const file = await download.path();
    assert.match(await readFile(file, 'utf8'), /leeratelier-veranderingstheorie/);
    await page.goto(`${h.server.baseUrl}/veranderingstheorie`);
    await page.setInputFiles('#file', file);
    await follow(page, page.getByRole('button', { name: 'Inlezen' }));
    assert.match(await page.textContent('.flash'), /ingelezen/);
    assert.equal(await page.locator('svg .toc-node').count(), 3);
    await checkA11y(page);
    await follow(page, page.getByRole('link', { name: 'Afdrukken' }));
    await checkA11y(page);
  });
});
