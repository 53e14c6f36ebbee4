import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { problemResponse, renderApp, stubBackend } from '@/testing/test-utils';

beforeEach(() => {
  // An anonymous visitor: the header asks who is logged in on every page.
  stubBackend({ 'GET /api/me': () => problemResponse(401, { title: 'Login required' }) });
});

describe('app shell', () => {
  it('opens in Dutch with the portal name, navigation and the five partnerships', () => {
    renderApp('/');

    expect(screen.getByRole('link', { name: /Kennisportaal Ouderbetrokkenheid/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Welkom bij het Kennisportaal Ouderbetrokkenheid' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(nav).toHaveTextContent(/Home.*Zoeken.*Bijeenkomsten.*Over/);
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Informeel partnerschap',
      'Formeel partnerschap',
      'Didactisch partnerschap',
      'Pedagogisch partnerschap',
      'Maatschappelijk partnerschap',
    ]);
    expect(screen.getByText('Samen staan voor het leren van het kind')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nl');
  });

  it('switches to English, sets <html lang> and remembers the choice', async () => {
    renderApp('/');

    await userEvent.click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to the knowledge portal on parental involvement' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('kennisportaal.language')).toBe('en');
  });

  it('starts in the remembered language', () => {
    window.localStorage.setItem('kennisportaal.language', 'en');

    renderApp('/');

    expect(screen.getByRole('navigation', { name: 'Main menu' })).toHaveTextContent(/Search.*Events.*About/);
    expect(document.documentElement.lang).toBe('en');
  });

  it('ignores an unknown remembered language', () => {
    window.localStorage.setItem('kennisportaal.language', 'fr');

    renderApp('/');

    expect(document.documentElement.lang).toBe('nl');
  });

  it('marks the current page in the navigation and moves focus to the content after navigating', async () => {
    renderApp('/');

    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    await userEvent.click(within(nav).getByRole('link', { name: 'Bijeenkomsten' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Bijeenkomsten' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Bijeenkomsten' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('main')).toHaveFocus();
    expect(document.title).toBe('Bijeenkomsten | Kennisportaal Ouderbetrokkenheid');
  });

  it('shows a not-found page for unknown paths', () => {
    renderApp('/bestaat-niet');

    expect(screen.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de startpagina' })).toHaveAttribute('href', '/');
  });

  it('offers a skip link to the main content', () => {
    renderApp('/');

    const skipLink = screen.getByRole('link', { name: 'Direct naar de inhoud' });
    expect(skipLink).toHaveAttribute('href', `#${screen.getByRole('main').id}`);
  });
});
