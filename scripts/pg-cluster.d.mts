/** Types of pg-cluster.mjs, for the load bench written in TypeScript. */
export function startThrowawayCluster(options?: { maxConnections?: number }): Promise<{ url: string; port: number; stop(): void }>;
