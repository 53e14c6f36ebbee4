import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadPage } from './app/router';
import { loadLanguage, readStoredLanguage } from './lib/i18n/i18n';
import { createQueryClient } from './lib/query-client';
import './styles/global.css';

const container = document.getElementById('root');
if (!container) {
  throw new Error('index.html lacks the #root element');
}

// The page's code and data are requested now, side by side, not one after the other once React renders (boot.ts has
// asked for those of the search and item pages already, and they are found here).
const queryClient = createQueryClient();
const page = preloadPage(window.location, queryClient);

// The first render waits for the reader's language (Dutch is built in; English is fetched first if it was chosen),
// and for the page, so that its content is in the first paint rather than a loading message and a second render. Not
// for long: a slow answer gets the page's own loading message after FIRST_RENDER_WAIT_MS.
const FIRST_RENDER_WAIT_MS = 1000;
const pageOrTimeout = Promise.race([page, new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS))]);
void Promise.all([loadLanguage(readStoredLanguage()), pageOrTimeout]).finally(() =>
  createRoot(container).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  ),
);
