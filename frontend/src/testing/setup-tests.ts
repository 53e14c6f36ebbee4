import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { preloadPages } from '@/app/router';
import { loadLanguage } from '@/lib/i18n/i18n';
import { preloadParts } from '@/lib/on-demand';

// Components are tested in both languages, and pages render as soon as they are visited: the app fetches English
// and each page's code on demand, the tests have them from the start.
// findBy*/waitFor give up after this long. Their default, one second, is a render's time on a quiet machine only: on
// two cores running other builds (load 40) forms took longer to appear and tests failed that were right. A bound, not
// a wait: a condition that holds ends the wait at once.
configure({ asyncUtilTimeout: 10_000 });

await Promise.all([loadLanguage('en'), preloadPages()]);
await preloadParts(); // declared by the pages just loaded

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  document.documentElement.lang = 'nl';
  document.cookie.split(';').forEach((cookie) => {
    const name = cookie.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  });
});

// jsdom has <dialog> but not its methods: enough of them for components that open a modal dialog.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.show = function show(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement, returnValue?: string) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    if (returnValue !== undefined) this.returnValue = returnValue;
    this.dispatchEvent(new Event('close'));
  };
}
