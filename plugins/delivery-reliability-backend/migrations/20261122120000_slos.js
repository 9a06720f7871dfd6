// @ts-check

/**
 * SLO storage: SLI buckets per objective and step, the evaluation state of
 * each objective, and maintenance windows excluded from budgets.
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('sli_buckets', table => {
    table.comment(
      'Good and total events of one SLO objective over one evaluation step; budgets over any window are sums of these',
    );
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('Entity owning the SLO, lower-case kind:namespace/name');
    table
      .string('slo_id', 255)
      .notNullable()
      .comment('SLO objective id: the SLO metadata.name, plus #<index> after the first objective');
    table
      .bigInteger('start_ms')
      .notNullable()
      .comment('Step start (epoch ms, a multiple of the step); the bucket covers [start, start + step)');
    table
      .double('good')
      .notNullable()
      .comment('Good events (or good share of a slice/raw sample) in the step');
    table
      .double('total')
      .notNullable()
      .comment('All events in the step; 0 = measured with no traffic');
    table.primary(['entity_ref', 'slo_id', 'start_ms']);
  });

  await knex.schema.createTable('slo_evaluation_state', table => {
    table.comment(
      'Where the evaluation of each SLO objective stands: what was backfilled, the last success and the last error',
    );
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('Entity owning the SLO, lower-case kind:namespace/name');
    table
      .string('slo_id', 255)
      .notNullable()
      .comment('SLO objective id, as in sli_buckets');
    table
      .string('definition_hash', 64)
      .notNullable()
      .comment('Hash of the indicator, objective and step; a change discards the stored buckets');
    table
      .bigInteger('step_ms')
      .notNullable()
      .comment('Evaluation step of the stored buckets (ms)');
    table
      .bigInteger('covered_from_ms')
      .nullable()
      .comment('Earliest step start the backfill reached (epoch ms)');
    table
      .bigInteger('last_success_ms')
      .nullable()
      .comment('When the source last answered for this objective (epoch ms)');
    table
      .bigInteger('last_attempt_ms')
      .nullable()
      .comment('When the evaluation last tried this objective (epoch ms)');
    table
      .text('last_error')
      .nullable()
      .comment('Message of the last failed read; null after a success');
    table.primary(['entity_ref', 'slo_id']);
  });

  await knex.schema.createTable('slo_maintenance_windows', table => {
    table.comment(
      'Planned maintenance: buckets overlapping a window are left out of budgets and burn rates',
    );
    table.string('id', 255).primary().comment('Window id, given by the caller');
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('Entity whose SLOs the window applies to, lower-case kind:namespace/name');
    table
      .bigInteger('from_ms')
      .notNullable()
      .comment('Window start (epoch ms, inclusive)');
    table
      .bigInteger('to_ms')
      .notNullable()
      .comment('Window end (epoch ms, exclusive)');
    table.text('reason').nullable().comment('Why, shown in the UI');
    table
      .string('created_by', 255)
      .notNullable()
      .comment('Principal that recorded the window');
    table
      .bigInteger('created_at_ms')
      .notNullable()
      .comment('When it was recorded (epoch ms)');
    table.index(['entity_ref', 'to_ms'], 'slo_maintenance_windows_entity_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('slo_maintenance_windows');
  await knex.schema.dropTable('slo_evaluation_state');
  await knex.schema.dropTable('sli_buckets');
};
