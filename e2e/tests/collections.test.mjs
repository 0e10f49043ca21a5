// Attachments and collections: a facilitator attaches a file to a published item (a disguised
// file is refused with the reason), adds the item to a collection and moves it up; a visitor
// downloads the file and reads the collection. axe runs on every page visited.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkA11y, follow, newContext } from '../lib/browser.mjs';
import { logIn as logInAt, useServerAndBrowser } from '../lib/suite.mjs';

const h = useServerAndBrowser();

describe('attachments and collections', { timeout: 240_000 }, () => {
  it('attach, refuse a disguised file, collect, reorder and download', async () => {
    const facilitator = await (await newContext(h.browser)).newPage();
    await logInAt(facilitator, h.server.baseUrl, 'facilitator@demo.leeratelier.nl', 'demo-facilitator-2026');
    await facilitator.goto(`${h.server.baseUrl}/kennis`);
    await follow(facilitator, facilitator.getByRole('link', { name: /Collecties/ }));
    await checkA11y(facilitator);
    await follow(facilitator, facilitator.getByRole('link', { name: 'Verhalen als bewijs' }));
    await checkA11y(facilitator);
    await follow(facilitator, facilitator.getByRole('link', { name: /Ripple Effects Mapping/ }));
    const itemUrl = facilitator.url();

    // A program dressed up as a PDF is refused, with the reason at the field.
    await facilitator.setInputFiles('#file', {
      name: 'verslag.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\x00 not a pdf'),
    });
    let response = await follow(facilitator, facilitator.getByRole('button', { name: 'Bijlage uploaden' }));
    assert.equal(response.status(), 422);
    assert.match(await facilitator.textContent('#file-error'), /past niet bij de naam/);
    await checkA11y(facilitator);

    await facilitator.setInputFiles('#file', {
      name: 'Kaart van de kringen.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
    });
    await follow(facilitator, facilitator.getByRole('button', { name: 'Bijlage uploaden' }));
    assert.match(await facilitator.textContent('.flash'), /bijlage is toegevoegd/);
    assert.match(await facilitator.textContent('#bijlagen'), /Kaart van de kringen\.pdf/);
    await checkA11y(facilitator);

    // Into the facilitator's own collection, then one place up.
    await facilitator.selectOption('#collection', { label: 'Impact: aan de slag' });
    await follow(facilitator, facilitator.getByRole('button', { name: 'Toevoegen', exact: true }));
    assert.match(await facilitator.textContent('.flash'), /staat nu in de collectie/);
    await follow(facilitator, facilitator.getByRole('link', { name: 'Impact: aan de slag' }));
    await checkA11y(facilitator);
    const titles = () => facilitator.locator('.collection-items h3').allTextContents();
    assert.match((await titles()).at(-1), /Ripple Effects Mapping/);
    await follow(facilitator, facilitator.getByRole('button', { name: /Omhoog.*Ripple Effects Mapping/ }));
    assert.match((await titles()).at(-2), /Ripple Effects Mapping/);
    await checkA11y(facilitator);

    // A visitor downloads the file.
    const visitor = await (await newContext(h.browser)).newPage();
    await visitor.goto(itemUrl);
    const href = await visitor.locator('#bijlagen a[download]').getAttribute('href');
    const file = await visitor.request.get(`${h.server.baseUrl}${href}`);
    assert.equal(file.status(), 200);
    assert.equal(file.headers()['content-type'], 'application/pdf');
    assert.match((await file.body()).toString(), /^%PDF-1\.4/);
  });
});
