import { z } from 'zod';

/*
 * Imported first by each page's entry, before any schema is built. The CSP
 * forbids eval; zod compiles faster object parsers with `new Function` when it
 * may, and finds out by trying once at the first object schema: refused, the
 * try is reported as a CSP violation although zod falls back. jitless skips
 * the try (parsing is as correct, slightly slower).
 */
z.config({ jitless: true });
