import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { problemResponse, renderWithProviders, requestsTo, stubBackend } from '@/testing/test-utils';
import { AccountActions } from './account-actions';

function dialog(): HTMLDialogElement {
  return screen.getByRole('dialog', { hidden: true }) as HTMLDialogElement;
}

describe('AccountActions', () => {
  it('links to the download of all personal data', () => {
    renderWithProviders(<AccountActions onDeleted={() => {}} onSignedOutEverywhere={() => {}} />);

    const download = screen.getByRole('link', { name: 'Download mijn gegevens' });
    expect(download).toHaveAttribute('href', '/api/me/data');
    expect(download).toHaveAttribute('download');
  });

  it('asks for confirmation in a modal dialog, starting on the harmless choice', async () => {
    renderWithProviders(<AccountActions onDeleted={() => {}} onSignedOutEverywhere={() => {}} />);
    expect(dialog()).not.toHaveAttribute('open');

    await userEvent.click(screen.getByRole('button', { name: 'Account verwijderen' }));

    expect(dialog()).toHaveAttribute('open');
    expect(screen.getByRole('dialog')).toHaveAccessibleName('Weet u zeker dat u uw account wilt verwijderen?');
    expect(screen.getByRole('dialog')).toHaveAccessibleDescription(/definitief verwijderd/);
    expect(screen.getByRole('button', { name: 'Annuleren' })).toHaveFocus();
  });

  it('deletes nothing when cancelled and gives focus back to the button', async () => {
    const fetchMock = stubBackend({});
    const onDeleted = vi.fn();
    renderWithProviders(<AccountActions onDeleted={onDeleted} onSignedOutEverywhere={() => {}} />);
    const opener = screen.getByRole('button', { name: 'Account verwijderen' });

    await userEvent.click(opener);
    await userEvent.click(screen.getByRole('button', { name: 'Annuleren' }));

    expect(dialog()).not.toHaveAttribute('open');
    expect(opener).toHaveFocus();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(onDeleted).not.toHaveBeenCalled();
  });

  it('deletes the account with the CSRF token once confirmed', async () => {
    const backend = stubBackend({ 'DELETE /api/me': () => new Response(null, { status: 204 }) });
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
    const onDeleted = vi.fn();
    renderWithProviders(<AccountActions onDeleted={onDeleted} onSignedOutEverywhere={() => {}} />, { language: 'en' });

    await userEvent.click(screen.getByRole('button', { name: 'Delete account' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete my account' }));

    await vi.waitFor(() => expect(onDeleted).toHaveBeenCalledOnce());
    const requests = requestsTo(backend, 'DELETE', '/api/me');
    expect(requests).toHaveLength(1);
    expect(requests[0]?.headers.get('X-XSRF-TOKEN')).toBe('token-123');
    expect(dialog()).not.toHaveAttribute('open');
  });

  it('keeps the dialog open with the error when the deletion fails', async () => {
    stubBackend({ 'DELETE /api/me': () => problemResponse(503, { type: '/problems/unavailable', title: 'Temporarily unavailable' }) });
    const onDeleted = vi.fn();
    renderWithProviders(<AccountActions onDeleted={onDeleted} onSignedOutEverywhere={() => {}} />);

    await userEvent.click(screen.getByRole('button', { name: 'Account verwijderen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, verwijder mijn account' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Tijdelijk niet beschikbaar');
    expect(dialog()).toHaveAttribute('open');
    expect(onDeleted).not.toHaveBeenCalled();
  });

  it('logs out everywhere with the CSRF token and says so', async () => {
    const backend = stubBackend({ 'POST /api/me/sessions/end': () => new Response(null, { status: 204 }) });
    document.cookie = 'XSRF-TOKEN=token-456; path=/';
    const onSignedOut = vi.fn();
    renderWithProviders(<AccountActions onDeleted={() => {}} onSignedOutEverywhere={onSignedOut} />);

    expect(screen.getByRole('region', { name: 'Overal uitloggen' })).toHaveTextContent(/gedeelde computer/);
    await userEvent.click(screen.getByRole('button', { name: 'Overal uitloggen' }));

    await vi.waitFor(() => expect(onSignedOut).toHaveBeenCalledOnce());
    const requests = requestsTo(backend, 'POST', '/api/me/sessions/end');
    expect(requests).toHaveLength(1);
    expect(requests[0]?.headers.get('X-XSRF-TOKEN')).toBe('token-456');
  });

  it('stays on the page with the error when logging out everywhere fails', async () => {
    stubBackend({
      'POST /api/me/sessions/end': () =>
        problemResponse(503, { type: '/problems/unavailable', title: 'Temporarily unavailable' }),
    });
    const onSignedOut = vi.fn();
    renderWithProviders(<AccountActions onDeleted={() => {}} onSignedOutEverywhere={onSignedOut} />);

    await userEvent.click(screen.getByRole('button', { name: 'Overal uitloggen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Tijdelijk niet beschikbaar');
    expect(onSignedOut).not.toHaveBeenCalled();
  });
});
