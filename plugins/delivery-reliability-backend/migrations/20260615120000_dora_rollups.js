// @ts-check

/**
 * DORA rollups: per entity, environment and UTC day, the RUNNING TOTALS of
 * the counts and mergeable quantile sketches through the end of that day.
 * Any window is then total(last day before `to`) − total(last day before
 * `from`): two rows per entity whatever the window's length, so a year of a
 * thousand services reads a few thousand rows (a coarser per-month level
 * would still read every edge day). Rollups are derived data:
 * `POST /v1/rollups/rebuild` recomputes them from the raw events.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  /**
   * @param {import('knex').Knex.CreateTableBuilder} table
   */
  const rollupColumns = table => {
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
      .comment('Production deployments finished up to the end of the day');
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
      .comment(
        'Changes first deployed up to the end of the day (lead time samples)',
      );
    table
      .integer('recovery_failed')
      .notNullable()
      .comment('Failed deployments finished up to the end of the day');
    table
      .integer('recovery_unresolved')
      .notNullable()
      .comment('Those of them skipped: an attributed incident is unresolved');
    table
      .integer('recovery_n')
      .notNullable()
      .comment(
        'Recovery times measured (recovery_failed − recovery_unresolved)',
      );
    table
      .text('lead_time_sketch')
      .nullable()
      .comment(
        'Lead times (s) of all those changes: base64 of exact values or a log-bucketed QuantileSketch (src/rollups/sketchCodec.ts); null when none',
      );
    table
      .text('recovery_sketch')
      .nullable()
      .comment(
        'Recovery times (s) of all those deployments, encoded like lead_time_sketch',
      );
  };

  await knex.schema.createTable('dora_rollup_days', table => {
    table.comment(
      'DORA running totals per entity and environment through the end of each UTC day with a production deployment (samples bucketed by deployment finish)',
    );
    rollupColumns(table);
    table
      .bigInteger('day_start')
      .notNullable()
      .comment('UTC midnight starting the day, epoch milliseconds');
    table.primary(['entity_ref', 'environment', 'day_start']);
  });

  await knex.schema.createTable('dora_rollup_marks', table => {
    table.comment(
      'Dirty marks: rollups of an entity and environment to recompute from a day on; written in the ingestion transaction, deleted by the worker that processed exactly them',
    );
    table
      .increments('id')
      .comment('Mark id; a worker deletes only the ids it read');
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment(
        'Entity whose rollups are stale, lower-case kind:namespace/name',
      );
    table
      .string('environment', 255)
      .notNullable()
      .comment('Environment whose rollups are stale');
    table
      .bigInteger('from_day')
      .notNullable()
      .comment(
        'UTC midnight (epoch ms) of the first stale day; later days are stale too',
      );
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
  await knex.schema.dropTable('dora_rollup_days');
};
