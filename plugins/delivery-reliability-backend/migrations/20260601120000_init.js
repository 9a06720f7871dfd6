// @ts-check

/**
 * Event store of the delivery-reliability plugin. Times are integer epoch
 * milliseconds (bigint) so that range reads and ordering behave the same on
 * SQLite and PostgreSQL; entity refs are normalized lower-case
 * `kind:namespace/name`.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('deployments', table => {
    table.comment('Deployments of an entity to an environment (ingestion v1)');
    table
      .string('id', 255)
      .primary()
      .notNullable()
      .comment('Deployment id; unique, re-sending it replaces the row');
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('Deployed entity, lower-case kind:namespace/name');
    table
      .string('environment', 255)
      .notNullable()
      .comment('Target environment, e.g. production');
    table
      .string('status', 32)
      .notNullable()
      .comment('Outcome: succeeded or failed');
    table
      .bigInteger('started_at')
      .nullable()
      .comment('Start time, epoch milliseconds');
    table
      .bigInteger('finished_at')
      .notNullable()
      .comment('Finish time, epoch milliseconds');
    table
      .string('version', 255)
      .nullable()
      .comment('Deployed version or artifact digest');
    table
      .boolean('rollback')
      .notNullable()
      .defaultTo(false)
      .comment('True when this deployment rolls back an earlier one');
    table
      .string('rolls_back', 255)
      .nullable()
      .comment('Id of the deployment this rollback reverts, if named');
    table
      .boolean('hotfix')
      .notNullable()
      .defaultTo(false)
      .comment('True for an unplanned deployment made to fix production');
    table.index(
      ['entity_ref', 'environment', 'finished_at'],
      'deployments_entity_env_finished_idx',
    );
    table.index(
      ['entity_ref', 'finished_at'],
      'deployments_entity_finished_idx',
    );
  });

  await knex.schema.createTable('changes', table => {
    table.comment('Changes (merged pull requests or commits) deployments ship');
    table
      .string('id', 255)
      .primary()
      .notNullable()
      .comment('Change id; unique, re-sending it replaces the row');
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('Entity the change belongs to, lower-case kind:namespace/name');
    table
      .bigInteger('first_commit_at')
      .notNullable()
      .comment('Time of the first commit, epoch milliseconds');
    table
      .bigInteger('pr_opened_at')
      .nullable()
      .comment('Time the pull request was opened, epoch milliseconds');
    table
      .bigInteger('merged_at')
      .nullable()
      .comment('Merge time, epoch milliseconds');
    table.index(['entity_ref', 'merged_at'], 'changes_entity_merged_idx');
  });

  await knex.schema.createTable('deployment_changes', table => {
    table.comment('Which changes each deployment ships (its changeIds)');
    // No foreign key: links are always replaced in the same transaction as
    // their deployment, and a per-row key check would slow bulk ingestion.
    table
      .string('deployment_id', 255)
      .notNullable()
      .comment('The shipping deployment');
    table
      .string('change_id', 255)
      .notNullable()
      .comment('The shipped change; the change row may arrive later');
    table
      .integer('position')
      .notNullable()
      .comment('Index of the change in the deployment changeIds list');
    table.primary(['deployment_id', 'change_id']);
    table.index(['change_id'], 'deployment_changes_change_idx');
  });

  await knex.schema.createTable('incidents', table => {
    table.comment('Production incidents (ingestion v1)');
    table
      .string('id', 255)
      .primary()
      .notNullable()
      .comment('Incident id; unique, re-sending it replaces the row');
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('Affected entity, lower-case kind:namespace/name');
    table
      .string('environment', 255)
      .notNullable()
      .comment('Affected environment; production when the event names none');
    table.string('severity', 255).nullable().comment('Severity as reported');
    table.text('title').nullable().comment('Short description');
    table
      .bigInteger('started_at')
      .notNullable()
      .comment('Start time, epoch milliseconds');
    table
      .bigInteger('resolved_at')
      .nullable()
      .comment('Resolution time, epoch milliseconds; null while open');
    table
      .string('deployment_id', 255)
      .nullable()
      .comment('Deployment named as the cause; else attribution is by time');
    table
      .string('fixed_by_deployment_id', 255)
      .nullable()
      .comment('Deployment named as the fix (unplanned rework)');
    table.text('postmortem_url').nullable().comment('Link to the postmortem');
    table.index(['entity_ref', 'started_at'], 'incidents_entity_started_idx');
    table.index(
      ['entity_ref', 'environment', 'started_at'],
      'incidents_entity_env_started_idx',
    );
    table.index(['deployment_id'], 'incidents_deployment_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('incidents');
  await knex.schema.dropTable('deployment_changes');
  await knex.schema.dropTable('changes');
  await knex.schema.dropTable('deployments');
};
