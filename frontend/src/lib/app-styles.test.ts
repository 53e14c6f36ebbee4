import { beforeEach, describe, expect, it, vi } from 'vitest';

beforeEach(() => {
  vi.resetModules(); // applyStyles keeps its promise per page load
  document.head.innerHTML =
    '<link rel="preload" as="style" crossorigin href="/assets/index.css"><meta name="x"><link rel="preload" as="style" crossorigin href="/assets/search.css">';
});

async function loadedApplyStyles() {
  return (await import('./app-styles')).applyStyles;
}

describe('applyStyles', () => {
  it('makes each preloaded stylesheet a stylesheet, in place and in the same request mode, and waits for them', async () => {
    const applyStyles = await loadedApplyStyles();
    let done = false;
    const applied = applyStyles().then(() => (done = true));

    const sheets = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
    expect(sheets.map((sheet) => sheet.getAttribute('href'))).toEqual([
      '/assets/index.css',
      '/assets/search.css',
    ]);
    expect(sheets.map((sheet) => sheet.getAttribute('crossorigin'))).toEqual(['', '']);
    expect(sheets[0]?.previousElementSibling?.getAttribute('href')).toBe('/assets/index.css');

    sheets[0]?.dispatchEvent(new Event('load'));
    await Promise.resolve();
    expect(done).toBe(false); // one of two loaded
    sheets[1]?.dispatchEvent(new Event('error')); // a failed stylesheet does not hold the app back
    await applied;
    expect(done).toBe(true);
  });

  it('adds them once when called again (boot.ts and main.tsx both call it)', async () => {
    const applyStyles = await loadedApplyStyles();
    const first = applyStyles();
    expect(applyStyles()).toBe(first);
    expect(document.querySelectorAll('link[rel="stylesheet"]')).toHaveLength(2);
  });
});
