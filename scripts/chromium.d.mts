/** Types of chromium.mjs, for the end-to-end tests written in TypeScript. */
export function findChromium(): string | null;
export const CHROMIUM_ARGS: string[];
