// @ts-check

/**
 * Poll cursors of the PagerDuty source. Kept in the delivery-reliability
 * database under the module's own migration table, so they survive restarts
 * and the next poll only asks PagerDuty for what is new.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(
    'delivery_reliability_pagerduty_poll_state',
    table => {
      table.comment(
        'Where the PagerDuty source stopped, per PagerDuty service',
      );
      table
        .string('scope_key', 64)
        .primary()
        .comment('SHA-256 (hex) of the scope, the PagerDuty service id');
      table.text('scope').notNullable().comment('The PagerDuty service id');
      table
        .string('polled_until', 32)
        .nullable()
        .comment('End of the last fully stored poll, RFC 3339 UTC');
      table
        .text('open_ids')
        .notNullable()
        .comment(
          'JSON array of incident ids open at that poll, re-read until resolved',
        );
    },
  );
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('delivery_reliability_pagerduty_poll_state');
};
