import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { jsonResponse, problemResponse, renderWithProviders, stubBackend } from '@/testing/test-utils';
import { aProfile, unauthenticatedProblem } from '../testing/profiles';
import { AccountMenu } from './account-menu';

function renderMenu(language: 'nl' | 'en' = 'nl') {
  return renderWithProviders(
    <MemoryRouter>
      <AccountMenu profilePath="/profiel" />
    </MemoryRouter>,
    { language },
  );
}

/** What the browser would post: the form's fields at the moment it is sent (the post itself is not carried out). */
function captureSubmits(): FormData[] {
  const submitted: FormData[] = [];
  const listener = (event: Event) => {
    event.preventDefault();
    submitted.push(new FormData(event.target as HTMLFormElement));
  };
  window.addEventListener('submit', listener);
  onTestFinished(() => window.removeEventListener('submit', listener));
  return submitted;
}

describe('AccountMenu', () => {
  it('offers the login when the backend says nobody is logged in (204)', async () => {
    stubBackend({ 'GET /api/me': () => new Response(null, { status: 204 }) });

    renderMenu();

    expect(await screen.findByRole('link', { name: 'Inloggen' })).toHaveAttribute(
      'href',
      '/oauth2/authorization/kennisportaal',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('offers a visitor the login, which is a navigation to the backend', async () => {
    stubBackend({ 'GET /api/me': () => problemResponse(401, unauthenticatedProblem()) });

    renderMenu();

    const login = await screen.findByRole('link', { name: 'Inloggen' });
    expect(login).toHaveAttribute('href', '/oauth2/authorization/kennisportaal');
    expect(screen.queryByRole('button', { name: 'Uitloggen' })).not.toBeInTheDocument();
  });

  it('shows nothing while it does not know yet who is there', () => {
    vi.stubGlobal('fetch', vi.fn<typeof fetch>(() => new Promise(() => {})));

    renderMenu();

    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows the logged-in person by name, linking to the profile, with a logout button', async () => {
    stubBackend({ 'GET /api/me': () => jsonResponse(aProfile()) });

    renderMenu('en');

    expect(await screen.findByRole('link', { name: 'Olga Organisator' })).toHaveAttribute('href', '/profiel');
    const logout = screen.getByRole('button', { name: 'Log out' });
    const form = logout.closest('form');
    expect(form).toHaveAttribute('method', 'post');
    expect(form).toHaveAttribute('action', '/logout');
    expect(screen.queryByRole('link', { name: 'Log in' })).not.toBeInTheDocument();
  });

  it('posts the logout with the CSRF token from the cookie', async () => {
    stubBackend({ 'GET /api/me': () => jsonResponse(aProfile()) });
    const submitted = captureSubmits();
    renderMenu();
    await screen.findByRole('link', { name: 'Olga Organisator' });
    document.cookie = 'XSRF-TOKEN=token-123; path=/';

    await userEvent.click(screen.getByRole('button', { name: 'Uitloggen' }));

    expect(submitted).toHaveLength(1);
    expect(submitted[0]?.get('_csrf')).toBe('token-123');
  });

  it('fetches a CSRF token first when the cookie is missing, then posts the logout', async () => {
    let meCalls = 0;
    stubBackend({
      'GET /api/me': () => {
        meCalls += 1;
        // As the backend's Set-Cookie would: every answer carries the token.
        if (meCalls > 1) document.cookie = 'XSRF-TOKEN=fresh-token; path=/';
        return jsonResponse(aProfile());
      },
    });
    const posted: FormData[] = [];
    vi.spyOn(HTMLFormElement.prototype, 'submit').mockImplementation(function submit(this: HTMLFormElement) {
      posted.push(new FormData(this));
    });
    renderMenu();
    await screen.findByRole('link', { name: 'Olga Organisator' });

    await userEvent.click(screen.getByRole('button', { name: 'Uitloggen' }));

    await vi.waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]?.get('_csrf')).toBe('fresh-token');
  });

  it('offers the login again when the check itself fails', async () => {
    stubBackend({ 'GET /api/me': () => problemResponse(503, { title: 'Unavailable' }) });

    renderMenu();

    expect(await screen.findByRole('link', { name: 'Inloggen' })).toBeInTheDocument();
  });
});
