import type { Migration, MigrationProvider } from 'kysely';
import { initialMigration } from './migration-0001-initial';
import { consoleMigration } from './migration-0002-console';
import { payloadOnceMigration } from './migration-0003-payload-once';
import { consoleStaffMigration } from './migration-0004-console-staff';
import { signInLimitsMigration } from './migration-0005-sign-in-limits';
import { notificationsMigration } from './migration-0007-notifications';
import { reportsMigration } from './migration-0006-reports';
import { reportLatePlansMigration } from './migration-0008-report-late-plans';
import { personalAccessMigration } from './migration-0009-personal-access';
import { recordOwnerIndexMigration } from './migration-0010-record-owner-index';

export type Dialect = 'sqlite' | 'postgres';

/**
 * Forward-only migrations written with Kysely's schema builder, so one
 * definition makes the same schema on SQLite and PostgreSQL. Released entries
 * are never edited: a change is a new key. Kysely's Migrator records what ran
 * (kysely_migration) and refuses a database holding a migration this list
 * lacks.
 */
export function serverMigrations(dialect: Dialect): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '0001-initial': { up: (db) => initialMigration(db, dialect) },
    '0002-console': { up: (db) => consoleMigration(db) },
    '0003-payload-once': { up: (db) => payloadOnceMigration(db) },
    '0004-console-staff': { up: (db) => consoleStaffMigration(db) },
    '0005-sign-in-limits': { up: (db) => signInLimitsMigration(db) },
    '0006-reports': { up: (db) => reportsMigration(db, dialect) },
    '0007-notifications': { up: (db) => notificationsMigration(db) },
    '0008-report-late-plans': { up: (db) => reportLatePlansMigration(db) },
    '0009-personal-access': { up: (db) => personalAccessMigration(db, dialect) },
    '0010-record-owner-index': { up: (db) => recordOwnerIndexMigration(db) },
  };
  return { getMigrations: async () => migrations };
}
