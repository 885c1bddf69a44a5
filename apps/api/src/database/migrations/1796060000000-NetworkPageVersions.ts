import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A version per network that changes in every transaction that changes what its page reads along with it
 * (members with their users and municipalities, municipalities, rounds with their sets): the API keeps
 * those lists per process and reuses them while the version it reads with the caller's roles is the same
 * (see `networks/network-page-cache.ts`). Triggers, so no write path can forget it. Deferred to commit,
 * so the version row is locked only while a transaction commits and no lock waits behind it.
 * No foreign key: the rows of a deleted network's memberships bump it while the network goes.
 */
export class NetworkPageVersions1796060000000 implements MigrationInterface {
  name = 'NetworkPageVersions1796060000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE network_page_version_seq`);
    await queryRunner.query(
      `CREATE TABLE network_page_versions (network_id uuid PRIMARY KEY, version bigint NOT NULL)`,
    );
    await queryRunner.query(`
      CREATE FUNCTION bump_network_page_versions(ids uuid[]) RETURNS void LANGUAGE sql AS $$
        INSERT INTO network_page_versions (network_id, version)
        SELECT id, nextval('network_page_version_seq') FROM (SELECT DISTINCT unnest(ids) AS id) d
         WHERE id IS NOT NULL
        ON CONFLICT (network_id) DO UPDATE SET version = EXCLUDED.version
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION network_page_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME IN ('memberships', 'network_municipalities', 'rounds') THEN
          PERFORM bump_network_page_versions(ARRAY[OLD.network_id, NEW.network_id]);
        ELSIF TG_TABLE_NAME = 'users' THEN
          PERFORM bump_network_page_versions(ARRAY(SELECT network_id FROM memberships WHERE user_id = NEW.id));
        ELSIF TG_TABLE_NAME = 'municipalities' THEN
          PERFORM bump_network_page_versions(ARRAY(
            SELECT network_id FROM network_municipalities WHERE municipality_id = NEW.id
            UNION SELECT network_id FROM memberships WHERE municipality_id = NEW.id));
        ELSIF TG_TABLE_NAME = 'indicator_sets' THEN
          PERFORM bump_network_page_versions(ARRAY(
            SELECT network_id FROM rounds WHERE indicator_set_id = NEW.id));
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of ['memberships', 'network_municipalities', 'rounds'])
      await queryRunner.query(
        `CREATE CONSTRAINT TRIGGER network_page_version AFTER INSERT OR UPDATE OR DELETE ON ${table}
           DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION network_page_changed()`,
      );
    // users and municipalities are deleted only with their memberships (cascade), which bump on their own
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER network_page_version AFTER UPDATE OF email, display_name, locale ON users
         DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION network_page_changed()`,
    );
    for (const table of ['municipalities', 'indicator_sets'])
      await queryRunner.query(
        `CREATE CONSTRAINT TRIGGER network_page_version AFTER UPDATE ON ${table}
           DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION network_page_changed()`,
      );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'memberships',
      'network_municipalities',
      'rounds',
      'users',
      'municipalities',
      'indicator_sets',
    ])
      await queryRunner.query(`DROP TRIGGER network_page_version ON ${table}`);
    await queryRunner.query(`DROP FUNCTION network_page_changed()`);
    await queryRunner.query(`DROP FUNCTION bump_network_page_versions(uuid[])`);
    await queryRunner.query(`DROP TABLE network_page_versions`);
    await queryRunner.query(`DROP SEQUENCE network_page_version_seq`);
  }
}
