import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SupportLedgerAndLogs1795883290291 implements MigrationInterface {
  name = 'SupportLedgerAndLogs1795883290291';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_008d02b5891fa5beb30301fd3a\"");
    await queryRunner.query("DROP INDEX \"IDX_e11fa622dc31ed0da6c961830f\"");
    await queryRunner.query("CREATE TABLE \"temporary_service_log\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"projectId\" integer NOT NULL, \"authorId\" integer NOT NULL, \"loggedOn\" date NOT NULL, \"content\" text NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"authorAccountId\" integer, \"authorName\" varchar(100) NOT NULL DEFAULT (''), CONSTRAINT \"FK_e11fa622dc31ed0da6c961830f5\" FOREIGN KEY (\"authorId\") REFERENCES \"volunteer\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_b66b411fb7b91259df71d8ddea8\" FOREIGN KEY (\"projectId\") REFERENCES \"service_project\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_service_log\"(\"id\", \"projectId\", \"authorId\", \"loggedOn\", \"content\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"projectId\", \"authorId\", \"loggedOn\", \"content\", \"createdAt\", \"updatedAt\" FROM \"service_log\"");
    await queryRunner.query("DROP TABLE \"service_log\"");
    await queryRunner.query("ALTER TABLE \"temporary_service_log\" RENAME TO \"service_log\"");
    await queryRunner.query("CREATE INDEX \"IDX_008d02b5891fa5beb30301fd3a\" ON \"service_log\" (\"projectId\", \"loggedOn\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e11fa622dc31ed0da6c961830f\" ON \"service_log\" (\"authorId\") ");
    await queryRunner.query("DROP INDEX \"IDX_2a7052eb108d266fed989e7b42\"");
    await queryRunner.query("DROP INDEX \"IDX_ecf086459ef4e5e5e21c698a1f\"");
    await queryRunner.query("CREATE TABLE \"temporary_support_entry\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"kind\" varchar(16) NOT NULL, \"projectId\" integer NOT NULL, \"siteId\" integer NOT NULL, \"occurredOn\" date NOT NULL, \"amount\" decimal(14,2), \"fundingSource\" varchar(16), \"itemName\" varchar(100), \"quantity\" decimal(12,2), \"quantityUnit\" varchar(20), \"estimatedValue\" decimal(14,2), \"note\" varchar(500), \"recordedById\" integer, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"recordedByAccountId\" integer, \"recordedByName\" varchar(100) NOT NULL DEFAULT (''), \"voidedAt\" datetime, \"voidReason\" varchar(500), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_ab333066c15604bf80436d75ef0\" FOREIGN KEY (\"recordedById\") REFERENCES \"volunteer\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_2a7052eb108d266fed989e7b42c\" FOREIGN KEY (\"siteId\") REFERENCES \"site\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_ecf086459ef4e5e5e21c698a1ff\" FOREIGN KEY (\"projectId\") REFERENCES \"service_project\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_support_entry\"(\"id\", \"kind\", \"projectId\", \"siteId\", \"occurredOn\", \"amount\", \"fundingSource\", \"itemName\", \"quantity\", \"quantityUnit\", \"estimatedValue\", \"note\", \"recordedById\", \"createdAt\") SELECT \"id\", \"kind\", \"projectId\", \"siteId\", \"occurredOn\", \"amount\", \"fundingSource\", \"itemName\", \"quantity\", \"quantityUnit\", \"estimatedValue\", \"note\", \"recordedById\", \"createdAt\" FROM \"support_entry\"");
    await queryRunner.query("DROP TABLE \"support_entry\"");
    await queryRunner.query("ALTER TABLE \"temporary_support_entry\" RENAME TO \"support_entry\"");
    await queryRunner.query("CREATE INDEX \"IDX_2a7052eb108d266fed989e7b42\" ON \"support_entry\" (\"siteId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_ecf086459ef4e5e5e21c698a1f\" ON \"support_entry\" (\"projectId\") ");
    await queryRunner.query("DROP INDEX \"IDX_008d02b5891fa5beb30301fd3a\"");
    await queryRunner.query("DROP INDEX \"IDX_e11fa622dc31ed0da6c961830f\"");
    await queryRunner.query("CREATE TABLE \"temporary_service_log\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"projectId\" integer NOT NULL, \"authorId\" integer NOT NULL, \"loggedOn\" date NOT NULL, \"content\" text NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"authorAccountId\" integer, \"authorName\" varchar(100) NOT NULL DEFAULT (''))");
    await queryRunner.query("INSERT INTO \"temporary_service_log\"(\"id\", \"projectId\", \"authorId\", \"loggedOn\", \"content\", \"createdAt\", \"updatedAt\", \"authorAccountId\", \"authorName\") SELECT \"id\", \"projectId\", \"authorId\", \"loggedOn\", \"content\", \"createdAt\", \"updatedAt\", \"authorAccountId\", \"authorName\" FROM \"service_log\"");
    await queryRunner.query("DROP TABLE \"service_log\"");
    await queryRunner.query("ALTER TABLE \"temporary_service_log\" RENAME TO \"service_log\"");
    await queryRunner.query("CREATE INDEX \"IDX_008d02b5891fa5beb30301fd3a\" ON \"service_log\" (\"projectId\", \"loggedOn\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e11fa622dc31ed0da6c961830f\" ON \"service_log\" (\"authorId\") ");
    await queryRunner.query("DROP INDEX \"IDX_008d02b5891fa5beb30301fd3a\"");
    await queryRunner.query("DROP INDEX \"IDX_e11fa622dc31ed0da6c961830f\"");
    await queryRunner.query("CREATE TABLE \"temporary_service_log\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"projectId\" integer NOT NULL, \"authorId\" integer, \"loggedOn\" date NOT NULL, \"content\" text NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"authorAccountId\" integer, \"authorName\" varchar(100) NOT NULL DEFAULT (''))");
    await queryRunner.query("INSERT INTO \"temporary_service_log\"(\"id\", \"projectId\", \"authorId\", \"loggedOn\", \"content\", \"createdAt\", \"updatedAt\", \"authorAccountId\", \"authorName\") SELECT \"id\", \"projectId\", \"authorId\", \"loggedOn\", \"content\", \"createdAt\", \"updatedAt\", \"authorAccountId\", \"authorName\" FROM \"service_log\"");
    await queryRunner.query("DROP TABLE \"service_log\"");
    await queryRunner.query("ALTER TABLE \"temporary_service_log\" RENAME TO \"service_log\"");
    await queryRunner.query("CREATE INDEX \"IDX_008d02b5891fa5beb30301fd3a\" ON \"service_log\" (\"projectId\", \"loggedOn\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e11fa622dc31ed0da6c961830f\" ON \"service_log\" (\"authorId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_15ab14ecfbbf346a630dcc1adb\" ON \"service_log\" (\"authorAccountId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_40fc7f7f45be198d066ab6bc6d\" ON \"support_entry\" (\"occurredOn\") ");
    await queryRunner.query("DROP INDEX \"IDX_008d02b5891fa5beb30301fd3a\"");
    await queryRunner.query("DROP INDEX \"IDX_e11fa622dc31ed0da6c961830f\"");
    await queryRunner.query("DROP INDEX \"IDX_15ab14ecfbbf346a630dcc1adb\"");
    await queryRunner.query("CREATE TABLE \"temporary_service_log\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"projectId\" integer NOT NULL, \"authorId\" integer, \"loggedOn\" date NOT NULL, \"content\" text NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"authorAccountId\" integer, \"authorName\" varchar(100) NOT NULL DEFAULT (''), CONSTRAINT \"FK_b66b411fb7b91259df71d8ddea8\" FOREIGN KEY (\"projectId\") REFERENCES \"service_project\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_e11fa622dc31ed0da6c961830f5\" FOREIGN KEY (\"authorId\") REFERENCES \"volunteer\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_service_log\"(\"id\", \"projectId\", \"authorId\", \"loggedOn\", \"content\", \"createdAt\", \"updatedAt\", \"authorAccountId\", \"authorName\") SELECT \"id\", \"projectId\", \"authorId\", \"loggedOn\", \"content\", \"createdAt\", \"updatedAt\", \"authorAccountId\", \"authorName\" FROM \"service_log\"");
    await queryRunner.query("DROP TABLE \"service_log\"");
    await queryRunner.query("ALTER TABLE \"temporary_service_log\" RENAME TO \"service_log\"");
    await queryRunner.query("CREATE INDEX \"IDX_008d02b5891fa5beb30301fd3a\" ON \"service_log\" (\"projectId\", \"loggedOn\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e11fa622dc31ed0da6c961830f\" ON \"service_log\" (\"authorId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_15ab14ecfbbf346a630dcc1adb\" ON \"service_log\" (\"authorAccountId\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_15ab14ecfbbf346a630dcc1adb\"");
    await queryRunner.query("DROP INDEX \"IDX_e11fa622dc31ed0da6c961830f\"");
    await queryRunner.query("DROP INDEX \"IDX_008d02b5891fa5beb30301fd3a\"");
    await queryRunner.query("ALTER TABLE \"service_log\" RENAME TO \"temporary_service_log\"");
    await queryRunner.query("CREATE TABLE \"service_log\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"projectId\" integer NOT NULL, \"authorId\" integer, \"loggedOn\" date NOT NULL, \"content\" text NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"authorAccountId\" integer, \"authorName\" varchar(100) NOT NULL DEFAULT (''))");
    await queryRunner.query("INSERT INTO \"service_log\"(\"id\", \"projectId\", \"authorId\", \"loggedOn\", \"content\", \"createdAt\", \"updatedAt\", \"authorAccountId\", \"authorName\") SELECT \"id\", \"projectId\", \"authorId\", \"loggedOn\", \"content\", \"createdAt\", \"updatedAt\", \"authorAccountId\", \"authorName\" FROM \"temporary_service_log\"");
    await queryRunner.query("DROP TABLE \"temporary_service_log\"");
    await queryRunner.query("CREATE INDEX \"IDX_15ab14ecfbbf346a630dcc1adb\" ON \"service_log\" (\"authorAccountId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e11fa622dc31ed0da6c961830f\" ON \"service_log\" (\"authorId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_008d02b5891fa5beb30301fd3a\" ON \"service_log\" (\"projectId\", \"loggedOn\") ");
    await queryRunner.query("DROP INDEX \"IDX_40fc7f7f45be198d066ab6bc6d\"");
    await queryRunner.query("DROP INDEX \"IDX_15ab14ecfbbf346a630dcc1adb\"");
    await queryRunner.query("DROP INDEX \"IDX_e11fa622dc31ed0da6c961830f\"");
    await queryRunner.query("DROP INDEX \"IDX_008d02b5891fa5beb30301fd3a\"");
    await queryRunner.query("ALTER TABLE \"service_log\" RENAME TO \"temporary_service_log\"");
    await queryRunner.query("CREATE TABLE \"service_log\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"projectId\" integer NOT NULL, \"authorId\" integer NOT NULL, \"loggedOn\" date NOT NULL, \"content\" text NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"authorAccountId\" integer, \"authorName\" varchar(100) NOT NULL DEFAULT (''))");
    await queryRunner.query("INSERT INTO \"service_log\"(\"id\", \"projectId\", \"authorId\", \"loggedOn\", \"content\", \"createdAt\", \"updatedAt\", \"authorAccountId\", \"authorName\") SELECT \"id\", \"projectId\", \"authorId\", \"loggedOn\", \"content\", \"createdAt\", \"updatedAt\", \"authorAccountId\", \"authorName\" FROM \"temporary_service_log\"");
    await queryRunner.query("DROP TABLE \"temporary_service_log\"");
    await queryRunner.query("CREATE INDEX \"IDX_e11fa622dc31ed0da6c961830f\" ON \"service_log\" (\"authorId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_008d02b5891fa5beb30301fd3a\" ON \"service_log\" (\"projectId\", \"loggedOn\") ");
    await queryRunner.query("DROP INDEX \"IDX_e11fa622dc31ed0da6c961830f\"");
    await queryRunner.query("DROP INDEX \"IDX_008d02b5891fa5beb30301fd3a\"");
    await queryRunner.query("ALTER TABLE \"service_log\" RENAME TO \"temporary_service_log\"");
    await queryRunner.query("CREATE TABLE \"service_log\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"projectId\" integer NOT NULL, \"authorId\" integer NOT NULL, \"loggedOn\" date NOT NULL, \"content\" text NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"authorAccountId\" integer, \"authorName\" varchar(100) NOT NULL DEFAULT (''), CONSTRAINT \"FK_e11fa622dc31ed0da6c961830f5\" FOREIGN KEY (\"authorId\") REFERENCES \"volunteer\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"service_log\"(\"id\", \"projectId\", \"authorId\", \"loggedOn\", \"content\", \"createdAt\", \"updatedAt\", \"authorAccountId\", \"authorName\") SELECT \"id\", \"projectId\", \"authorId\", \"loggedOn\", \"content\", \"createdAt\", \"updatedAt\", \"authorAccountId\", \"authorName\" FROM \"temporary_service_log\"");
    await queryRunner.query("DROP TABLE \"temporary_service_log\"");
    await queryRunner.query("CREATE INDEX \"IDX_e11fa622dc31ed0da6c961830f\" ON \"service_log\" (\"authorId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_008d02b5891fa5beb30301fd3a\" ON \"service_log\" (\"projectId\", \"loggedOn\") ");
    await queryRunner.query("DROP INDEX \"IDX_ecf086459ef4e5e5e21c698a1f\"");
    await queryRunner.query("DROP INDEX \"IDX_2a7052eb108d266fed989e7b42\"");
    await queryRunner.query("ALTER TABLE \"support_entry\" RENAME TO \"temporary_support_entry\"");
    await queryRunner.query("CREATE TABLE \"support_entry\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"kind\" varchar(16) NOT NULL, \"projectId\" integer NOT NULL, \"siteId\" integer NOT NULL, \"occurredOn\" date NOT NULL, \"amount\" decimal(14,2), \"fundingSource\" varchar(16), \"itemName\" varchar(100), \"quantity\" decimal(12,2), \"quantityUnit\" varchar(20), \"estimatedValue\" decimal(14,2), \"note\" varchar(500), \"recordedById\" integer, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_ab333066c15604bf80436d75ef0\" FOREIGN KEY (\"recordedById\") REFERENCES \"volunteer\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_2a7052eb108d266fed989e7b42c\" FOREIGN KEY (\"siteId\") REFERENCES \"site\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_ecf086459ef4e5e5e21c698a1ff\" FOREIGN KEY (\"projectId\") REFERENCES \"service_project\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"support_entry\"(\"id\", \"kind\", \"projectId\", \"siteId\", \"occurredOn\", \"amount\", \"fundingSource\", \"itemName\", \"quantity\", \"quantityUnit\", \"estimatedValue\", \"note\", \"recordedById\", \"createdAt\") SELECT \"id\", \"kind\", \"projectId\", \"siteId\", \"occurredOn\", \"amount\", \"fundingSource\", \"itemName\", \"quantity\", \"quantityUnit\", \"estimatedValue\", \"note\", \"recordedById\", \"createdAt\" FROM \"temporary_support_entry\"");
    await queryRunner.query("DROP TABLE \"temporary_support_entry\"");
    await queryRunner.query("CREATE INDEX \"IDX_ecf086459ef4e5e5e21c698a1f\" ON \"support_entry\" (\"projectId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_2a7052eb108d266fed989e7b42\" ON \"support_entry\" (\"siteId\") ");
    await queryRunner.query("DROP INDEX \"IDX_e11fa622dc31ed0da6c961830f\"");
    await queryRunner.query("DROP INDEX \"IDX_008d02b5891fa5beb30301fd3a\"");
    await queryRunner.query("ALTER TABLE \"service_log\" RENAME TO \"temporary_service_log\"");
    await queryRunner.query("CREATE TABLE \"service_log\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"projectId\" integer NOT NULL, \"authorId\" integer NOT NULL, \"loggedOn\" date NOT NULL, \"content\" text NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_e11fa622dc31ed0da6c961830f5\" FOREIGN KEY (\"authorId\") REFERENCES \"volunteer\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_b66b411fb7b91259df71d8ddea8\" FOREIGN KEY (\"projectId\") REFERENCES \"service_project\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"service_log\"(\"id\", \"projectId\", \"authorId\", \"loggedOn\", \"content\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"projectId\", \"authorId\", \"loggedOn\", \"content\", \"createdAt\", \"updatedAt\" FROM \"temporary_service_log\"");
    await queryRunner.query("DROP TABLE \"temporary_service_log\"");
    await queryRunner.query("CREATE INDEX \"IDX_e11fa622dc31ed0da6c961830f\" ON \"service_log\" (\"authorId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_008d02b5891fa5beb30301fd3a\" ON \"service_log\" (\"projectId\", \"loggedOn\") ");
  }
}
