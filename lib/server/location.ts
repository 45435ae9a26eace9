import { fileURLToPath } from 'node:url';

/** The checkout: where .next, node_modules and this file's lib/ live. */
export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

// Loopback only: the portal is meant to sit behind a reverse proxy. Browsers and curl fall back
// from ::1 to 127.0.0.1, so http://localhost:PORT works.
export const BIND_HOST = '127.0.0.1';
