import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expectNoAccessibilityViolations } from './support/accessibility';
import { expect, test } from './support/fixtures';

/** The downloaded file as text, byte for byte (latin1), to read the PDF's uncompressed structure. */
async function contentOf(download: Download): Promise<string> {
  return (await readFile(await download.path())).toString('latin1');
}

/** Clicks the download link named `link` and answers the file the browser received. */
async function downloadFrom(page: Page, link: string): Promise<Download> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: link }).click();
  return downloading;
}

// The PDF's text sits in compressed streams in an embedded font; the backend's PosterIntegrationTests read it back
// with PDFBox and find every question. Here the browser shows that a visitor gets that file: a PDF, one A3 landscape
// page, titled as the model, from a page that lists the same thirty questions.
test.describe('the model page', () => {
  test('a visitor downloads the poster and checks that it is a PDF with the 30 questions', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Het model' }).click();
    await expect(page).toHaveURL(/\/model$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Het model van de vijf partnerschappen' })).toBeVisible();
    const grid = page.getByRole('table', { name: /Vijf partnerschappen en zes aspecten/ });
    await expect(grid.getByRole('link')).toHaveCount(30);
    await expect(grid.getByRole('link', { name: /Hoe leggen we laagdrempelig contact met de ouders\?/ })).toHaveAttribute(
      'href',
      '/zoeken?partnership=INFORMAL&aspect=COMMUNICATION',
    );
    await expectNoAccessibilityViolations(page);

    const poster = await downloadFrom(page, 'Poster in het Nederlands (PDF)');

    expect(poster.suggestedFilename()).toBe('model-vijf-partnerschappen.pdf');
    const pdf = await contentOf(poster);
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.length).toBeGreaterThan(20_000);
    expect(pdf).toContain('/Title(Het model van de vijf partnerschappen)');
    expect(pdf).toMatch(/\/Type\s*\/Pages[^>]*\/Count\s+1\b|\/Count\s+1\b[^>]*\/Type\s*\/Pages/);
    expect(pdf).toMatch(/\/MediaBox\s*\[\s*0\s+0\s+119[01](\.\d+)?\s+84[12](\.\d+)?\s*\]/);

    // The thirty questions on the poster are the taxonomy's, the same list the page shows.
    const taxonomy = (await (await page.request.get('/api/taxonomy')).json()) as { cells: { question: string }[] };
    expect(taxonomy.cells).toHaveLength(30);
    for (const cell of taxonomy.cells) {
      await expect(grid.getByText(cell.question, { exact: true })).toBeVisible();
    }
  });

  test('in English, the page and the English poster; the article explaining the model downloads as a PDF', async ({
    page,
  }) => {
    await page.goto('/model');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'The model of the five partnerships' })).toBeVisible();
    await expect(
      page.getByRole('table').getByRole('link', { name: /How do we make contact with parents easy and informal\?/ }),
    ).toBeVisible();
    await expectNoAccessibilityViolations(page);

    const poster = await downloadFrom(page, 'Poster in English (PDF)');
    expect(poster.suggestedFilename()).toBe('model-five-partnerships.pdf');
    expect(await contentOf(poster)).toContain('/Title(The model of the five partnerships)');

    const article = await downloadFrom(page, 'Download the article as PDF');
    expect(article.suggestedFilename()).toBe('het-model-van-de-vijf-partnerschappen.pdf');
    const articlePdf = await contentOf(article);
    expect(articlePdf.startsWith('%PDF-')).toBe(true);
    expect(articlePdf).toContain('/Title(Het model van de vijf partnerschappen)');
  });
});
