import { migration0001 } from './0001-initial';
import type { Migration } from './migration';

/** Every migration, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [migration0001];
