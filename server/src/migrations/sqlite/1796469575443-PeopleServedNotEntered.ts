import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PeopleServedNotEntered1796469575443 implements MigrationInterface {
  name = 'PeopleServedNotEntered1796469575443';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_ca2dbdc4ef8db959627c4cb026\"");
    await queryRunner.query("DROP INDEX \"IDX_5ea965b02ba5e9fbd77ff37909\"");
    await queryRunner.query("DROP INDEX \"IDX_d425f09ccaf770e8fd34b86f43\"");
    await queryRunner.query("CREATE TABLE \"temporary_service_project\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(50) NOT NULL, \"teamId\" integer NOT NULL, \"siteId\" integer NOT NULL, \"campaignId\" integer NOT NULL, \"startsOn\" date NOT NULL, \"endsOn\" date NOT NULL, \"status\" varchar(16) NOT NULL, \"nationalCategoryCodes\" text NOT NULL, \"beneficiaryCodes\" text NOT NULL, \"peopleServed\" integer NOT NULL DEFAULT (0), \"areaCode\" varchar(6) NOT NULL, \"description\" text, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_ca2dbdc4ef8db959627c4cb0264\" FOREIGN KEY (\"campaignId\") REFERENCES \"campaign\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_5ea965b02ba5e9fbd77ff379098\" FOREIGN KEY (\"siteId\") REFERENCES \"site\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_d425f09ccaf770e8fd34b86f43f\" FOREIGN KEY (\"teamId\") REFERENCES \"service_team\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_service_project\"(\"id\", \"name\", \"teamId\", \"siteId\", \"campaignId\", \"startsOn\", \"endsOn\", \"status\", \"nationalCategoryCodes\", \"beneficiaryCodes\", \"peopleServed\", \"areaCode\", \"description\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"name\", \"teamId\", \"siteId\", \"campaignId\", \"startsOn\", \"endsOn\", \"status\", \"nationalCategoryCodes\", \"beneficiaryCodes\", \"peopleServed\", \"areaCode\", \"description\", \"createdAt\", \"updatedAt\" FROM \"service_project\"");
    await queryRunner.query("DROP TABLE \"service_project\"");
    await queryRunner.query("ALTER TABLE \"temporary_service_project\" RENAME TO \"service_project\"");
    await queryRunner.query("CREATE INDEX \"IDX_ca2dbdc4ef8db959627c4cb026\" ON \"service_project\" (\"campaignId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_5ea965b02ba5e9fbd77ff37909\" ON \"service_project\" (\"siteId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_d425f09ccaf770e8fd34b86f43\" ON \"service_project\" (\"teamId\") ");
    await queryRunner.query("DROP INDEX \"IDX_ca2dbdc4ef8db959627c4cb026\"");
    await queryRunner.query("DROP INDEX \"IDX_5ea965b02ba5e9fbd77ff37909\"");
    await queryRunner.query("DROP INDEX \"IDX_d425f09ccaf770e8fd34b86f43\"");
    await queryRunner.query("CREATE TABLE \"temporary_service_project\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(50) NOT NULL, \"teamId\" integer NOT NULL, \"siteId\" integer NOT NULL, \"campaignId\" integer NOT NULL, \"startsOn\" date NOT NULL, \"endsOn\" date NOT NULL, \"status\" varchar(16) NOT NULL, \"nationalCategoryCodes\" text NOT NULL, \"beneficiaryCodes\" text NOT NULL, \"peopleServed\" integer, \"areaCode\" varchar(6) NOT NULL, \"description\" text, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_ca2dbdc4ef8db959627c4cb0264\" FOREIGN KEY (\"campaignId\") REFERENCES \"campaign\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_5ea965b02ba5e9fbd77ff379098\" FOREIGN KEY (\"siteId\") REFERENCES \"site\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_d425f09ccaf770e8fd34b86f43f\" FOREIGN KEY (\"teamId\") REFERENCES \"service_team\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_service_project\"(\"id\", \"name\", \"teamId\", \"siteId\", \"campaignId\", \"startsOn\", \"endsOn\", \"status\", \"nationalCategoryCodes\", \"beneficiaryCodes\", \"peopleServed\", \"areaCode\", \"description\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"name\", \"teamId\", \"siteId\", \"campaignId\", \"startsOn\", \"endsOn\", \"status\", \"nationalCategoryCodes\", \"beneficiaryCodes\", \"peopleServed\", \"areaCode\", \"description\", \"createdAt\", \"updatedAt\" FROM \"service_project\"");
    await queryRunner.query("DROP TABLE \"service_project\"");
    await queryRunner.query("ALTER TABLE \"temporary_service_project\" RENAME TO \"service_project\"");
    await queryRunner.query("CREATE INDEX \"IDX_ca2dbdc4ef8db959627c4cb026\" ON \"service_project\" (\"campaignId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_5ea965b02ba5e9fbd77ff37909\" ON \"service_project\" (\"siteId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_d425f09ccaf770e8fd34b86f43\" ON \"service_project\" (\"teamId\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The old column holds no "not entered": such projects go back to the 0 they had before.
    await queryRunner.query("UPDATE \"service_project\" SET \"peopleServed\" = 0 WHERE \"peopleServed\" IS NULL");
    await queryRunner.query("DROP INDEX \"IDX_d425f09ccaf770e8fd34b86f43\"");
    await queryRunner.query("DROP INDEX \"IDX_5ea965b02ba5e9fbd77ff37909\"");
    await queryRunner.query("DROP INDEX \"IDX_ca2dbdc4ef8db959627c4cb026\"");
    await queryRunner.query("ALTER TABLE \"service_project\" RENAME TO \"temporary_service_project\"");
    await queryRunner.query("CREATE TABLE \"service_project\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(50) NOT NULL, \"teamId\" integer NOT NULL, \"siteId\" integer NOT NULL, \"campaignId\" integer NOT NULL, \"startsOn\" date NOT NULL, \"endsOn\" date NOT NULL, \"status\" varchar(16) NOT NULL, \"nationalCategoryCodes\" text NOT NULL, \"beneficiaryCodes\" text NOT NULL, \"peopleServed\" integer NOT NULL DEFAULT (0), \"areaCode\" varchar(6) NOT NULL, \"description\" text, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_ca2dbdc4ef8db959627c4cb0264\" FOREIGN KEY (\"campaignId\") REFERENCES \"campaign\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_5ea965b02ba5e9fbd77ff379098\" FOREIGN KEY (\"siteId\") REFERENCES \"site\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_d425f09ccaf770e8fd34b86f43f\" FOREIGN KEY (\"teamId\") REFERENCES \"service_team\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"service_project\"(\"id\", \"name\", \"teamId\", \"siteId\", \"campaignId\", \"startsOn\", \"endsOn\", \"status\", \"nationalCategoryCodes\", \"beneficiaryCodes\", \"peopleServed\", \"areaCode\", \"description\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"name\", \"teamId\", \"siteId\", \"campaignId\", \"startsOn\", \"endsOn\", \"status\", \"nationalCategoryCodes\", \"beneficiaryCodes\", \"peopleServed\", \"areaCode\", \"description\", \"createdAt\", \"updatedAt\" FROM \"temporary_service_project\"");
    await queryRunner.query("DROP TABLE \"temporary_service_project\"");
    await queryRunner.query("CREATE INDEX \"IDX_d425f09ccaf770e8fd34b86f43\" ON \"service_project\" (\"teamId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_5ea965b02ba5e9fbd77ff37909\" ON \"service_project\" (\"siteId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_ca2dbdc4ef8db959627c4cb026\" ON \"service_project\" (\"campaignId\") ");
    await queryRunner.query("DROP INDEX \"IDX_d425f09ccaf770e8fd34b86f43\"");
    await queryRunner.query("DROP INDEX \"IDX_5ea965b02ba5e9fbd77ff37909\"");
    await queryRunner.query("DROP INDEX \"IDX_ca2dbdc4ef8db959627c4cb026\"");
    await queryRunner.query("ALTER TABLE \"service_project\" RENAME TO \"temporary_service_project\"");
    await queryRunner.query("CREATE TABLE \"service_project\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(50) NOT NULL, \"teamId\" integer NOT NULL, \"siteId\" integer NOT NULL, \"campaignId\" integer NOT NULL, \"startsOn\" date NOT NULL, \"endsOn\" date NOT NULL, \"status\" varchar(16) NOT NULL, \"nationalCategoryCodes\" text NOT NULL, \"beneficiaryCodes\" text NOT NULL, \"peopleServed\" integer NOT NULL DEFAULT (0), \"areaCode\" varchar(6) NOT NULL, \"description\" text, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_ca2dbdc4ef8db959627c4cb0264\" FOREIGN KEY (\"campaignId\") REFERENCES \"campaign\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_5ea965b02ba5e9fbd77ff379098\" FOREIGN KEY (\"siteId\") REFERENCES \"site\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_d425f09ccaf770e8fd34b86f43f\" FOREIGN KEY (\"teamId\") REFERENCES \"service_team\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"service_project\"(\"id\", \"name\", \"teamId\", \"siteId\", \"campaignId\", \"startsOn\", \"endsOn\", \"status\", \"nationalCategoryCodes\", \"beneficiaryCodes\", \"peopleServed\", \"areaCode\", \"description\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"name\", \"teamId\", \"siteId\", \"campaignId\", \"startsOn\", \"endsOn\", \"status\", \"nationalCategoryCodes\", \"beneficiaryCodes\", \"peopleServed\", \"areaCode\", \"description\", \"createdAt\", \"updatedAt\" FROM \"temporary_service_project\"");
    await queryRunner.query("DROP TABLE \"temporary_service_project\"");
    await queryRunner.query("CREATE INDEX \"IDX_d425f09ccaf770e8fd34b86f43\" ON \"service_project\" (\"teamId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_5ea965b02ba5e9fbd77ff37909\" ON \"service_project\" (\"siteId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_ca2dbdc4ef8db959627c4cb026\" ON \"service_project\" (\"campaignId\") ");
  }
}
