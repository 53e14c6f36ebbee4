const PRELOADED = 'link[rel="preload"][as="style"]';

let applied: Promise<void> | undefined;

/**
 * Turns the app's own stylesheets, which index.html only preloads (see `bootScript` in vite.config.ts), into
 * stylesheets; resolves once they are loaded. Stylesheets written in the document block rendering, and with the
 * app's module scripts Chromium then held the phone's first painted frame back for one to two seconds (measured with
 * Lighthouse, docs/performance.md). Added from a script they do not block, and the file is on its way from the
 * moment the document is read. The app's first render waits for this, so nothing is ever shown unstyled.
 *
 * `boot.ts` calls it as early as it can, and `main.tsx` again (either may run first): both get the same promise.
 */
export function applyStyles(): Promise<void> {
  applied ??= Promise.all([...document.querySelectorAll<HTMLLinkElement>(PRELOADED)].map(stylesheet)).then(
    () => undefined,
  );
  return applied;
}

function stylesheet(preload: HTMLLinkElement): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = preload.getAttribute('href') ?? '';
  // The same request mode as the preload, or the browser fetches the file again.
  const mode = preload.getAttribute('crossorigin');
  if (mode !== null) link.setAttribute('crossorigin', mode);
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    // The page is still usable unstyled; it is not held back by a stylesheet that failed.
    link.addEventListener('error', () => resolve(), { once: true });
  });
  // Where the preload is: the stylesheets keep their order, before those of parts loaded later.
  preload.after(link);
  return loaded;
}
