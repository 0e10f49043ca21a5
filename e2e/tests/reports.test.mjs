// A housing-support team reads its published demo report (the document with its sources and
// the PDF link), starts a new report (a period the wrong way round is refused with the title
// kept), lays out the draft and publishes it; a funder opens it through a share link without
// an account; a facilitator reads the report on the atelier itself. axe (WCAG 2.1 AA) runs
// on every page.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkA11y, follow, newContext } from '../lib/browser.mjs';
import { logIn, useServerAndBrowser } from '../lib/suite.mjs';

const h = useServerAndBrowser();

describe('impact reports', { timeout: 240_000 }, () => {
  it('a team publishes and shares a report a funder can read', async () => {
    const page = await (await newContext(h.browser)).newPage();
    await logIn(page, h.server.baseUrl, 'facilitator@demo.leeratelier.nl', 'demo-facilitator-2026');
    await page.goto(`${h.server.baseUrl}/veranderingstheorie`);
    await follow(page, page.getByRole('link', { name: /Thuis blijven wonen/ }));
    await follow(page, page.getByRole('link', { name: 'Impactmodel openen' }));
    await follow(page, page.getByRole('link', { name: 'Rapportages' }));
    await checkA11y(page);

    // The demo's published report.
    await follow(page, page.getByRole('link', { name: /rapportage aan de gemeente/ }));
    assert.match(await page.textContent('main'), /gegevens zijn vastgelegd/);
    assert.ok(await page.locator('.report-source a').count() > 3);
    await checkA11y(page);
    const href = await page.getByRole('link', { name: 'Download als pdf' }).getAttribute('href');
    const pdf = await page.request.get(`${h.server.baseUrl}${href}`);
    assert.equal(pdf.status(), 200);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');

    // A new report: the period the wrong way round is refused, the title kept.
    await follow(page, page.getByRole('link', { name: 'Rapportages' }));
    await page.fill('#title', 'Tussenrapportage fonds');
    await page.selectOption('#template', { label: 'Fonds' });
    await page.fill('#from', '2025-12-31');
    await page.fill('#to', '2025-01-01');
    const refused = await follow(page, page.getByRole('button', { name: 'Rapportage maken' }));
    assert.equal(refused.status(), 422);
    assert.equal(await page.inputValue('#title'), 'Tussenrapportage fonds');
    await checkA11y(page);
    await page.fill('#from', '2024-01-01');
    await page.fill('#to', '2025-12-31');
    await follow(page, page.getByRole('button', { name: 'Rapportage maken' }));
    await checkA11y(page);

    // Lay it out: own text for what we learned, then publish and share.
    await page.fill('#text_learning', 'We vragen voortaan ook naar wat minder goed ging.');
    await follow(page, page.getByRole('button', { name: 'Opslaan' }));
    assert.match(await page.textContent('.report-document'), /wat minder goed ging/);
    await follow(page, page.getByRole('button', { name: 'Publiceren (gegevens vastleggen)' }));
    await page.fill('#label', 'Fonds, programmamanager');
    await follow(page, page.getByRole('button', { name: 'Deellink maken' }));
    const link = await page.inputValue('#new-link');
    await checkA11y(page);

    // The funder, without an account.
    const funder = await (await newContext(h.browser)).newPage();
    await funder.goto(link.replace(/^https?:\/\/[^/]+/, h.server.baseUrl));
    assert.match(await funder.textContent('h1'), /Tussenrapportage fonds/);
    assert.match(await funder.textContent('.report-document'), /wat minder goed ging/);
    await checkA11y(funder);
  });

  it('a facilitator reads the report on the atelier itself', async () => {
    const page = await (await newContext(h.browser)).newPage();
    await logIn(page, h.server.baseUrl, 'facilitator@demo.leeratelier.nl', 'demo-facilitator-2026');
    await page.goto(`${h.server.baseUrl}/`);
    await follow(page, page.locator('.atelier-card h4 a', { hasText: /^Impact$/ }));
    await follow(page, page.getByRole('link', { name: 'Rapportages over dit leeratelier' }));
    await checkA11y(page);
    await follow(page, page.getByRole('link', { name: /Verslag van het leeratelier/ }));
    assert.match(await page.textContent('.report-document'), /Kennisproducten en hergebruik/);
    await checkA11y(page);
  });
});
