import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ArchiveExportSnapshots1795886412519 implements MigrationInterface {
  name = 'ArchiveExportSnapshots1795886412519';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"archive_export_issue\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"exportId\" integer NOT NULL, \"position\" integer NOT NULL, \"serviceRecordId\" integer NOT NULL, \"rule\" varchar(40) NOT NULL, \"columnName\" varchar(40) NOT NULL, \"message\" varchar(300) NOT NULL, \"cells\" text NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_bf211bcfdcff28e359cd36e287\" ON \"archive_export_issue\" (\"serviceRecordId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_053fc0f1738b3cf3344fafb224\" ON \"archive_export_issue\" (\"exportId\", \"position\") ");
    await queryRunner.query("CREATE TABLE \"archive_export_project\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"exportId\" integer NOT NULL, \"position\" integer NOT NULL, \"projectId\" integer NOT NULL, \"cells\" text NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_461a8f8c83f893dfd026588f3d\" ON \"archive_export_project\" (\"exportId\", \"position\") ");
    await queryRunner.query("DROP INDEX \"IDX_232a6eab0d3b6a435415565fcd\"");
    await queryRunner.query("CREATE TABLE \"temporary_archive_export\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"unitId\" integer NOT NULL, \"scope\" varchar(16) NOT NULL, \"scopeId\" integer NOT NULL, \"rangeStart\" date NOT NULL, \"rangeEnd\" date NOT NULL, \"recordCount\" integer NOT NULL, \"fileSha256\" varchar(64), \"reexportOfId\" integer, \"createdById\" integer, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"issueCount\" integer NOT NULL DEFAULT (0), CONSTRAINT \"FK_0050846bd27eb4a94141100d263\" FOREIGN KEY (\"reexportOfId\") REFERENCES \"archive_export\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_232a6eab0d3b6a435415565fcde\" FOREIGN KEY (\"unitId\") REFERENCES \"unit\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_archive_export\"(\"id\", \"unitId\", \"scope\", \"scopeId\", \"rangeStart\", \"rangeEnd\", \"recordCount\", \"fileSha256\", \"reexportOfId\", \"createdById\", \"createdAt\") SELECT \"id\", \"unitId\", \"scope\", \"scopeId\", \"rangeStart\", \"rangeEnd\", \"recordCount\", \"fileSha256\", \"reexportOfId\", \"createdById\", \"createdAt\" FROM \"archive_export\"");
    await queryRunner.query("DROP TABLE \"archive_export\"");
    await queryRunner.query("ALTER TABLE \"temporary_archive_export\" RENAME TO \"archive_export\"");
    await queryRunner.query("CREATE INDEX \"IDX_232a6eab0d3b6a435415565fcd\" ON \"archive_export\" (\"unitId\") ");
    await queryRunner.query("DROP INDEX \"IDX_03cdd983b084daa6c5c742004e\"");
    await queryRunner.query("DROP INDEX \"IDX_86cb75839180a3ecc6bb25dc1c\"");
    await queryRunner.query("CREATE TABLE \"temporary_archive_export_item\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"exportId\" integer NOT NULL, \"serviceRecordId\" integer NOT NULL, \"rowNumber\" integer NOT NULL, \"groupNumber\" integer NOT NULL, \"cells\" text NOT NULL, CONSTRAINT \"FK_86cb75839180a3ecc6bb25dc1c5\" FOREIGN KEY (\"serviceRecordId\") REFERENCES \"service_record\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_b1ddd9acee6ad62f036592027ce\" FOREIGN KEY (\"exportId\") REFERENCES \"archive_export\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_archive_export_item\"(\"id\", \"exportId\", \"serviceRecordId\", \"rowNumber\", \"groupNumber\") SELECT \"id\", \"exportId\", \"serviceRecordId\", \"rowNumber\", \"groupNumber\" FROM \"archive_export_item\"");
    await queryRunner.query("DROP TABLE \"archive_export_item\"");
    await queryRunner.query("ALTER TABLE \"temporary_archive_export_item\" RENAME TO \"archive_export_item\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_03cdd983b084daa6c5c742004e\" ON \"archive_export_item\" (\"exportId\", \"serviceRecordId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_86cb75839180a3ecc6bb25dc1c\" ON \"archive_export_item\" (\"serviceRecordId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_d196a0f2e395ddc06432778a66\" ON \"archive_export_item\" (\"exportId\", \"rowNumber\") ");
    await queryRunner.query("DROP INDEX \"IDX_bf211bcfdcff28e359cd36e287\"");
    await queryRunner.query("DROP INDEX \"IDX_053fc0f1738b3cf3344fafb224\"");
    await queryRunner.query("CREATE TABLE \"temporary_archive_export_issue\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"exportId\" integer NOT NULL, \"position\" integer NOT NULL, \"serviceRecordId\" integer NOT NULL, \"rule\" varchar(40) NOT NULL, \"columnName\" varchar(40) NOT NULL, \"message\" varchar(300) NOT NULL, \"cells\" text NOT NULL, CONSTRAINT \"FK_028d761502b6a349a42d842523d\" FOREIGN KEY (\"exportId\") REFERENCES \"archive_export\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_bf211bcfdcff28e359cd36e287c\" FOREIGN KEY (\"serviceRecordId\") REFERENCES \"service_record\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_archive_export_issue\"(\"id\", \"exportId\", \"position\", \"serviceRecordId\", \"rule\", \"columnName\", \"message\", \"cells\") SELECT \"id\", \"exportId\", \"position\", \"serviceRecordId\", \"rule\", \"columnName\", \"message\", \"cells\" FROM \"archive_export_issue\"");
    await queryRunner.query("DROP TABLE \"archive_export_issue\"");
    await queryRunner.query("ALTER TABLE \"temporary_archive_export_issue\" RENAME TO \"archive_export_issue\"");
    await queryRunner.query("CREATE INDEX \"IDX_bf211bcfdcff28e359cd36e287\" ON \"archive_export_issue\" (\"serviceRecordId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_053fc0f1738b3cf3344fafb224\" ON \"archive_export_issue\" (\"exportId\", \"position\") ");
    await queryRunner.query("DROP INDEX \"IDX_461a8f8c83f893dfd026588f3d\"");
    await queryRunner.query("CREATE TABLE \"temporary_archive_export_project\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"exportId\" integer NOT NULL, \"position\" integer NOT NULL, \"projectId\" integer NOT NULL, \"cells\" text NOT NULL, CONSTRAINT \"FK_9eb7aef18f151f63cfd2937afa0\" FOREIGN KEY (\"exportId\") REFERENCES \"archive_export\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_beeff843de6b3329db231a12ae5\" FOREIGN KEY (\"projectId\") REFERENCES \"service_project\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_archive_export_project\"(\"id\", \"exportId\", \"position\", \"projectId\", \"cells\") SELECT \"id\", \"exportId\", \"position\", \"projectId\", \"cells\" FROM \"archive_export_project\"");
    await queryRunner.query("DROP TABLE \"archive_export_project\"");
    await queryRunner.query("ALTER TABLE \"temporary_archive_export_project\" RENAME TO \"archive_export_project\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_461a8f8c83f893dfd026588f3d\" ON \"archive_export_project\" (\"exportId\", \"position\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_461a8f8c83f893dfd026588f3d\"");
    await queryRunner.query("ALTER TABLE \"archive_export_project\" RENAME TO \"temporary_archive_export_project\"");
    await queryRunner.query("CREATE TABLE \"archive_export_project\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"exportId\" integer NOT NULL, \"position\" integer NOT NULL, \"projectId\" integer NOT NULL, \"cells\" text NOT NULL)");
    await queryRunner.query("INSERT INTO \"archive_export_project\"(\"id\", \"exportId\", \"position\", \"projectId\", \"cells\") SELECT \"id\", \"exportId\", \"position\", \"projectId\", \"cells\" FROM \"temporary_archive_export_project\"");
    await queryRunner.query("DROP TABLE \"temporary_archive_export_project\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_461a8f8c83f893dfd026588f3d\" ON \"archive_export_project\" (\"exportId\", \"position\") ");
    await queryRunner.query("DROP INDEX \"IDX_053fc0f1738b3cf3344fafb224\"");
    await queryRunner.query("DROP INDEX \"IDX_bf211bcfdcff28e359cd36e287\"");
    await queryRunner.query("ALTER TABLE \"archive_export_issue\" RENAME TO \"temporary_archive_export_issue\"");
    await queryRunner.query("CREATE TABLE \"archive_export_issue\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"exportId\" integer NOT NULL, \"position\" integer NOT NULL, \"serviceRecordId\" integer NOT NULL, \"rule\" varchar(40) NOT NULL, \"columnName\" varchar(40) NOT NULL, \"message\" varchar(300) NOT NULL, \"cells\" text NOT NULL)");
    await queryRunner.query("INSERT INTO \"archive_export_issue\"(\"id\", \"exportId\", \"position\", \"serviceRecordId\", \"rule\", \"columnName\", \"message\", \"cells\") SELECT \"id\", \"exportId\", \"position\", \"serviceRecordId\", \"rule\", \"columnName\", \"message\", \"cells\" FROM \"temporary_archive_export_issue\"");
    await queryRunner.query("DROP TABLE \"temporary_archive_export_issue\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_053fc0f1738b3cf3344fafb224\" ON \"archive_export_issue\" (\"exportId\", \"position\") ");
    await queryRunner.query("CREATE INDEX \"IDX_bf211bcfdcff28e359cd36e287\" ON \"archive_export_issue\" (\"serviceRecordId\") ");
    await queryRunner.query("DROP INDEX \"IDX_d196a0f2e395ddc06432778a66\"");
    await queryRunner.query("DROP INDEX \"IDX_86cb75839180a3ecc6bb25dc1c\"");
    await queryRunner.query("DROP INDEX \"IDX_03cdd983b084daa6c5c742004e\"");
    await queryRunner.query("ALTER TABLE \"archive_export_item\" RENAME TO \"temporary_archive_export_item\"");
    await queryRunner.query("CREATE TABLE \"archive_export_item\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"exportId\" integer NOT NULL, \"serviceRecordId\" integer NOT NULL, \"rowNumber\" integer NOT NULL, \"groupNumber\" integer NOT NULL, CONSTRAINT \"FK_86cb75839180a3ecc6bb25dc1c5\" FOREIGN KEY (\"serviceRecordId\") REFERENCES \"service_record\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_b1ddd9acee6ad62f036592027ce\" FOREIGN KEY (\"exportId\") REFERENCES \"archive_export\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"archive_export_item\"(\"id\", \"exportId\", \"serviceRecordId\", \"rowNumber\", \"groupNumber\") SELECT \"id\", \"exportId\", \"serviceRecordId\", \"rowNumber\", \"groupNumber\" FROM \"temporary_archive_export_item\"");
    await queryRunner.query("DROP TABLE \"temporary_archive_export_item\"");
    await queryRunner.query("CREATE INDEX \"IDX_86cb75839180a3ecc6bb25dc1c\" ON \"archive_export_item\" (\"serviceRecordId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_03cdd983b084daa6c5c742004e\" ON \"archive_export_item\" (\"exportId\", \"serviceRecordId\") ");
    await queryRunner.query("DROP INDEX \"IDX_232a6eab0d3b6a435415565fcd\"");
    await queryRunner.query("ALTER TABLE \"archive_export\" RENAME TO \"temporary_archive_export\"");
    await queryRunner.query("CREATE TABLE \"archive_export\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"unitId\" integer NOT NULL, \"scope\" varchar(16) NOT NULL, \"scopeId\" integer NOT NULL, \"rangeStart\" date NOT NULL, \"rangeEnd\" date NOT NULL, \"recordCount\" integer NOT NULL, \"fileSha256\" varchar(64), \"reexportOfId\" integer, \"createdById\" integer, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_0050846bd27eb4a94141100d263\" FOREIGN KEY (\"reexportOfId\") REFERENCES \"archive_export\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_232a6eab0d3b6a435415565fcde\" FOREIGN KEY (\"unitId\") REFERENCES \"unit\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"archive_export\"(\"id\", \"unitId\", \"scope\", \"scopeId\", \"rangeStart\", \"rangeEnd\", \"recordCount\", \"fileSha256\", \"reexportOfId\", \"createdById\", \"createdAt\") SELECT \"id\", \"unitId\", \"scope\", \"scopeId\", \"rangeStart\", \"rangeEnd\", \"recordCount\", \"fileSha256\", \"reexportOfId\", \"createdById\", \"createdAt\" FROM \"temporary_archive_export\"");
    await queryRunner.query("DROP TABLE \"temporary_archive_export\"");
    await queryRunner.query("CREATE INDEX \"IDX_232a6eab0d3b6a435415565fcd\" ON \"archive_export\" (\"unitId\") ");
    await queryRunner.query("DROP INDEX \"IDX_461a8f8c83f893dfd026588f3d\"");
    await queryRunner.query("DROP TABLE \"archive_export_project\"");
    await queryRunner.query("DROP INDEX \"IDX_053fc0f1738b3cf3344fafb224\"");
    await queryRunner.query("DROP INDEX \"IDX_bf211bcfdcff28e359cd36e287\"");
    await queryRunner.query("DROP TABLE \"archive_export_issue\"");
  }
}
