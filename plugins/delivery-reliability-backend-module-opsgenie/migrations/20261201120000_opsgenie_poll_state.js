// @ts-check

/**
 * Poll cursors of the Opsgenie source. Kept in the delivery-reliability
 * database under the module's own migration table, so they survive restarts
 * and the next poll only asks Opsgenie for what is new.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(
    'delivery_reliability_opsgenie_poll_state',
    table => {
      table.comment(
        'Where the Opsgenie source stopped, per Opsgenie incident query of an entity',
      );
      table
        .string('scope_key', 64)
        .primary()
        .comment('SHA-256 (hex) of the scope, the incident query');
      table
        .text('scope')
        .notNullable()
        .comment(
          'The Opsgenie incident query (selector or team), without the time bounds',
        );
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
  await knex.schema.dropTable('delivery_reliability_opsgenie_poll_state');
};
