// @ts-check

/**
 * SLO status snapshot: each objective's status as of the last evaluation
 * cycle, so the team comparison reads every service's SLOs in one query
 * instead of evaluating them per request.
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('slo_status', table => {
    table.comment(
      'Status of each SLO objective as of the last evaluation cycle (same math as GET /v1/slos); read by the team comparison',
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
      .text('name')
      .notNullable()
      .comment('SLO display name, or metadata.name without one');
    table
      .double('target')
      .notNullable()
      .comment('Objective target as a ratio, e.g. 0.999');
    table
      .double('sli')
      .nullable()
      .comment('good / total over the SLO window; null without data');
    table
      .double('budget_remaining_ratio')
      .nullable()
      .comment(
        '1 − (bad / total) / (1 − target); negative when overspent, null without data',
      );
    table
      .string('status', 16)
      .notNullable()
      .comment(
        'Budget status with the entity policy applied: ok, at-risk, frozen or no-data',
      );
    table
      .string('alert_state', 16)
      .notNullable()
      .comment('Most severe firing burn-rate alert: page, ticket or none');
    table
      .bigInteger('evaluated_at_ms')
      .notNullable()
      .comment('Instant the row was computed for (epoch ms)');
    // readAll reads the whole table (no index makes that cheaper); the key
    // serves replaceEntity's delete and retainOnly's distinct entities.
    table.primary(['entity_ref', 'slo_id']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('slo_status');
};
