import { createElement, lazy, Suspense, type ComponentType } from 'react';
import { loadPageMessages } from './i18n/i18n';

const preloads: (() => Promise<void>)[] = [];

/**
 * A part of a page whose code is loaded only when it is first shown: a form for logged-in readers (save this search,
 * add to a collection, reply) brings the form layer with it (react-hook-form and zod, about 40 kB gzip), which an
 * anonymous visitor of the search or item page would otherwise download and run before seeing the page. Shows
 * nothing while the code (and the pages' messages) arrive; once loaded it renders at once.
 */
export function onDemand<M, K extends keyof M>(load: () => Promise<M>, name: K): M[K] {
  type Props = Record<string, unknown>;
  let loaded: ComponentType<Props> | undefined;
  const resolve = async () => {
    // With the pages' messages (lib/i18n/messages/nl-pages.ts), which a page with its own built in has not loaded.
    const [module] = await Promise.all([load(), loadPageMessages()]);
    loaded = module[name] as ComponentType<Props>;
    return loaded;
  };
  const Lazy = lazy(async () => ({ default: await resolve() }));
  preloads.push(async () => void (await resolve()));
  function OnDemand(props: Props) {
    return loaded ? createElement(loaded, props) : <Suspense fallback={null}>{createElement(Lazy, props)}</Suspense>;
  }
  return OnDemand as M[K];
}

/** Loads the code of every on-demand part declared so far; tests call it so that parts render as soon as shown. */
export async function preloadParts(): Promise<void> {
  await Promise.all(preloads.map((preload) => preload()));
}
