import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { anArticle } from '@/features/articles/testing/article-data';
import { aModel } from '@/features/catalogue/testing/catalogue-data';
import { fakeBackend, jsonResponse, problemResponse, renderApp, stubBackend } from '@/testing/test-utils';
import { DUTCH_ASPECTS, DUTCH_PARTNERSHIPS } from '@/testing/model-labels';
import { MODEL_ARTICLE_SLUG } from './routes/model';

const modelArticle = anArticle({
  slug: MODEL_ARTICLE_SLUG,
  title: 'Het model van de vijf partnerschappen',
  state: 'PUBLISHED',
  publishedAt: '2025-04-02T10:00:00Z',
  editable: false,
});

function backendWith(article: () => Response) {
  return fakeBackend({
    'GET /api/me': () => new Response(null, { status: 204 }),
    'GET /api/model': () => jsonResponse(aModel()),
    [`GET /api/articles/${MODEL_ARTICLE_SLUG}`]: article,
  });
}

beforeEach(() => {
  vi.stubGlobal('fetch', backendWith(() => jsonResponse(modelArticle)));
});

describe('the model page', () => {
  it('explains the partnerships and aspects, links every question to its items and offers the poster and article', async () => {
    renderApp('/model');

    expect(await screen.findByRole('heading', { level: 1, name: 'Het model van de vijf partnerschappen' })).toBeVisible();
    const partnerships = screen.getByRole('region', { name: 'Vijf partnerschappen' });
    expect(within(partnerships).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(DUTCH_PARTNERSHIPS);
    expect(within(partnerships).getByText('Samen staan voor het leren van het kind')).toBeInTheDocument();
    const aspects = screen.getByRole('region', { name: 'Zes aspecten, dertig vragen' });
    expect(within(aspects).getAllByRole('listitem').map((item) => item.textContent)).toEqual(DUTCH_ASPECTS);

    const grid = await screen.findByRole('table', { name: /Vijf partnerschappen en zes aspecten/ });
    expect(within(grid).getAllByRole('link')).toHaveLength(30);
    expect(within(grid).getByRole('link', { name: /Vraag INFORMAL ICT\?/ })).toHaveAttribute(
      'href',
      '/zoeken?partnership=INFORMAL&aspect=ICT',
    );

    const downloads = screen.getByRole('region', { name: 'Downloaden' });
    expect(within(downloads).getByRole('link', { name: 'Poster in het Nederlands (PDF)' })).toHaveAttribute(
      'href',
      '/api/model/poster.pdf?lang=nl',
    );
    expect(within(downloads).getByRole('link', { name: 'Poster in het Engels (PDF)' })).toHaveAttribute(
      'href',
      '/api/model/poster.pdf?lang=en',
    );
    expect(
      await within(downloads).findByRole('link', { name: 'Lees het artikel “Het model van de vijf partnerschappen”' }),
    ).toHaveAttribute('href', `/artikelen/${MODEL_ARTICLE_SLUG}`);
    expect(within(downloads).getByRole('link', { name: 'Download het artikel als PDF' })).toHaveAttribute(
      'href',
      `/api/articles/${MODEL_ARTICLE_SLUG}/pdf`,
    );
  });

  it('shows the questions and the article in English to English readers', async () => {
    renderApp('/model', { language: 'en' });

    expect(await screen.findByRole('heading', { level: 1, name: 'The model of the five partnerships' })).toBeVisible();
    const grid = await screen.findByRole('table');
    expect(within(grid).getByRole('link', { name: /Question INFORMAL ICT\?/ })).toBeInTheDocument();
    expect(within(grid).queryByText('Vraag INFORMAL ICT?')).not.toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Download the article as PDF' })).toHaveAttribute(
      'href',
      `/api/articles/${MODEL_ARTICLE_SLUG}/pdf?lang=en`,
    );
  });

  it('still offers the poster when the article is not published', async () => {
    vi.stubGlobal('fetch', backendWith(() => problemResponse(404)));
    renderApp('/model');

    expect(await screen.findByRole('table', { name: /Vijf partnerschappen en zes aspecten/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Poster in het Nederlands (PDF)' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Download het artikel als PDF' })).not.toBeInTheDocument();
  });

  it('is one keyboard step from the main menu', async () => {
    renderApp('/');
    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    const link = within(menu).getByRole('link', { name: 'Het model' });
    expect(link).toHaveAttribute('href', '/model');

    link.focus();
    await userEvent.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Het model van de vijf partnerschappen' })).toBeVisible();
  });
});

describe('an article page', () => {
  it('offers the article as a PDF in the reader’s language', async () => {
    stubBackend({
      'GET /api/me': () => new Response(null, { status: 204 }),
      'GET /api/articles/ouders-aan-tafel': () =>
        jsonResponse(anArticle({ state: 'PUBLISHED', publishedAt: '2025-04-02T10:00:00Z', editable: false })),
    });
    renderApp('/artikelen/ouders-aan-tafel');

    expect(await screen.findByRole('link', { name: 'Download als PDF' })).toHaveAttribute(
      'href',
      '/api/articles/ouders-aan-tafel/pdf',
    );
  });
});
