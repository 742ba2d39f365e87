/**
 * zod and renderer/lib/zod-no-eval.ts in one chunk of their own. With the
 * screens split into chunks (issue 21 §3) the bundler may place a module
 * that builds a schema before zod-no-eval's `z.config({ jitless: true })`
 * in a shared chunk; zod then probes `new Function` and the CSP reports it.
 * A chunk is evaluated whole before any chunk that imports it, so every
 * schema, in whichever chunk, is built after the config.
 */
export const ZOD_FIRST = { name: 'zod', test: /node_modules[\\/]zod[\\/]|renderer[\\/]lib[\\/]zod-no-eval\.ts$/, priority: 10 };
