'use strict';

// Databases from the first landing keep a helpdesk question's state (ny / besvarad / publicerad) in
// the column `status`. The field was renamed `questionStatus` (column `question_status`) because
// Strapi 5's admin reads a `status` in a saved entry as its draft/published status and refuses the
// save. Strapi runs this before it syncs the schema, and the sync then drops the old column: the
// values are copied here first, or every old question would come back as "ny". On a fresh database,
// or one already past the rename, there is no old column and nothing to do. Plain JavaScript: Strapi
// loads migrations as they are, uncompiled. Runs once (Strapi records it in strapi_migrations).
const TABLE = 'questions';
const STATES = ['ny', 'besvarad', 'publicerad'];

module.exports = {
  async up(knex) {
    if (!(await knex.schema.hasTable(TABLE))) return;
    if (!(await knex.schema.hasColumn(TABLE, 'status'))) return;
    if (!(await knex.schema.hasColumn(TABLE, 'question_status'))) {
      // The type Strapi gives an enumeration, so that the schema sync after this finds it as it wants it.
      await knex.schema.alterTable(TABLE, (table) => table.string('question_status'));
    }
    await knex(TABLE)
      .whereIn('status', STATES)
      .update({ question_status: knex.ref('status') });
  },
};
