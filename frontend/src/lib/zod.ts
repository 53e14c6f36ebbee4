import { z } from 'zod';

// Without this, zod tries `new Function` to compile object schemas; the Content-Security-Policy (script-src 'self',
// no 'unsafe-eval') refuses it, and the browser logs the refusal as a violation on every page with a form. Parsing
// without eval is fast enough for forms of a few dozen fields.
z.config({ jitless: true });

export { z };
