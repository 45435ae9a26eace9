import { z } from 'zod';

// Zod compiles object parsers with `new Function` where it may, and finds out by trying once. Under
// the pages' Content-Security-Policy (no eval) that probe is reported as a violation although Zod
// catches it. The interpreted parsers are fast enough for forms and API parameters, so every schema
// module imports this before it defines a schema: no probe is ever made.
z.config({ jitless: true });
