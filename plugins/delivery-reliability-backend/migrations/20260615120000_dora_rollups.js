// @ts-check

/**
 * DORA rollups: per entity, environment and UTC day (and ISO week and
 * calendar month) the counts and mergeable quantile sketches the `/v1/dora`
 * API sums, so reads cost O(entities × (months + edge weeks and days))
 * instead of O(events). Rollups are
 * derived data: `POST /v1/rollups/rebuild` recomputes them from the raw
 * events at any time.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  /**
   * @param {import('knex').Knex.CreateTableBuilder} table
   * @param {string} period
   */
  const rollupColumns = (table, period) => {
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('Entity, lower-case kind:namespace/name');
    table
      .string('environment', 255)
      .notNullable()
      .comment('Environment counted as production for this row');
    table
      .integer('deployments')
      .notNullable()
      .comment(`Production deployments finished in the ${period}`);
    table
      .integer('failed')
      .notNullable()
      .comment('Those of them classified as failed (rollback or incident)');
    table
      .integer('unplanned')
      .notNullable()
      .comment('Those of them that were unplanned (rollback, hotfix, fix)');
    table
      .integer('lead_time_n')
      .notNullable()
      .comment(`Changes first deployed in the ${period} (lead time samples)`);
    table
      .integer('recovery_failed')
      .notNullable()
      .comment(`Failed deployments finished in the ${period}`);
    table
      .integer('recovery_unresolved')
      .notNullable()
      .comment('Those of them skipped: an attributed incident is unresolved');
    table
      .integer('recovery_n')
      .notNullable()
      .comment('Recovery times measured (recovery_failed - recovery_unresolved)');
    table
      .text('lead_time_sketch')
      .nullable()
      .comment(
        'Lead times in seconds: base64 of exact values or a log-bucketed sketch (src/rollups/sketchCodec.ts); null when none',
      );
    table
      .text('recovery_sketch')
      .nullable()
      .comment('Recovery times in seconds, encoded like lead_time_sketch');
  };

  await knex.schema.createTable('dora_rollup_days', table => {
    table.comment(
      'DORA counts and sketches per entity, environment and UTC day (by deployment finish)',
    );
    rollupColumns(table, 'day');
    table
      .bigInteger('day_start')
      .notNullable()
      .comment('UTC midnight starting the day, epoch milliseconds');
    table.primary(['entity_ref', 'environment', 'day_start']);
  });

  await knex.schema.createTable('dora_rollup_weeks', table => {
    table.comment(
      'DORA counts and merged sketches per entity, environment and ISO week (Monday 00:00 UTC); sums of dora_rollup_days, so window edges read weeks instead of days',
    );
    rollupColumns(table, 'week');
    table
      .bigInteger('week_start')
      .notNullable()
      .comment('Monday 00:00 UTC starting the ISO week, epoch milliseconds');
    table.primary(['entity_ref', 'environment', 'week_start']);
  });

  await knex.schema.createTable('dora_rollup_months', table => {
    table.comment(
      'DORA counts and merged sketches per entity, environment and UTC calendar month; sums of dora_rollup_days',
    );
    rollupColumns(table, 'month');
    table
      .bigInteger('month_start')
      .notNullable()
      .comment('UTC midnight of the first day of the month, epoch milliseconds');
    table.primary(['entity_ref', 'environment', 'month_start']);
  });

  await knex.schema.createTable('dora_rollup_marks', table => {
    table.comment(
      'Dirty marks: rollups of an entity and environment to recompute from a day on; written in the ingestion transaction, deleted by the worker that processed exactly them',
    );
    table.increments('id').comment('Mark id; a worker deletes only the ids it read');
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('Entity whose rollups are stale, lower-case kind:namespace/name');
    table
      .string('environment', 255)
      .notNullable()
      .comment('Environment whose rollups are stale');
    table
      .bigInteger('from_day')
      .notNullable()
      .comment('UTC midnight (epoch ms) of the first stale day; later days are stale too');
    table.index(['entity_ref', 'environment'], 'dora_rollup_marks_scope_idx');
  });

  await knex.schema.createTable('dora_rollup_settings', table => {
    table.comment(
      'Rules the stored rollups were computed with; a change at start-up marks every rollup stale',
    );
    table.string('key', 255).primary().notNullable().comment('Setting name');
    table.text('value').notNullable().comment('Setting value');
  });

  // Recomputing a deployment's day must find rollbacks and incidents of other
  // entities that name it; partial, so the many rows without one cost nothing.
  await knex.schema.alterTable('deployments', table => {
    table.index(['rolls_back'], 'deployments_rolls_back_idx', {
      predicate: knex.whereNotNull('rolls_back'),
    });
  });
  await knex.schema.alterTable('incidents', table => {
    table.index(['fixed_by_deployment_id'], 'incidents_fixed_by_idx', {
      predicate: knex.whereNotNull('fixed_by_deployment_id'),
    });
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('incidents', table => {
    table.dropIndex(['fixed_by_deployment_id'], 'incidents_fixed_by_idx');
  });
  await knex.schema.alterTable('deployments', table => {
    table.dropIndex(['rolls_back'], 'deployments_rolls_back_idx');
  });
  await knex.schema.dropTable('dora_rollup_settings');
  await knex.schema.dropTable('dora_rollup_marks');
  await knex.schema.dropTable('dora_rollup_months');
  await knex.schema.dropTable('dora_rollup_weeks');
  await knex.schema.dropTable('dora_rollup_days');
};
