import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ArchiveExportSharedCells1795893165679 implements MigrationInterface {
  name = 'ArchiveExportSharedCells1795893165679';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"archive_export_person\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"exportId\" integer NOT NULL, \"volunteerId\" integer NOT NULL, \"cells\" text NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_52cf4e51bb640160b6088a5ec3\" ON \"archive_export_person\" (\"exportId\", \"volunteerId\") ");
    await queryRunner.query("CREATE TABLE \"archive_export_post\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"exportId\" integer NOT NULL, \"postId\" integer NOT NULL, \"projectId\" integer NOT NULL, \"cells\" text NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_ca71c70b1d4823f34c4344d990\" ON \"archive_export_post\" (\"exportId\", \"postId\") ");
    await queryRunner.query("DROP INDEX \"IDX_d196a0f2e395ddc06432778a66\"");
    await queryRunner.query("DROP INDEX \"IDX_86cb75839180a3ecc6bb25dc1c\"");
    await queryRunner.query("DROP INDEX \"IDX_03cdd983b084daa6c5c742004e\"");
    await queryRunner.query("CREATE TABLE \"temporary_archive_export_item\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"exportId\" integer NOT NULL, \"serviceRecordId\" integer NOT NULL, \"rowNumber\" integer NOT NULL, \"groupNumber\" integer NOT NULL, \"cells\" text NOT NULL, \"volunteerId\" integer, \"postId\" integer, CONSTRAINT \"FK_b1ddd9acee6ad62f036592027ce\" FOREIGN KEY (\"exportId\") REFERENCES \"archive_export\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_86cb75839180a3ecc6bb25dc1c5\" FOREIGN KEY (\"serviceRecordId\") REFERENCES \"service_record\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_archive_export_item\"(\"id\", \"exportId\", \"serviceRecordId\", \"rowNumber\", \"groupNumber\", \"cells\") SELECT \"id\", \"exportId\", \"serviceRecordId\", \"rowNumber\", \"groupNumber\", \"cells\" FROM \"archive_export_item\"");
    await queryRunner.query("DROP TABLE \"archive_export_item\"");
    await queryRunner.query("ALTER TABLE \"temporary_archive_export_item\" RENAME TO \"archive_export_item\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_d196a0f2e395ddc06432778a66\" ON \"archive_export_item\" (\"exportId\", \"rowNumber\") ");
    await queryRunner.query("CREATE INDEX \"IDX_86cb75839180a3ecc6bb25dc1c\" ON \"archive_export_item\" (\"serviceRecordId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_03cdd983b084daa6c5c742004e\" ON \"archive_export_item\" (\"exportId\", \"serviceRecordId\") ");
    await queryRunner.query("DROP INDEX \"IDX_52cf4e51bb640160b6088a5ec3\"");
    await queryRunner.query("CREATE TABLE \"temporary_archive_export_person\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"exportId\" integer NOT NULL, \"volunteerId\" integer NOT NULL, \"cells\" text NOT NULL, CONSTRAINT \"FK_526c7aa66e90aa48ad8965edce2\" FOREIGN KEY (\"exportId\") REFERENCES \"archive_export\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_archive_export_person\"(\"id\", \"exportId\", \"volunteerId\", \"cells\") SELECT \"id\", \"exportId\", \"volunteerId\", \"cells\" FROM \"archive_export_person\"");
    await queryRunner.query("DROP TABLE \"archive_export_person\"");
    await queryRunner.query("ALTER TABLE \"temporary_archive_export_person\" RENAME TO \"archive_export_person\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_52cf4e51bb640160b6088a5ec3\" ON \"archive_export_person\" (\"exportId\", \"volunteerId\") ");
    await queryRunner.query("DROP INDEX \"IDX_ca71c70b1d4823f34c4344d990\"");
    await queryRunner.query("CREATE TABLE \"temporary_archive_export_post\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"exportId\" integer NOT NULL, \"postId\" integer NOT NULL, \"projectId\" integer NOT NULL, \"cells\" text NOT NULL, CONSTRAINT \"FK_0a28652fe2a5bc283dfdbbf6310\" FOREIGN KEY (\"exportId\") REFERENCES \"archive_export\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_archive_export_post\"(\"id\", \"exportId\", \"postId\", \"projectId\", \"cells\") SELECT \"id\", \"exportId\", \"postId\", \"projectId\", \"cells\" FROM \"archive_export_post\"");
    await queryRunner.query("DROP TABLE \"archive_export_post\"");
    await queryRunner.query("ALTER TABLE \"temporary_archive_export_post\" RENAME TO \"archive_export_post\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_ca71c70b1d4823f34c4344d990\" ON \"archive_export_post\" (\"exportId\", \"postId\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_ca71c70b1d4823f34c4344d990\"");
    await queryRunner.query("ALTER TABLE \"archive_export_post\" RENAME TO \"temporary_archive_export_post\"");
    await queryRunner.query("CREATE TABLE \"archive_export_post\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"exportId\" integer NOT NULL, \"postId\" integer NOT NULL, \"projectId\" integer NOT NULL, \"cells\" text NOT NULL)");
    await queryRunner.query("INSERT INTO \"archive_export_post\"(\"id\", \"exportId\", \"postId\", \"projectId\", \"cells\") SELECT \"id\", \"exportId\", \"postId\", \"projectId\", \"cells\" FROM \"temporary_archive_export_post\"");
    await queryRunner.query("DROP TABLE \"temporary_archive_export_post\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_ca71c70b1d4823f34c4344d990\" ON \"archive_export_post\" (\"exportId\", \"postId\") ");
    await queryRunner.query("DROP INDEX \"IDX_52cf4e51bb640160b6088a5ec3\"");
    await queryRunner.query("ALTER TABLE \"archive_export_person\" RENAME TO \"temporary_archive_export_person\"");
    await queryRunner.query("CREATE TABLE \"archive_export_person\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"exportId\" integer NOT NULL, \"volunteerId\" integer NOT NULL, \"cells\" text NOT NULL)");
    await queryRunner.query("INSERT INTO \"archive_export_person\"(\"id\", \"exportId\", \"volunteerId\", \"cells\") SELECT \"id\", \"exportId\", \"volunteerId\", \"cells\" FROM \"temporary_archive_export_person\"");
    await queryRunner.query("DROP TABLE \"temporary_archive_export_person\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_52cf4e51bb640160b6088a5ec3\" ON \"archive_export_person\" (\"exportId\", \"volunteerId\") ");
    await queryRunner.query("DROP INDEX \"IDX_03cdd983b084daa6c5c742004e\"");
    await queryRunner.query("DROP INDEX \"IDX_86cb75839180a3ecc6bb25dc1c\"");
    await queryRunner.query("DROP INDEX \"IDX_d196a0f2e395ddc06432778a66\"");
    await queryRunner.query("ALTER TABLE \"archive_export_item\" RENAME TO \"temporary_archive_export_item\"");
    await queryRunner.query("CREATE TABLE \"archive_export_item\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"exportId\" integer NOT NULL, \"serviceRecordId\" integer NOT NULL, \"rowNumber\" integer NOT NULL, \"groupNumber\" integer NOT NULL, \"cells\" text NOT NULL, CONSTRAINT \"FK_b1ddd9acee6ad62f036592027ce\" FOREIGN KEY (\"exportId\") REFERENCES \"archive_export\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_86cb75839180a3ecc6bb25dc1c5\" FOREIGN KEY (\"serviceRecordId\") REFERENCES \"service_record\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"archive_export_item\"(\"id\", \"exportId\", \"serviceRecordId\", \"rowNumber\", \"groupNumber\", \"cells\") SELECT \"id\", \"exportId\", \"serviceRecordId\", \"rowNumber\", \"groupNumber\", \"cells\" FROM \"temporary_archive_export_item\"");
    await queryRunner.query("DROP TABLE \"temporary_archive_export_item\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_03cdd983b084daa6c5c742004e\" ON \"archive_export_item\" (\"exportId\", \"serviceRecordId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_86cb75839180a3ecc6bb25dc1c\" ON \"archive_export_item\" (\"serviceRecordId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_d196a0f2e395ddc06432778a66\" ON \"archive_export_item\" (\"exportId\", \"rowNumber\") ");
    await queryRunner.query("DROP INDEX \"IDX_ca71c70b1d4823f34c4344d990\"");
    await queryRunner.query("DROP TABLE \"archive_export_post\"");
    await queryRunner.query("DROP INDEX \"IDX_52cf4e51bb640160b6088a5ec3\"");
    await queryRunner.query("DROP TABLE \"archive_export_person\"");
  }
}
