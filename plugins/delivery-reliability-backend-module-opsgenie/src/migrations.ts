import { ModuleMigrations } from '@delivery-reliability/plugin-delivery-reliability-node';

/** The cursor table, created by `migrations/`. */
export const POLL_STATE_TABLE = 'delivery_reliability_opsgenie_poll_state';

/** This module's `migrations/` and its own knex migrations table. */
export const OPSGENIE_MIGRATIONS: ModuleMigrations = {
  packageName:
    '@delivery-reliability/plugin-delivery-reliability-backend-module-opsgenie',
  tableName: 'delivery_reliability_opsgenie_knex_migrations',
};
