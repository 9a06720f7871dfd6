import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';

/** Where a module's migrations live and where knex records them. @public */
export interface ModuleMigrations {
  /** The module's package, whose `migrations/` folder is applied. */
  packageName: string;
  /** The module's own knex migrations table, e.g. `…_pagerduty_knex_migrations`. */
  tableName: string;
}

/**
 * Applies a module's `migrations/` folder. Modules share their plugin's
 * database, so each keeps its own knex migrations table next to the
 * plugin's; otherwise knex would see the other's files as missing.
 * @public
 */
export async function applyModuleMigrations(
  database: DatabaseService,
  migrations: ModuleMigrations,
): Promise<void> {
  const knex = await database.getClient();
  if (database.migrations?.skip) return;
  await knex.migrate.latest({
    directory: resolvePackagePath(migrations.packageName, 'migrations'),
    tableName: migrations.tableName,
  });
}
