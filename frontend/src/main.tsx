import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { loadLanguage, readStoredLanguage } from './lib/i18n/i18n';
import './styles/global.css';

const container = document.getElementById('root');
if (!container) {
  throw new Error('index.html lacks the #root element');
}

// The first render waits for the reader's language (Dutch is built in; English is fetched first if it was chosen).
void loadLanguage(readStoredLanguage()).finally(() =>
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
