// Most renderer tests run in jsdom; a few (reading files) opt into the node environment
// with `// @vitest-environment node`, where there is no DOM to prepare.
if (typeof document !== 'undefined') await import('./dom-setup');

export {};
