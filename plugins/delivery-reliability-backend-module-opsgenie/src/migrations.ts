import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';

/** The cursor table, created by `migrations/`. */
export const POLL_STATE_TABLE = 'delivery_reliability_opsgenie_poll_state';

/**
 * Applies this module's migrations. Modules share their plugin's database,
 * so the module keeps its own knex migrations table next to the plugin's.
 */
export async function applyOpsgenieMigrations(
  database: DatabaseService,
): Promise<void> {
  const knex = await database.getClient();
  if (database.migrations?.skip) return;
  await knex.migrate.latest({
    directory: resolvePackagePath(
      '@delivery-reliability/plugin-delivery-reliability-backend-module-opsgenie',
      'migrations',
    ),
    tableName: 'delivery_reliability_opsgenie_knex_migrations',
  });
}
