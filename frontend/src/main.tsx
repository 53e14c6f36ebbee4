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

// The page's code and data are requested now, side by side, not one after the other once React renders.
const queryClient = createQueryClient();
preloadPage(window.location, queryClient);

// The first render waits for the reader's language (Dutch is built in; English is fetched first if it was chosen).
void loadLanguage(readStoredLanguage()).finally(() =>
  createRoot(container).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  ),
);
