import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SiteOwnership1796308651669 implements MigrationInterface {
  name = 'SiteOwnership1796308651669';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_be9eafbd4996e9bfa646cfda7b\"");
    await queryRunner.query("DROP INDEX \"IDX_23d3ca74810091503a3951952f\"");
    await queryRunner.query("CREATE TABLE \"temporary_site\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(100) NOT NULL, \"kind\" varchar(16) NOT NULL, \"areaCode\" varchar(6) NOT NULL, \"cityCode\" varchar(6) NOT NULL, \"address\" varchar(200), \"latitude\" double NOT NULL, \"longitude\" double NOT NULL, \"peopleServed\" integer NOT NULL DEFAULT (0), \"contactName\" varchar(50), \"contactPhone\" varchar(20), \"isLongTermBase\" boolean NOT NULL DEFAULT (0), \"longTermBaseSince\" date, \"description\" text, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"ownerUnitId\" integer)");
    await queryRunner.query("INSERT INTO \"temporary_site\"(\"id\", \"name\", \"kind\", \"areaCode\", \"cityCode\", \"address\", \"latitude\", \"longitude\", \"peopleServed\", \"contactName\", \"contactPhone\", \"isLongTermBase\", \"longTermBaseSince\", \"description\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"name\", \"kind\", \"areaCode\", \"cityCode\", \"address\", \"latitude\", \"longitude\", \"peopleServed\", \"contactName\", \"contactPhone\", \"isLongTermBase\", \"longTermBaseSince\", \"description\", \"createdAt\", \"updatedAt\" FROM \"site\"");
    await queryRunner.query("DROP TABLE \"site\"");
    await queryRunner.query("ALTER TABLE \"temporary_site\" RENAME TO \"site\"");
    await queryRunner.query("CREATE INDEX \"IDX_be9eafbd4996e9bfa646cfda7b\" ON \"site\" (\"cityCode\") ");
    await queryRunner.query("CREATE INDEX \"IDX_23d3ca74810091503a3951952f\" ON \"site\" (\"areaCode\") ");
    await queryRunner.query("DROP INDEX \"IDX_c63b5e2a318b3cbc9554a122c6\"");
    await queryRunner.query("DROP INDEX \"IDX_0f2949deef3d98d9825a9b28a0\"");
    await queryRunner.query("CREATE TABLE \"temporary_pairing\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"unitId\" integer NOT NULL, \"siteId\" integer NOT NULL, \"kind\" varchar(16) NOT NULL, \"startedOn\" date NOT NULL, \"endedOn\" date, \"status\" varchar(16) NOT NULL DEFAULT ('ACTIVE'), CONSTRAINT \"FK_0f2949deef3d98d9825a9b28a0e\" FOREIGN KEY (\"siteId\") REFERENCES \"site\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_0722ee90343694ee65f59a926d9\" FOREIGN KEY (\"unitId\") REFERENCES \"unit\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_pairing\"(\"id\", \"unitId\", \"siteId\", \"kind\", \"startedOn\", \"endedOn\") SELECT \"id\", \"unitId\", \"siteId\", \"kind\", \"startedOn\", \"endedOn\" FROM \"pairing\"");
    await queryRunner.query("DROP TABLE \"pairing\"");
    await queryRunner.query("ALTER TABLE \"temporary_pairing\" RENAME TO \"pairing\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_c63b5e2a318b3cbc9554a122c6\" ON \"pairing\" (\"unitId\", \"siteId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_0f2949deef3d98d9825a9b28a0\" ON \"pairing\" (\"siteId\") ");
    await queryRunner.query("DROP INDEX \"IDX_7a96319835d993838f260e5102\"");
    await queryRunner.query("DROP INDEX \"IDX_2e3f88e64b6122dbb82f992e4b\"");
    await queryRunner.query("DROP INDEX \"IDX_cc13618629c92dba5682e1a897\"");
    await queryRunner.query("CREATE TABLE \"temporary_service_need\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"siteId\" integer NOT NULL, \"campaignId\" integer NOT NULL, \"title\" varchar(100) NOT NULL, \"description\" text, \"category\" varchar(32) NOT NULL, \"requiredSkills\" text NOT NULL, \"headcount\" integer NOT NULL, \"startsAt\" datetime NOT NULL, \"endsAt\" datetime NOT NULL, \"beneficiaryGroups\" text NOT NULL, \"beneficiaryCount\" integer NOT NULL DEFAULT (0), \"status\" varchar(16) NOT NULL, \"postedAt\" datetime NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"confirmedCount\" integer NOT NULL DEFAULT (0), \"servedByTeam\" boolean NOT NULL DEFAULT (0), \"postedByUnitId\" integer, CONSTRAINT \"FK_2e3f88e64b6122dbb82f992e4be\" FOREIGN KEY (\"campaignId\") REFERENCES \"campaign\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_cc13618629c92dba5682e1a897f\" FOREIGN KEY (\"siteId\") REFERENCES \"site\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_service_need\"(\"id\", \"siteId\", \"campaignId\", \"title\", \"description\", \"category\", \"requiredSkills\", \"headcount\", \"startsAt\", \"endsAt\", \"beneficiaryGroups\", \"beneficiaryCount\", \"status\", \"postedAt\", \"createdAt\", \"updatedAt\", \"confirmedCount\", \"servedByTeam\") SELECT \"id\", \"siteId\", \"campaignId\", \"title\", \"description\", \"category\", \"requiredSkills\", \"headcount\", \"startsAt\", \"endsAt\", \"beneficiaryGroups\", \"beneficiaryCount\", \"status\", \"postedAt\", \"createdAt\", \"updatedAt\", \"confirmedCount\", \"servedByTeam\" FROM \"service_need\"");
    await queryRunner.query("DROP TABLE \"service_need\"");
    await queryRunner.query("ALTER TABLE \"temporary_service_need\" RENAME TO \"service_need\"");
    await queryRunner.query("CREATE INDEX \"IDX_7a96319835d993838f260e5102\" ON \"service_need\" (\"status\", \"category\") ");
    await queryRunner.query("CREATE INDEX \"IDX_2e3f88e64b6122dbb82f992e4b\" ON \"service_need\" (\"campaignId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_cc13618629c92dba5682e1a897\" ON \"service_need\" (\"siteId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_00e690752bf9eb0f9166bdc5db\" ON \"site\" (\"ownerUnitId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_ac3a9731cb3a97b97b14bb93e9\" ON \"service_need\" (\"postedByUnitId\") ");
    await queryRunner.query("DROP INDEX \"IDX_be9eafbd4996e9bfa646cfda7b\"");
    await queryRunner.query("DROP INDEX \"IDX_23d3ca74810091503a3951952f\"");
    await queryRunner.query("DROP INDEX \"IDX_00e690752bf9eb0f9166bdc5db\"");
    await queryRunner.query("CREATE TABLE \"temporary_site\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(100) NOT NULL, \"kind\" varchar(16) NOT NULL, \"areaCode\" varchar(6) NOT NULL, \"cityCode\" varchar(6) NOT NULL, \"address\" varchar(200), \"latitude\" double NOT NULL, \"longitude\" double NOT NULL, \"peopleServed\" integer NOT NULL DEFAULT (0), \"contactName\" varchar(50), \"contactPhone\" varchar(20), \"isLongTermBase\" boolean NOT NULL DEFAULT (0), \"longTermBaseSince\" date, \"description\" text, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"ownerUnitId\" integer, CONSTRAINT \"FK_00e690752bf9eb0f9166bdc5dbb\" FOREIGN KEY (\"ownerUnitId\") REFERENCES \"unit\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_site\"(\"id\", \"name\", \"kind\", \"areaCode\", \"cityCode\", \"address\", \"latitude\", \"longitude\", \"peopleServed\", \"contactName\", \"contactPhone\", \"isLongTermBase\", \"longTermBaseSince\", \"description\", \"createdAt\", \"updatedAt\", \"ownerUnitId\") SELECT \"id\", \"name\", \"kind\", \"areaCode\", \"cityCode\", \"address\", \"latitude\", \"longitude\", \"peopleServed\", \"contactName\", \"contactPhone\", \"isLongTermBase\", \"longTermBaseSince\", \"description\", \"createdAt\", \"updatedAt\", \"ownerUnitId\" FROM \"site\"");
    await queryRunner.query("DROP TABLE \"site\"");
    await queryRunner.query("ALTER TABLE \"temporary_site\" RENAME TO \"site\"");
    await queryRunner.query("CREATE INDEX \"IDX_be9eafbd4996e9bfa646cfda7b\" ON \"site\" (\"cityCode\") ");
    await queryRunner.query("CREATE INDEX \"IDX_23d3ca74810091503a3951952f\" ON \"site\" (\"areaCode\") ");
    await queryRunner.query("CREATE INDEX \"IDX_00e690752bf9eb0f9166bdc5db\" ON \"site\" (\"ownerUnitId\") ");
    await queryRunner.query("DROP INDEX \"IDX_7a96319835d993838f260e5102\"");
    await queryRunner.query("DROP INDEX \"IDX_2e3f88e64b6122dbb82f992e4b\"");
    await queryRunner.query("DROP INDEX \"IDX_cc13618629c92dba5682e1a897\"");
    await queryRunner.query("DROP INDEX \"IDX_ac3a9731cb3a97b97b14bb93e9\"");
    await queryRunner.query("CREATE TABLE \"temporary_service_need\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"siteId\" integer NOT NULL, \"campaignId\" integer NOT NULL, \"title\" varchar(100) NOT NULL, \"description\" text, \"category\" varchar(32) NOT NULL, \"requiredSkills\" text NOT NULL, \"headcount\" integer NOT NULL, \"startsAt\" datetime NOT NULL, \"endsAt\" datetime NOT NULL, \"beneficiaryGroups\" text NOT NULL, \"beneficiaryCount\" integer NOT NULL DEFAULT (0), \"status\" varchar(16) NOT NULL, \"postedAt\" datetime NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"confirmedCount\" integer NOT NULL DEFAULT (0), \"servedByTeam\" boolean NOT NULL DEFAULT (0), \"postedByUnitId\" integer, CONSTRAINT \"FK_2e3f88e64b6122dbb82f992e4be\" FOREIGN KEY (\"campaignId\") REFERENCES \"campaign\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_cc13618629c92dba5682e1a897f\" FOREIGN KEY (\"siteId\") REFERENCES \"site\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_ac3a9731cb3a97b97b14bb93e96\" FOREIGN KEY (\"postedByUnitId\") REFERENCES \"unit\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_service_need\"(\"id\", \"siteId\", \"campaignId\", \"title\", \"description\", \"category\", \"requiredSkills\", \"headcount\", \"startsAt\", \"endsAt\", \"beneficiaryGroups\", \"beneficiaryCount\", \"status\", \"postedAt\", \"createdAt\", \"updatedAt\", \"confirmedCount\", \"servedByTeam\", \"postedByUnitId\") SELECT \"id\", \"siteId\", \"campaignId\", \"title\", \"description\", \"category\", \"requiredSkills\", \"headcount\", \"startsAt\", \"endsAt\", \"beneficiaryGroups\", \"beneficiaryCount\", \"status\", \"postedAt\", \"createdAt\", \"updatedAt\", \"confirmedCount\", \"servedByTeam\", \"postedByUnitId\" FROM \"service_need\"");
    await queryRunner.query("DROP TABLE \"service_need\"");
    await queryRunner.query("ALTER TABLE \"temporary_service_need\" RENAME TO \"service_need\"");
    await queryRunner.query("CREATE INDEX \"IDX_7a96319835d993838f260e5102\" ON \"service_need\" (\"status\", \"category\") ");
    await queryRunner.query("CREATE INDEX \"IDX_2e3f88e64b6122dbb82f992e4b\" ON \"service_need\" (\"campaignId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_cc13618629c92dba5682e1a897\" ON \"service_need\" (\"siteId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_ac3a9731cb3a97b97b14bb93e9\" ON \"service_need\" (\"postedByUnitId\") ");
    // Existing sites are owned by the unit that paired with them first (a live pairing before an
    // ended one); a site nobody paired with stays with the province (NULL). Existing pairings and
    // needs keep counting as before: pairings are ACTIVE by default, needs stay the site's own.
    await queryRunner.query("UPDATE site SET ownerUnitId = (SELECT p.unitId FROM pairing p WHERE p.siteId = site.id ORDER BY CASE WHEN p.endedOn IS NULL THEN 0 ELSE 1 END, p.id LIMIT 1)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_ac3a9731cb3a97b97b14bb93e9\"");
    await queryRunner.query("DROP INDEX \"IDX_cc13618629c92dba5682e1a897\"");
    await queryRunner.query("DROP INDEX \"IDX_2e3f88e64b6122dbb82f992e4b\"");
    await queryRunner.query("DROP INDEX \"IDX_7a96319835d993838f260e5102\"");
    await queryRunner.query("ALTER TABLE \"service_need\" RENAME TO \"temporary_service_need\"");
    await queryRunner.query("CREATE TABLE \"service_need\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"siteId\" integer NOT NULL, \"campaignId\" integer NOT NULL, \"title\" varchar(100) NOT NULL, \"description\" text, \"category\" varchar(32) NOT NULL, \"requiredSkills\" text NOT NULL, \"headcount\" integer NOT NULL, \"startsAt\" datetime NOT NULL, \"endsAt\" datetime NOT NULL, \"beneficiaryGroups\" text NOT NULL, \"beneficiaryCount\" integer NOT NULL DEFAULT (0), \"status\" varchar(16) NOT NULL, \"postedAt\" datetime NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"confirmedCount\" integer NOT NULL DEFAULT (0), \"servedByTeam\" boolean NOT NULL DEFAULT (0), \"postedByUnitId\" integer, CONSTRAINT \"FK_2e3f88e64b6122dbb82f992e4be\" FOREIGN KEY (\"campaignId\") REFERENCES \"campaign\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_cc13618629c92dba5682e1a897f\" FOREIGN KEY (\"siteId\") REFERENCES \"site\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"service_need\"(\"id\", \"siteId\", \"campaignId\", \"title\", \"description\", \"category\", \"requiredSkills\", \"headcount\", \"startsAt\", \"endsAt\", \"beneficiaryGroups\", \"beneficiaryCount\", \"status\", \"postedAt\", \"createdAt\", \"updatedAt\", \"confirmedCount\", \"servedByTeam\", \"postedByUnitId\") SELECT \"id\", \"siteId\", \"campaignId\", \"title\", \"description\", \"category\", \"requiredSkills\", \"headcount\", \"startsAt\", \"endsAt\", \"beneficiaryGroups\", \"beneficiaryCount\", \"status\", \"postedAt\", \"createdAt\", \"updatedAt\", \"confirmedCount\", \"servedByTeam\", \"postedByUnitId\" FROM \"temporary_service_need\"");
    await queryRunner.query("DROP TABLE \"temporary_service_need\"");
    await queryRunner.query("CREATE INDEX \"IDX_ac3a9731cb3a97b97b14bb93e9\" ON \"service_need\" (\"postedByUnitId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_cc13618629c92dba5682e1a897\" ON \"service_need\" (\"siteId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_2e3f88e64b6122dbb82f992e4b\" ON \"service_need\" (\"campaignId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_7a96319835d993838f260e5102\" ON \"service_need\" (\"status\", \"category\") ");
    await queryRunner.query("DROP INDEX \"IDX_00e690752bf9eb0f9166bdc5db\"");
    await queryRunner.query("DROP INDEX \"IDX_23d3ca74810091503a3951952f\"");
    await queryRunner.query("DROP INDEX \"IDX_be9eafbd4996e9bfa646cfda7b\"");
    await queryRunner.query("ALTER TABLE \"site\" RENAME TO \"temporary_site\"");
    await queryRunner.query("CREATE TABLE \"site\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(100) NOT NULL, \"kind\" varchar(16) NOT NULL, \"areaCode\" varchar(6) NOT NULL, \"cityCode\" varchar(6) NOT NULL, \"address\" varchar(200), \"latitude\" double NOT NULL, \"longitude\" double NOT NULL, \"peopleServed\" integer NOT NULL DEFAULT (0), \"contactName\" varchar(50), \"contactPhone\" varchar(20), \"isLongTermBase\" boolean NOT NULL DEFAULT (0), \"longTermBaseSince\" date, \"description\" text, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"ownerUnitId\" integer)");
    await queryRunner.query("INSERT INTO \"site\"(\"id\", \"name\", \"kind\", \"areaCode\", \"cityCode\", \"address\", \"latitude\", \"longitude\", \"peopleServed\", \"contactName\", \"contactPhone\", \"isLongTermBase\", \"longTermBaseSince\", \"description\", \"createdAt\", \"updatedAt\", \"ownerUnitId\") SELECT \"id\", \"name\", \"kind\", \"areaCode\", \"cityCode\", \"address\", \"latitude\", \"longitude\", \"peopleServed\", \"contactName\", \"contactPhone\", \"isLongTermBase\", \"longTermBaseSince\", \"description\", \"createdAt\", \"updatedAt\", \"ownerUnitId\" FROM \"temporary_site\"");
    await queryRunner.query("DROP TABLE \"temporary_site\"");
    await queryRunner.query("CREATE INDEX \"IDX_00e690752bf9eb0f9166bdc5db\" ON \"site\" (\"ownerUnitId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_23d3ca74810091503a3951952f\" ON \"site\" (\"areaCode\") ");
    await queryRunner.query("CREATE INDEX \"IDX_be9eafbd4996e9bfa646cfda7b\" ON \"site\" (\"cityCode\") ");
    await queryRunner.query("DROP INDEX \"IDX_ac3a9731cb3a97b97b14bb93e9\"");
    await queryRunner.query("DROP INDEX \"IDX_00e690752bf9eb0f9166bdc5db\"");
    await queryRunner.query("DROP INDEX \"IDX_cc13618629c92dba5682e1a897\"");
    await queryRunner.query("DROP INDEX \"IDX_2e3f88e64b6122dbb82f992e4b\"");
    await queryRunner.query("DROP INDEX \"IDX_7a96319835d993838f260e5102\"");
    await queryRunner.query("ALTER TABLE \"service_need\" RENAME TO \"temporary_service_need\"");
    await queryRunner.query("CREATE TABLE \"service_need\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"siteId\" integer NOT NULL, \"campaignId\" integer NOT NULL, \"title\" varchar(100) NOT NULL, \"description\" text, \"category\" varchar(32) NOT NULL, \"requiredSkills\" text NOT NULL, \"headcount\" integer NOT NULL, \"startsAt\" datetime NOT NULL, \"endsAt\" datetime NOT NULL, \"beneficiaryGroups\" text NOT NULL, \"beneficiaryCount\" integer NOT NULL DEFAULT (0), \"status\" varchar(16) NOT NULL, \"postedAt\" datetime NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"confirmedCount\" integer NOT NULL DEFAULT (0), \"servedByTeam\" boolean NOT NULL DEFAULT (0), CONSTRAINT \"FK_2e3f88e64b6122dbb82f992e4be\" FOREIGN KEY (\"campaignId\") REFERENCES \"campaign\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_cc13618629c92dba5682e1a897f\" FOREIGN KEY (\"siteId\") REFERENCES \"site\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"service_need\"(\"id\", \"siteId\", \"campaignId\", \"title\", \"description\", \"category\", \"requiredSkills\", \"headcount\", \"startsAt\", \"endsAt\", \"beneficiaryGroups\", \"beneficiaryCount\", \"status\", \"postedAt\", \"createdAt\", \"updatedAt\", \"confirmedCount\", \"servedByTeam\") SELECT \"id\", \"siteId\", \"campaignId\", \"title\", \"description\", \"category\", \"requiredSkills\", \"headcount\", \"startsAt\", \"endsAt\", \"beneficiaryGroups\", \"beneficiaryCount\", \"status\", \"postedAt\", \"createdAt\", \"updatedAt\", \"confirmedCount\", \"servedByTeam\" FROM \"temporary_service_need\"");
    await queryRunner.query("DROP TABLE \"temporary_service_need\"");
    await queryRunner.query("CREATE INDEX \"IDX_cc13618629c92dba5682e1a897\" ON \"service_need\" (\"siteId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_2e3f88e64b6122dbb82f992e4b\" ON \"service_need\" (\"campaignId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_7a96319835d993838f260e5102\" ON \"service_need\" (\"status\", \"category\") ");
    await queryRunner.query("DROP INDEX \"IDX_0f2949deef3d98d9825a9b28a0\"");
    await queryRunner.query("DROP INDEX \"IDX_c63b5e2a318b3cbc9554a122c6\"");
    await queryRunner.query("ALTER TABLE \"pairing\" RENAME TO \"temporary_pairing\"");
    await queryRunner.query("CREATE TABLE \"pairing\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"unitId\" integer NOT NULL, \"siteId\" integer NOT NULL, \"kind\" varchar(16) NOT NULL, \"startedOn\" date NOT NULL, \"endedOn\" date, CONSTRAINT \"FK_0f2949deef3d98d9825a9b28a0e\" FOREIGN KEY (\"siteId\") REFERENCES \"site\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_0722ee90343694ee65f59a926d9\" FOREIGN KEY (\"unitId\") REFERENCES \"unit\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"pairing\"(\"id\", \"unitId\", \"siteId\", \"kind\", \"startedOn\", \"endedOn\") SELECT \"id\", \"unitId\", \"siteId\", \"kind\", \"startedOn\", \"endedOn\" FROM \"temporary_pairing\"");
    await queryRunner.query("DROP TABLE \"temporary_pairing\"");
    await queryRunner.query("CREATE INDEX \"IDX_0f2949deef3d98d9825a9b28a0\" ON \"pairing\" (\"siteId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_c63b5e2a318b3cbc9554a122c6\" ON \"pairing\" (\"unitId\", \"siteId\") ");
    await queryRunner.query("DROP INDEX \"IDX_23d3ca74810091503a3951952f\"");
    await queryRunner.query("DROP INDEX \"IDX_be9eafbd4996e9bfa646cfda7b\"");
    await queryRunner.query("ALTER TABLE \"site\" RENAME TO \"temporary_site\"");
    await queryRunner.query("CREATE TABLE \"site\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(100) NOT NULL, \"kind\" varchar(16) NOT NULL, \"areaCode\" varchar(6) NOT NULL, \"cityCode\" varchar(6) NOT NULL, \"address\" varchar(200), \"latitude\" double NOT NULL, \"longitude\" double NOT NULL, \"peopleServed\" integer NOT NULL DEFAULT (0), \"contactName\" varchar(50), \"contactPhone\" varchar(20), \"isLongTermBase\" boolean NOT NULL DEFAULT (0), \"longTermBaseSince\" date, \"description\" text, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"site\"(\"id\", \"name\", \"kind\", \"areaCode\", \"cityCode\", \"address\", \"latitude\", \"longitude\", \"peopleServed\", \"contactName\", \"contactPhone\", \"isLongTermBase\", \"longTermBaseSince\", \"description\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"name\", \"kind\", \"areaCode\", \"cityCode\", \"address\", \"latitude\", \"longitude\", \"peopleServed\", \"contactName\", \"contactPhone\", \"isLongTermBase\", \"longTermBaseSince\", \"description\", \"createdAt\", \"updatedAt\" FROM \"temporary_site\"");
    await queryRunner.query("DROP TABLE \"temporary_site\"");
    await queryRunner.query("CREATE INDEX \"IDX_23d3ca74810091503a3951952f\" ON \"site\" (\"areaCode\") ");
    await queryRunner.query("CREATE INDEX \"IDX_be9eafbd4996e9bfa646cfda7b\" ON \"site\" (\"cityCode\") ");
  }
}
