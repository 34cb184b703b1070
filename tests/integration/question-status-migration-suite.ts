// The migration of a helpdesk question's state from the first landing's column `status` to
// `question_status` (cms/database/migrations/), run by Strapi at boot: on a fresh database it does
// nothing but record itself; on a database with the old column and its values, the next boot moves
// the values over, so no answered or published question comes back as "ny".
import { question } from '@skb/content-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCms, type TestCms, type TestDatabase } from '../support/cms.ts';

const MIGRATION = '2026.11.30T00.00.00.question-status.js';
const OLD = [
  { name: 'Ny frågeställare', status: 'ny' },
  { name: 'Besvarad frågeställare', status: 'besvarad' },
  { name: 'Publicerad frågeställare', status: 'publicerad' },
];

export function describeQuestionStatusMigration(database: TestDatabase): void {
  describe(`the question status migration on ${database}`, () => {
    let cms: TestCms;
    const knex = () => cms.strapi.db.connection;

    beforeAll(async () => {
      cms = await startTestCms({ database, listen: false });
    }, 600_000);
    afterAll(async () => {
      await cms?.stop();
    });

    it('does nothing on a fresh database but record that it ran', async () => {
      expect(await knex().schema.hasColumn('questions', 'status')).toBe(false);
      expect(await knex().schema.hasColumn('questions', 'question_status')).toBe(true);
      const ran = await knex()('strapi_migrations').where({ name: MIGRATION });
      expect(ran).toHaveLength(1);
    });

    it('moves the old column’s values on the next boot of a database from the first landing', async () => {
      for (const { name } of OLD) {
        await cms.strapi.db.query(question.uid).create({
          data: { name, email: 'fragare@example.se', question: 'En fråga?', consent: true, questionStatus: 'ny' },
        });
      }
      // What the first landing left: the state in `status`, and no record of this migration.
      await knex().schema.alterTable('questions', (table) => table.string('status'));
      for (const { name, status } of OLD) {
        await knex()('questions').where({ name }).update({ status, question_status: null });
      }
      await knex()('strapi_migrations').where({ name: MIGRATION }).delete();

      await cms.restart();

      const rows = await cms.strapi.db.query(question.uid).findMany({ select: ['name', 'questionStatus'] });
      const byName = Object.fromEntries(
        rows.map((row: { name: string; questionStatus: string }) => [row.name, row.questionStatus]),
      );
      expect(byName).toEqual(Object.fromEntries(OLD.map(({ name, status }) => [name, status])));
      expect(await knex()('strapi_migrations').where({ name: MIGRATION })).toHaveLength(1);
    }, 600_000);
  });
}
