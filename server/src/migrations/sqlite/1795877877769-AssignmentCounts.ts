import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AssignmentCounts1795877877769 implements MigrationInterface {
  name = 'AssignmentCounts1795877877769';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_7a96319835d993838f260e5102\"");
    await queryRunner.query("DROP INDEX \"IDX_2e3f88e64b6122dbb82f992e4b\"");
    await queryRunner.query("DROP INDEX \"IDX_cc13618629c92dba5682e1a897\"");
    await queryRunner.query("CREATE TABLE \"temporary_service_need\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"siteId\" integer NOT NULL, \"campaignId\" integer NOT NULL, \"title\" varchar(100) NOT NULL, \"description\" text, \"category\" varchar(32) NOT NULL, \"requiredSkills\" text NOT NULL, \"headcount\" integer NOT NULL, \"startsAt\" datetime NOT NULL, \"endsAt\" datetime NOT NULL, \"beneficiaryGroups\" text NOT NULL, \"beneficiaryCount\" integer NOT NULL DEFAULT (0), \"status\" varchar(16) NOT NULL, \"postedAt\" datetime NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"confirmedCount\" integer NOT NULL DEFAULT (0), CONSTRAINT \"FK_2e3f88e64b6122dbb82f992e4be\" FOREIGN KEY (\"campaignId\") REFERENCES \"campaign\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_cc13618629c92dba5682e1a897f\" FOREIGN KEY (\"siteId\") REFERENCES \"site\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_service_need\"(\"id\", \"siteId\", \"campaignId\", \"title\", \"description\", \"category\", \"requiredSkills\", \"headcount\", \"startsAt\", \"endsAt\", \"beneficiaryGroups\", \"beneficiaryCount\", \"status\", \"postedAt\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"siteId\", \"campaignId\", \"title\", \"description\", \"category\", \"requiredSkills\", \"headcount\", \"startsAt\", \"endsAt\", \"beneficiaryGroups\", \"beneficiaryCount\", \"status\", \"postedAt\", \"createdAt\", \"updatedAt\" FROM \"service_need\"");
    await queryRunner.query("DROP TABLE \"service_need\"");
    await queryRunner.query("ALTER TABLE \"temporary_service_need\" RENAME TO \"service_need\"");
    await queryRunner.query("CREATE INDEX \"IDX_7a96319835d993838f260e5102\" ON \"service_need\" (\"status\", \"category\") ");
    await queryRunner.query("CREATE INDEX \"IDX_2e3f88e64b6122dbb82f992e4b\" ON \"service_need\" (\"campaignId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_cc13618629c92dba5682e1a897\" ON \"service_need\" (\"siteId\") ");
    await queryRunner.query("DROP INDEX \"IDX_e96c3e670c029ab37916dfc822\"");
    await queryRunner.query("DROP INDEX \"IDX_5b0c9e7a5d9cc43aaec21728b2\"");
    await queryRunner.query("CREATE TABLE \"temporary_assignment\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"needId\" integer NOT NULL, \"volunteerId\" integer NOT NULL, \"status\" varchar(16) NOT NULL, \"score\" double, \"declineReason\" varchar(500), \"proposedAt\" datetime NOT NULL, \"confirmedAt\" datetime, \"respondedAt\" datetime, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"cancelledAt\" datetime, \"cancelReason\" varchar(500), CONSTRAINT \"FK_5b0c9e7a5d9cc43aaec21728b22\" FOREIGN KEY (\"volunteerId\") REFERENCES \"volunteer\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_f89b7d3045237438de82f4b132f\" FOREIGN KEY (\"needId\") REFERENCES \"service_need\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_assignment\"(\"id\", \"needId\", \"volunteerId\", \"status\", \"score\", \"declineReason\", \"proposedAt\", \"confirmedAt\", \"respondedAt\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"needId\", \"volunteerId\", \"status\", \"score\", \"declineReason\", \"proposedAt\", \"confirmedAt\", \"respondedAt\", \"createdAt\", \"updatedAt\" FROM \"assignment\"");
    await queryRunner.query("DROP TABLE \"assignment\"");
    await queryRunner.query("ALTER TABLE \"temporary_assignment\" RENAME TO \"assignment\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_e96c3e670c029ab37916dfc822\" ON \"assignment\" (\"needId\", \"volunteerId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_5b0c9e7a5d9cc43aaec21728b2\" ON \"assignment\" (\"volunteerId\") ");
    // Places already taken before the count existed (seeded ACCEPTED assignments).
    await queryRunner.query("UPDATE \"service_need\" SET \"confirmedCount\" = (SELECT COUNT(*) FROM \"assignment\" \"a\" WHERE \"a\".\"needId\" = \"service_need\".\"id\" AND \"a\".\"status\" IN ('CONFIRMED', 'ACCEPTED'))");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_5b0c9e7a5d9cc43aaec21728b2\"");
    await queryRunner.query("DROP INDEX \"IDX_e96c3e670c029ab37916dfc822\"");
    await queryRunner.query("ALTER TABLE \"assignment\" RENAME TO \"temporary_assignment\"");
    await queryRunner.query("CREATE TABLE \"assignment\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"needId\" integer NOT NULL, \"volunteerId\" integer NOT NULL, \"status\" varchar(16) NOT NULL, \"score\" double, \"declineReason\" varchar(500), \"proposedAt\" datetime NOT NULL, \"confirmedAt\" datetime, \"respondedAt\" datetime, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_5b0c9e7a5d9cc43aaec21728b22\" FOREIGN KEY (\"volunteerId\") REFERENCES \"volunteer\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_f89b7d3045237438de82f4b132f\" FOREIGN KEY (\"needId\") REFERENCES \"service_need\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"assignment\"(\"id\", \"needId\", \"volunteerId\", \"status\", \"score\", \"declineReason\", \"proposedAt\", \"confirmedAt\", \"respondedAt\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"needId\", \"volunteerId\", \"status\", \"score\", \"declineReason\", \"proposedAt\", \"confirmedAt\", \"respondedAt\", \"createdAt\", \"updatedAt\" FROM \"temporary_assignment\"");
    await queryRunner.query("DROP TABLE \"temporary_assignment\"");
    await queryRunner.query("CREATE INDEX \"IDX_5b0c9e7a5d9cc43aaec21728b2\" ON \"assignment\" (\"volunteerId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_e96c3e670c029ab37916dfc822\" ON \"assignment\" (\"needId\", \"volunteerId\") ");
    await queryRunner.query("DROP INDEX \"IDX_cc13618629c92dba5682e1a897\"");
    await queryRunner.query("DROP INDEX \"IDX_2e3f88e64b6122dbb82f992e4b\"");
    await queryRunner.query("DROP INDEX \"IDX_7a96319835d993838f260e5102\"");
    await queryRunner.query("ALTER TABLE \"service_need\" RENAME TO \"temporary_service_need\"");
    await queryRunner.query("CREATE TABLE \"service_need\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"siteId\" integer NOT NULL, \"campaignId\" integer NOT NULL, \"title\" varchar(100) NOT NULL, \"description\" text, \"category\" varchar(32) NOT NULL, \"requiredSkills\" text NOT NULL, \"headcount\" integer NOT NULL, \"startsAt\" datetime NOT NULL, \"endsAt\" datetime NOT NULL, \"beneficiaryGroups\" text NOT NULL, \"beneficiaryCount\" integer NOT NULL DEFAULT (0), \"status\" varchar(16) NOT NULL, \"postedAt\" datetime NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_2e3f88e64b6122dbb82f992e4be\" FOREIGN KEY (\"campaignId\") REFERENCES \"campaign\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_cc13618629c92dba5682e1a897f\" FOREIGN KEY (\"siteId\") REFERENCES \"site\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"service_need\"(\"id\", \"siteId\", \"campaignId\", \"title\", \"description\", \"category\", \"requiredSkills\", \"headcount\", \"startsAt\", \"endsAt\", \"beneficiaryGroups\", \"beneficiaryCount\", \"status\", \"postedAt\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"siteId\", \"campaignId\", \"title\", \"description\", \"category\", \"requiredSkills\", \"headcount\", \"startsAt\", \"endsAt\", \"beneficiaryGroups\", \"beneficiaryCount\", \"status\", \"postedAt\", \"createdAt\", \"updatedAt\" FROM \"temporary_service_need\"");
    await queryRunner.query("DROP TABLE \"temporary_service_need\"");
    await queryRunner.query("CREATE INDEX \"IDX_cc13618629c92dba5682e1a897\" ON \"service_need\" (\"siteId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_2e3f88e64b6122dbb82f992e4b\" ON \"service_need\" (\"campaignId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_7a96319835d993838f260e5102\" ON \"service_need\" (\"status\", \"category\") ");
  }
}
