import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SummaryMaterials1796456339064 implements MigrationInterface {
  name = 'SummaryMaterials1796456339064';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"summary_materials\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"unitId\" integer NOT NULL, \"campaignId\" integer NOT NULL, \"fileName\" varchar(200) NOT NULL, \"byteSize\" integer NOT NULL, \"sha256\" varchar(64) NOT NULL, \"submittedAt\" datetime NOT NULL, \"submittedByAccountId\" integer, \"uploadCount\" integer NOT NULL DEFAULT (1), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_abd4f7bed21b7e347d9eada66d\" ON \"summary_materials\" (\"campaignId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_0736b3b4af74f60d5b1b74d27e\" ON \"summary_materials\" (\"unitId\", \"campaignId\") ");
    await queryRunner.query("CREATE TABLE \"summary_materials_chunk\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"materialsId\" integer NOT NULL, \"seq\" integer NOT NULL, \"bytes\" blob NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_6097016bdc57c126c880c73a33\" ON \"summary_materials_chunk\" (\"materialsId\", \"seq\") ");
    await queryRunner.query("DROP INDEX \"IDX_abd4f7bed21b7e347d9eada66d\"");
    await queryRunner.query("DROP INDEX \"IDX_0736b3b4af74f60d5b1b74d27e\"");
    await queryRunner.query("CREATE TABLE \"temporary_summary_materials\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"unitId\" integer NOT NULL, \"campaignId\" integer NOT NULL, \"fileName\" varchar(200) NOT NULL, \"byteSize\" integer NOT NULL, \"sha256\" varchar(64) NOT NULL, \"submittedAt\" datetime NOT NULL, \"submittedByAccountId\" integer, \"uploadCount\" integer NOT NULL DEFAULT (1), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_115143277b2ee22ef15f75a99b6\" FOREIGN KEY (\"unitId\") REFERENCES \"unit\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_abd4f7bed21b7e347d9eada66d8\" FOREIGN KEY (\"campaignId\") REFERENCES \"campaign\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_c325580f209442ac3eff4028a74\" FOREIGN KEY (\"submittedByAccountId\") REFERENCES \"account\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_summary_materials\"(\"id\", \"unitId\", \"campaignId\", \"fileName\", \"byteSize\", \"sha256\", \"submittedAt\", \"submittedByAccountId\", \"uploadCount\", \"createdAt\") SELECT \"id\", \"unitId\", \"campaignId\", \"fileName\", \"byteSize\", \"sha256\", \"submittedAt\", \"submittedByAccountId\", \"uploadCount\", \"createdAt\" FROM \"summary_materials\"");
    await queryRunner.query("DROP TABLE \"summary_materials\"");
    await queryRunner.query("ALTER TABLE \"temporary_summary_materials\" RENAME TO \"summary_materials\"");
    await queryRunner.query("CREATE INDEX \"IDX_abd4f7bed21b7e347d9eada66d\" ON \"summary_materials\" (\"campaignId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_0736b3b4af74f60d5b1b74d27e\" ON \"summary_materials\" (\"unitId\", \"campaignId\") ");
    await queryRunner.query("DROP INDEX \"IDX_6097016bdc57c126c880c73a33\"");
    await queryRunner.query("CREATE TABLE \"temporary_summary_materials_chunk\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"materialsId\" integer NOT NULL, \"seq\" integer NOT NULL, \"bytes\" blob NOT NULL, CONSTRAINT \"FK_0701b7f3be7484fbb86736ef843\" FOREIGN KEY (\"materialsId\") REFERENCES \"summary_materials\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_summary_materials_chunk\"(\"id\", \"materialsId\", \"seq\", \"bytes\") SELECT \"id\", \"materialsId\", \"seq\", \"bytes\" FROM \"summary_materials_chunk\"");
    await queryRunner.query("DROP TABLE \"summary_materials_chunk\"");
    await queryRunner.query("ALTER TABLE \"temporary_summary_materials_chunk\" RENAME TO \"summary_materials_chunk\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_6097016bdc57c126c880c73a33\" ON \"summary_materials_chunk\" (\"materialsId\", \"seq\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_6097016bdc57c126c880c73a33\"");
    await queryRunner.query("ALTER TABLE \"summary_materials_chunk\" RENAME TO \"temporary_summary_materials_chunk\"");
    await queryRunner.query("CREATE TABLE \"summary_materials_chunk\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"materialsId\" integer NOT NULL, \"seq\" integer NOT NULL, \"bytes\" blob NOT NULL)");
    await queryRunner.query("INSERT INTO \"summary_materials_chunk\"(\"id\", \"materialsId\", \"seq\", \"bytes\") SELECT \"id\", \"materialsId\", \"seq\", \"bytes\" FROM \"temporary_summary_materials_chunk\"");
    await queryRunner.query("DROP TABLE \"temporary_summary_materials_chunk\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_6097016bdc57c126c880c73a33\" ON \"summary_materials_chunk\" (\"materialsId\", \"seq\") ");
    await queryRunner.query("DROP INDEX \"IDX_0736b3b4af74f60d5b1b74d27e\"");
    await queryRunner.query("DROP INDEX \"IDX_abd4f7bed21b7e347d9eada66d\"");
    await queryRunner.query("ALTER TABLE \"summary_materials\" RENAME TO \"temporary_summary_materials\"");
    await queryRunner.query("CREATE TABLE \"summary_materials\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"unitId\" integer NOT NULL, \"campaignId\" integer NOT NULL, \"fileName\" varchar(200) NOT NULL, \"byteSize\" integer NOT NULL, \"sha256\" varchar(64) NOT NULL, \"submittedAt\" datetime NOT NULL, \"submittedByAccountId\" integer, \"uploadCount\" integer NOT NULL DEFAULT (1), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"summary_materials\"(\"id\", \"unitId\", \"campaignId\", \"fileName\", \"byteSize\", \"sha256\", \"submittedAt\", \"submittedByAccountId\", \"uploadCount\", \"createdAt\") SELECT \"id\", \"unitId\", \"campaignId\", \"fileName\", \"byteSize\", \"sha256\", \"submittedAt\", \"submittedByAccountId\", \"uploadCount\", \"createdAt\" FROM \"temporary_summary_materials\"");
    await queryRunner.query("DROP TABLE \"temporary_summary_materials\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_0736b3b4af74f60d5b1b74d27e\" ON \"summary_materials\" (\"unitId\", \"campaignId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_abd4f7bed21b7e347d9eada66d\" ON \"summary_materials\" (\"campaignId\") ");
    await queryRunner.query("DROP INDEX \"IDX_6097016bdc57c126c880c73a33\"");
    await queryRunner.query("DROP TABLE \"summary_materials_chunk\"");
    await queryRunner.query("DROP INDEX \"IDX_0736b3b4af74f60d5b1b74d27e\"");
    await queryRunner.query("DROP INDEX \"IDX_abd4f7bed21b7e347d9eada66d\"");
    await queryRunner.query("DROP TABLE \"summary_materials\"");
  }
}
