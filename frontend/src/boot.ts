import { startEarly } from './app/early-start';
import { applyStyles } from './lib/app-styles';

// A script of its own, small and loaded without waiting for the app's (index.html), so that the page's stylesheets,
// data and code are requested as soon as the document arrives rather than once the app has downloaded and run.
void applyStyles();
startEarly(window.location);
