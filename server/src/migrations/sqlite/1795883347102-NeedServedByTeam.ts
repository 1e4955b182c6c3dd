import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NeedServedByTeam1795883347102 implements MigrationInterface {
  name = 'NeedServedByTeam1795883347102';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_cc13618629c92dba5682e1a897\"");
    await queryRunner.query("DROP INDEX \"IDX_2e3f88e64b6122dbb82f992e4b\"");
    await queryRunner.query("DROP INDEX \"IDX_7a96319835d993838f260e5102\"");
    await queryRunner.query("CREATE TABLE \"temporary_service_need\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"siteId\" integer NOT NULL, \"campaignId\" integer NOT NULL, \"title\" varchar(100) NOT NULL, \"description\" text, \"category\" varchar(32) NOT NULL, \"requiredSkills\" text NOT NULL, \"headcount\" integer NOT NULL, \"startsAt\" datetime NOT NULL, \"endsAt\" datetime NOT NULL, \"beneficiaryGroups\" text NOT NULL, \"beneficiaryCount\" integer NOT NULL DEFAULT (0), \"status\" varchar(16) NOT NULL, \"postedAt\" datetime NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"confirmedCount\" integer NOT NULL DEFAULT (0), \"servedByTeam\" boolean NOT NULL DEFAULT (0), CONSTRAINT \"FK_cc13618629c92dba5682e1a897f\" FOREIGN KEY (\"siteId\") REFERENCES \"site\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_2e3f88e64b6122dbb82f992e4be\" FOREIGN KEY (\"campaignId\") REFERENCES \"campaign\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_service_need\"(\"id\", \"siteId\", \"campaignId\", \"title\", \"description\", \"category\", \"requiredSkills\", \"headcount\", \"startsAt\", \"endsAt\", \"beneficiaryGroups\", \"beneficiaryCount\", \"status\", \"postedAt\", \"createdAt\", \"updatedAt\", \"confirmedCount\") SELECT \"id\", \"siteId\", \"campaignId\", \"title\", \"description\", \"category\", \"requiredSkills\", \"headcount\", \"startsAt\", \"endsAt\", \"beneficiaryGroups\", \"beneficiaryCount\", \"status\", \"postedAt\", \"createdAt\", \"updatedAt\", \"confirmedCount\" FROM \"service_need\"");
    await queryRunner.query("DROP TABLE \"service_need\"");
    await queryRunner.query("ALTER TABLE \"temporary_service_need\" RENAME TO \"service_need\"");
    await queryRunner.query("CREATE INDEX \"IDX_cc13618629c92dba5682e1a897\" ON \"service_need\" (\"siteId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_2e3f88e64b6122dbb82f992e4b\" ON \"service_need\" (\"campaignId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_7a96319835d993838f260e5102\" ON \"service_need\" (\"status\", \"category\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_7a96319835d993838f260e5102\"");
    await queryRunner.query("DROP INDEX \"IDX_2e3f88e64b6122dbb82f992e4b\"");
    await queryRunner.query("DROP INDEX \"IDX_cc13618629c92dba5682e1a897\"");
    await queryRunner.query("ALTER TABLE \"service_need\" RENAME TO \"temporary_service_need\"");
    await queryRunner.query("CREATE TABLE \"service_need\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"siteId\" integer NOT NULL, \"campaignId\" integer NOT NULL, \"title\" varchar(100) NOT NULL, \"description\" text, \"category\" varchar(32) NOT NULL, \"requiredSkills\" text NOT NULL, \"headcount\" integer NOT NULL, \"startsAt\" datetime NOT NULL, \"endsAt\" datetime NOT NULL, \"beneficiaryGroups\" text NOT NULL, \"beneficiaryCount\" integer NOT NULL DEFAULT (0), \"status\" varchar(16) NOT NULL, \"postedAt\" datetime NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"confirmedCount\" integer NOT NULL DEFAULT (0), CONSTRAINT \"FK_cc13618629c92dba5682e1a897f\" FOREIGN KEY (\"siteId\") REFERENCES \"site\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_2e3f88e64b6122dbb82f992e4be\" FOREIGN KEY (\"campaignId\") REFERENCES \"campaign\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"service_need\"(\"id\", \"siteId\", \"campaignId\", \"title\", \"description\", \"category\", \"requiredSkills\", \"headcount\", \"startsAt\", \"endsAt\", \"beneficiaryGroups\", \"beneficiaryCount\", \"status\", \"postedAt\", \"createdAt\", \"updatedAt\", \"confirmedCount\") SELECT \"id\", \"siteId\", \"campaignId\", \"title\", \"description\", \"category\", \"requiredSkills\", \"headcount\", \"startsAt\", \"endsAt\", \"beneficiaryGroups\", \"beneficiaryCount\", \"status\", \"postedAt\", \"createdAt\", \"updatedAt\", \"confirmedCount\" FROM \"temporary_service_need\"");
    await queryRunner.query("DROP TABLE \"temporary_service_need\"");
    await queryRunner.query("CREATE INDEX \"IDX_7a96319835d993838f260e5102\" ON \"service_need\" (\"status\", \"category\") ");
    await queryRunner.query("CREATE INDEX \"IDX_2e3f88e64b6122dbb82f992e4b\" ON \"service_need\" (\"campaignId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_cc13618629c92dba5682e1a897\" ON \"service_need\" (\"siteId\") ");
  }
}
