import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@delivery-reliability/plugin-delivery-reliability-backend',
  'migrations',
);

/**
 * Brings the plugin's database schema up to date.
 * @internal
 */
export async function applyDatabaseMigrations(knex: Knex): Promise<void> {
  await knex.migrate.latest({ directory: migrationsDir });
}
