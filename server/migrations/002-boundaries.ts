/** The office's imported boundaries per province and tier (district/commune), shared like its facts. */
import type { Kysely, Migration } from 'kysely';

export const m002Boundaries: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('boundaries')
      .addColumn('province_code', 'text', (c) => c.notNull())
      .addColumn('tier', 'text', (c) => c.notNull())
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addColumn('imported_at', 'text', (c) => c.notNull())
      .addColumn('imported_by', 'text', (c) => c.notNull())
      /** JSON: FeatureCollection<Polygon | MultiPolygon, UnitFeatureProps>. */
      .addColumn('features', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('boundaries_pk', ['province_code', 'tier'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('boundaries').execute();
  },
};
