// @ts-check

/**
 * Sync state of the GitHub source module, so that a restart continues
 * incrementally instead of backfilling a year again. Kept in the
 * delivery-reliability plugin's database under its own migrations table
 * (knex_migrations_github), apart from the event store's schema.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('github_repository_cursors', table => {
    table.comment('Where the GitHub sync of each repository stopped');
    table
      .string('repository', 255)
      .primary()
      .notNullable()
      .comment('host/owner/repo, lower-case');
    table
      .text('cursor')
      .notNullable()
      .comment(
        'JSON: watermarks, pending deployments, last deployed sha per environment',
      );
    table
      .bigInteger('updated_at')
      .notNullable()
      .comment('When the cursor was saved, epoch milliseconds');
  });
  await knex.schema.createTable('github_merged_pulls', table => {
    table.comment(
      'Merged pull requests seen by the GitHub sync, to link merge commits found by compare to changes',
    );
    table
      .string('repository', 255)
      .notNullable()
      .comment('host/owner/repo, lower-case');
    table.integer('number').notNullable().comment('Pull request number');
    table
      .string('merge_sha', 64)
      .notNullable()
      .comment('merge_commit_sha of the pull request');
    table
      .bigInteger('merged_at')
      .notNullable()
      .comment(
        'Merge time, epoch milliseconds; rows older than the backfill window are pruned',
      );
    table
      .text('change_ids')
      .notNullable()
      .comment(
        'JSON: change ids by entity ref, for the entities the pull request belongs to',
      );
    table.primary(['repository', 'number']);
    table.index(['repository', 'merge_sha'], 'github_merged_pulls_sha_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('github_merged_pulls');
  await knex.schema.dropTable('github_repository_cursors');
};
