import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StatusReportFiledByAccount1795884781820 implements MigrationInterface {
  name = 'StatusReportFiledByAccount1795884781820';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_b5d0a8ff6c6a7152e14659b8d4\"");
    await queryRunner.query("DROP INDEX \"IDX_954c93e8592a65737c0f0f089d\"");
    await queryRunner.query("CREATE TABLE \"temporary_status_report\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"unitId\" integer NOT NULL, \"campaignId\" integer NOT NULL, \"milestone\" varchar(16) NOT NULL, \"status\" varchar(16) NOT NULL, \"progressText\" text, \"filledOn\" date, \"snapshot\" text, \"submittedAt\" datetime, \"submittedById\" integer, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_954c93e8592a65737c0f0f089d3\" FOREIGN KEY (\"campaignId\") REFERENCES \"campaign\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_c465e25973c59ca5d7febc60ad9\" FOREIGN KEY (\"unitId\") REFERENCES \"unit\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_status_report\"(\"id\", \"unitId\", \"campaignId\", \"milestone\", \"status\", \"progressText\", \"filledOn\", \"snapshot\", \"submittedAt\", \"submittedById\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"unitId\", \"campaignId\", \"milestone\", \"status\", \"progressText\", \"filledOn\", \"snapshot\", \"submittedAt\", \"submittedById\", \"createdAt\", \"updatedAt\" FROM \"status_report\"");
    await queryRunner.query("DROP TABLE \"status_report\"");
    await queryRunner.query("ALTER TABLE \"temporary_status_report\" RENAME TO \"status_report\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_b5d0a8ff6c6a7152e14659b8d4\" ON \"status_report\" (\"unitId\", \"campaignId\", \"milestone\") ");
    await queryRunner.query("CREATE INDEX \"IDX_954c93e8592a65737c0f0f089d\" ON \"status_report\" (\"campaignId\") ");
    await queryRunner.query("DROP INDEX \"IDX_b5d0a8ff6c6a7152e14659b8d4\"");
    await queryRunner.query("DROP INDEX \"IDX_954c93e8592a65737c0f0f089d\"");
    await queryRunner.query("CREATE TABLE \"temporary_status_report\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"unitId\" integer NOT NULL, \"campaignId\" integer NOT NULL, \"milestone\" varchar(16) NOT NULL, \"status\" varchar(16) NOT NULL, \"progressText\" text, \"filledOn\" date, \"snapshot\" text, \"submittedAt\" datetime, \"submittedByAccountId\" integer, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_954c93e8592a65737c0f0f089d3\" FOREIGN KEY (\"campaignId\") REFERENCES \"campaign\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_c465e25973c59ca5d7febc60ad9\" FOREIGN KEY (\"unitId\") REFERENCES \"unit\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_status_report\"(\"id\", \"unitId\", \"campaignId\", \"milestone\", \"status\", \"progressText\", \"filledOn\", \"snapshot\", \"submittedAt\", \"submittedByAccountId\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"unitId\", \"campaignId\", \"milestone\", \"status\", \"progressText\", \"filledOn\", \"snapshot\", \"submittedAt\", \"submittedById\", \"createdAt\", \"updatedAt\" FROM \"status_report\"");
    await queryRunner.query("DROP TABLE \"status_report\"");
    await queryRunner.query("ALTER TABLE \"temporary_status_report\" RENAME TO \"status_report\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_b5d0a8ff6c6a7152e14659b8d4\" ON \"status_report\" (\"unitId\", \"campaignId\", \"milestone\") ");
    await queryRunner.query("CREATE INDEX \"IDX_954c93e8592a65737c0f0f089d\" ON \"status_report\" (\"campaignId\") ");
    await queryRunner.query("DROP INDEX \"IDX_b5d0a8ff6c6a7152e14659b8d4\"");
    await queryRunner.query("DROP INDEX \"IDX_954c93e8592a65737c0f0f089d\"");
    await queryRunner.query("CREATE TABLE \"temporary_status_report\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"unitId\" integer NOT NULL, \"campaignId\" integer NOT NULL, \"milestone\" varchar(16) NOT NULL, \"status\" varchar(16) NOT NULL, \"progressText\" text, \"filledOn\" date, \"snapshot\" text, \"submittedAt\" datetime, \"submittedByAccountId\" integer, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_954c93e8592a65737c0f0f089d3\" FOREIGN KEY (\"campaignId\") REFERENCES \"campaign\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_c465e25973c59ca5d7febc60ad9\" FOREIGN KEY (\"unitId\") REFERENCES \"unit\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_cba64fc34e61311cedd2f9e393d\" FOREIGN KEY (\"submittedByAccountId\") REFERENCES \"account\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_status_report\"(\"id\", \"unitId\", \"campaignId\", \"milestone\", \"status\", \"progressText\", \"filledOn\", \"snapshot\", \"submittedAt\", \"submittedByAccountId\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"unitId\", \"campaignId\", \"milestone\", \"status\", \"progressText\", \"filledOn\", \"snapshot\", \"submittedAt\", \"submittedByAccountId\", \"createdAt\", \"updatedAt\" FROM \"status_report\"");
    await queryRunner.query("DROP TABLE \"status_report\"");
    await queryRunner.query("ALTER TABLE \"temporary_status_report\" RENAME TO \"status_report\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_b5d0a8ff6c6a7152e14659b8d4\" ON \"status_report\" (\"unitId\", \"campaignId\", \"milestone\") ");
    await queryRunner.query("CREATE INDEX \"IDX_954c93e8592a65737c0f0f089d\" ON \"status_report\" (\"campaignId\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_954c93e8592a65737c0f0f089d\"");
    await queryRunner.query("DROP INDEX \"IDX_b5d0a8ff6c6a7152e14659b8d4\"");
    await queryRunner.query("ALTER TABLE \"status_report\" RENAME TO \"temporary_status_report\"");
    await queryRunner.query("CREATE TABLE \"status_report\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"unitId\" integer NOT NULL, \"campaignId\" integer NOT NULL, \"milestone\" varchar(16) NOT NULL, \"status\" varchar(16) NOT NULL, \"progressText\" text, \"filledOn\" date, \"snapshot\" text, \"submittedAt\" datetime, \"submittedByAccountId\" integer, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_954c93e8592a65737c0f0f089d3\" FOREIGN KEY (\"campaignId\") REFERENCES \"campaign\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_c465e25973c59ca5d7febc60ad9\" FOREIGN KEY (\"unitId\") REFERENCES \"unit\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"status_report\"(\"id\", \"unitId\", \"campaignId\", \"milestone\", \"status\", \"progressText\", \"filledOn\", \"snapshot\", \"submittedAt\", \"submittedByAccountId\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"unitId\", \"campaignId\", \"milestone\", \"status\", \"progressText\", \"filledOn\", \"snapshot\", \"submittedAt\", \"submittedByAccountId\", \"createdAt\", \"updatedAt\" FROM \"temporary_status_report\"");
    await queryRunner.query("DROP TABLE \"temporary_status_report\"");
    await queryRunner.query("CREATE INDEX \"IDX_954c93e8592a65737c0f0f089d\" ON \"status_report\" (\"campaignId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_b5d0a8ff6c6a7152e14659b8d4\" ON \"status_report\" (\"unitId\", \"campaignId\", \"milestone\") ");
    await queryRunner.query("DROP INDEX \"IDX_954c93e8592a65737c0f0f089d\"");
    await queryRunner.query("DROP INDEX \"IDX_b5d0a8ff6c6a7152e14659b8d4\"");
    await queryRunner.query("ALTER TABLE \"status_report\" RENAME TO \"temporary_status_report\"");
    await queryRunner.query("CREATE TABLE \"status_report\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"unitId\" integer NOT NULL, \"campaignId\" integer NOT NULL, \"milestone\" varchar(16) NOT NULL, \"status\" varchar(16) NOT NULL, \"progressText\" text, \"filledOn\" date, \"snapshot\" text, \"submittedAt\" datetime, \"submittedById\" integer, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_954c93e8592a65737c0f0f089d3\" FOREIGN KEY (\"campaignId\") REFERENCES \"campaign\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_c465e25973c59ca5d7febc60ad9\" FOREIGN KEY (\"unitId\") REFERENCES \"unit\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"status_report\"(\"id\", \"unitId\", \"campaignId\", \"milestone\", \"status\", \"progressText\", \"filledOn\", \"snapshot\", \"submittedAt\", \"submittedById\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"unitId\", \"campaignId\", \"milestone\", \"status\", \"progressText\", \"filledOn\", \"snapshot\", \"submittedAt\", \"submittedByAccountId\", \"createdAt\", \"updatedAt\" FROM \"temporary_status_report\"");
    await queryRunner.query("DROP TABLE \"temporary_status_report\"");
    await queryRunner.query("CREATE INDEX \"IDX_954c93e8592a65737c0f0f089d\" ON \"status_report\" (\"campaignId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_b5d0a8ff6c6a7152e14659b8d4\" ON \"status_report\" (\"unitId\", \"campaignId\", \"milestone\") ");
    await queryRunner.query("DROP INDEX \"IDX_954c93e8592a65737c0f0f089d\"");
    await queryRunner.query("DROP INDEX \"IDX_b5d0a8ff6c6a7152e14659b8d4\"");
    await queryRunner.query("ALTER TABLE \"status_report\" RENAME TO \"temporary_status_report\"");
    await queryRunner.query("CREATE TABLE \"status_report\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"unitId\" integer NOT NULL, \"campaignId\" integer NOT NULL, \"milestone\" varchar(16) NOT NULL, \"status\" varchar(16) NOT NULL, \"progressText\" text, \"filledOn\" date, \"snapshot\" text, \"submittedAt\" datetime, \"submittedById\" integer, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_aefa668687ed5f38449ec3c632e\" FOREIGN KEY (\"submittedById\") REFERENCES \"volunteer\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_954c93e8592a65737c0f0f089d3\" FOREIGN KEY (\"campaignId\") REFERENCES \"campaign\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_c465e25973c59ca5d7febc60ad9\" FOREIGN KEY (\"unitId\") REFERENCES \"unit\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"status_report\"(\"id\", \"unitId\", \"campaignId\", \"milestone\", \"status\", \"progressText\", \"filledOn\", \"snapshot\", \"submittedAt\", \"submittedById\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"unitId\", \"campaignId\", \"milestone\", \"status\", \"progressText\", \"filledOn\", \"snapshot\", \"submittedAt\", \"submittedById\", \"createdAt\", \"updatedAt\" FROM \"temporary_status_report\"");
    await queryRunner.query("DROP TABLE \"temporary_status_report\"");
    await queryRunner.query("CREATE INDEX \"IDX_954c93e8592a65737c0f0f089d\" ON \"status_report\" (\"campaignId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_b5d0a8ff6c6a7152e14659b8d4\" ON \"status_report\" (\"unitId\", \"campaignId\", \"milestone\") ");
  }
}
