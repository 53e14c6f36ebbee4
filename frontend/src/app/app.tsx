import type { QueryClient } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { AppProvider } from './provider';
import { AppRoutes } from './router';

/** `queryClient`: the one the app's start already filled (see `preloadPage`); otherwise the app makes its own. */
export function App({ queryClient }: { queryClient?: QueryClient }) {
  return (
    <AppProvider {...(queryClient && { queryClient })}>
      <BrowserRouter useTransitions={false}>
        <AppRoutes />
      </BrowserRouter>
    </AppProvider>
  );
}
