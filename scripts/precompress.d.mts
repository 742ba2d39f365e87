/** Types of precompress.mjs: writes `.br` and `.gz` copies beside each text file under `dir`; returns [plain bytes, brotli bytes]. */
export function precompress(dir: string): Promise<[number, number]>;
