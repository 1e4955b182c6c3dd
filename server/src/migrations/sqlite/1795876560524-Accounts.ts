import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1795876560524 implements MigrationInterface {
  name = 'Accounts1795876560524';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"account\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"username\" varchar(50) NOT NULL, \"displayName\" varchar(50) NOT NULL, \"passwordHash\" varchar(255) NOT NULL, \"role\" varchar(24) NOT NULL, \"unitId\" integer, \"volunteerId\" integer, \"siteId\" integer, \"active\" boolean NOT NULL DEFAULT (1), \"tokenVersion\" integer NOT NULL DEFAULT (0), \"lastLoginAt\" datetime, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_41dfcb70af895ddf9a53094515\" ON \"account\" (\"username\") ");
    await queryRunner.query("CREATE INDEX \"IDX_2c64250384ab6154b4f563c5fc\" ON \"account\" (\"unitId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_9197d7070c8ed54f0131d1b929\" ON \"account\" (\"volunteerId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_442a452d8fce5138b6e3e923d6\" ON \"account\" (\"siteId\") ");
    await queryRunner.query("CREATE TABLE \"api_token\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"accountId\" integer NOT NULL, \"name\" varchar(100) NOT NULL, \"tokenPrefix\" varchar(12) NOT NULL, \"tokenHash\" varchar(64) NOT NULL, \"expiresAt\" datetime, \"lastUsedAt\" datetime, \"revokedAt\" datetime, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_17e4068b9eb3b7e52334010228\" ON \"api_token\" (\"accountId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_b8d5076cd3f3572829943b3f8a\" ON \"api_token\" (\"tokenHash\") ");
    await queryRunner.query("DROP INDEX \"IDX_41dfcb70af895ddf9a53094515\"");
    await queryRunner.query("DROP INDEX \"IDX_2c64250384ab6154b4f563c5fc\"");
    await queryRunner.query("DROP INDEX \"IDX_9197d7070c8ed54f0131d1b929\"");
    await queryRunner.query("DROP INDEX \"IDX_442a452d8fce5138b6e3e923d6\"");
    await queryRunner.query("CREATE TABLE \"temporary_account\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"username\" varchar(50) NOT NULL, \"displayName\" varchar(50) NOT NULL, \"passwordHash\" varchar(255) NOT NULL, \"role\" varchar(24) NOT NULL, \"unitId\" integer, \"volunteerId\" integer, \"siteId\" integer, \"active\" boolean NOT NULL DEFAULT (1), \"tokenVersion\" integer NOT NULL DEFAULT (0), \"lastLoginAt\" datetime, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_2c64250384ab6154b4f563c5fcc\" FOREIGN KEY (\"unitId\") REFERENCES \"unit\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_9197d7070c8ed54f0131d1b929f\" FOREIGN KEY (\"volunteerId\") REFERENCES \"volunteer\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_442a452d8fce5138b6e3e923d68\" FOREIGN KEY (\"siteId\") REFERENCES \"site\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_account\"(\"id\", \"username\", \"displayName\", \"passwordHash\", \"role\", \"unitId\", \"volunteerId\", \"siteId\", \"active\", \"tokenVersion\", \"lastLoginAt\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"username\", \"displayName\", \"passwordHash\", \"role\", \"unitId\", \"volunteerId\", \"siteId\", \"active\", \"tokenVersion\", \"lastLoginAt\", \"createdAt\", \"updatedAt\" FROM \"account\"");
    await queryRunner.query("DROP TABLE \"account\"");
    await queryRunner.query("ALTER TABLE \"temporary_account\" RENAME TO \"account\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_41dfcb70af895ddf9a53094515\" ON \"account\" (\"username\") ");
    await queryRunner.query("CREATE INDEX \"IDX_2c64250384ab6154b4f563c5fc\" ON \"account\" (\"unitId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_9197d7070c8ed54f0131d1b929\" ON \"account\" (\"volunteerId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_442a452d8fce5138b6e3e923d6\" ON \"account\" (\"siteId\") ");
    await queryRunner.query("DROP INDEX \"IDX_17e4068b9eb3b7e52334010228\"");
    await queryRunner.query("DROP INDEX \"IDX_b8d5076cd3f3572829943b3f8a\"");
    await queryRunner.query("CREATE TABLE \"temporary_api_token\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"accountId\" integer NOT NULL, \"name\" varchar(100) NOT NULL, \"tokenPrefix\" varchar(12) NOT NULL, \"tokenHash\" varchar(64) NOT NULL, \"expiresAt\" datetime, \"lastUsedAt\" datetime, \"revokedAt\" datetime, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_17e4068b9eb3b7e52334010228f\" FOREIGN KEY (\"accountId\") REFERENCES \"account\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_api_token\"(\"id\", \"accountId\", \"name\", \"tokenPrefix\", \"tokenHash\", \"expiresAt\", \"lastUsedAt\", \"revokedAt\", \"createdAt\") SELECT \"id\", \"accountId\", \"name\", \"tokenPrefix\", \"tokenHash\", \"expiresAt\", \"lastUsedAt\", \"revokedAt\", \"createdAt\" FROM \"api_token\"");
    await queryRunner.query("DROP TABLE \"api_token\"");
    await queryRunner.query("ALTER TABLE \"temporary_api_token\" RENAME TO \"api_token\"");
    await queryRunner.query("CREATE INDEX \"IDX_17e4068b9eb3b7e52334010228\" ON \"api_token\" (\"accountId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_b8d5076cd3f3572829943b3f8a\" ON \"api_token\" (\"tokenHash\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_b8d5076cd3f3572829943b3f8a\"");
    await queryRunner.query("DROP INDEX \"IDX_17e4068b9eb3b7e52334010228\"");
    await queryRunner.query("ALTER TABLE \"api_token\" RENAME TO \"temporary_api_token\"");
    await queryRunner.query("CREATE TABLE \"api_token\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"accountId\" integer NOT NULL, \"name\" varchar(100) NOT NULL, \"tokenPrefix\" varchar(12) NOT NULL, \"tokenHash\" varchar(64) NOT NULL, \"expiresAt\" datetime, \"lastUsedAt\" datetime, \"revokedAt\" datetime, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"api_token\"(\"id\", \"accountId\", \"name\", \"tokenPrefix\", \"tokenHash\", \"expiresAt\", \"lastUsedAt\", \"revokedAt\", \"createdAt\") SELECT \"id\", \"accountId\", \"name\", \"tokenPrefix\", \"tokenHash\", \"expiresAt\", \"lastUsedAt\", \"revokedAt\", \"createdAt\" FROM \"temporary_api_token\"");
    await queryRunner.query("DROP TABLE \"temporary_api_token\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_b8d5076cd3f3572829943b3f8a\" ON \"api_token\" (\"tokenHash\") ");
    await queryRunner.query("CREATE INDEX \"IDX_17e4068b9eb3b7e52334010228\" ON \"api_token\" (\"accountId\") ");
    await queryRunner.query("DROP INDEX \"IDX_442a452d8fce5138b6e3e923d6\"");
    await queryRunner.query("DROP INDEX \"IDX_9197d7070c8ed54f0131d1b929\"");
    await queryRunner.query("DROP INDEX \"IDX_2c64250384ab6154b4f563c5fc\"");
    await queryRunner.query("DROP INDEX \"IDX_41dfcb70af895ddf9a53094515\"");
    await queryRunner.query("ALTER TABLE \"account\" RENAME TO \"temporary_account\"");
    await queryRunner.query("CREATE TABLE \"account\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"username\" varchar(50) NOT NULL, \"displayName\" varchar(50) NOT NULL, \"passwordHash\" varchar(255) NOT NULL, \"role\" varchar(24) NOT NULL, \"unitId\" integer, \"volunteerId\" integer, \"siteId\" integer, \"active\" boolean NOT NULL DEFAULT (1), \"tokenVersion\" integer NOT NULL DEFAULT (0), \"lastLoginAt\" datetime, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"account\"(\"id\", \"username\", \"displayName\", \"passwordHash\", \"role\", \"unitId\", \"volunteerId\", \"siteId\", \"active\", \"tokenVersion\", \"lastLoginAt\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"username\", \"displayName\", \"passwordHash\", \"role\", \"unitId\", \"volunteerId\", \"siteId\", \"active\", \"tokenVersion\", \"lastLoginAt\", \"createdAt\", \"updatedAt\" FROM \"temporary_account\"");
    await queryRunner.query("DROP TABLE \"temporary_account\"");
    await queryRunner.query("CREATE INDEX \"IDX_442a452d8fce5138b6e3e923d6\" ON \"account\" (\"siteId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_9197d7070c8ed54f0131d1b929\" ON \"account\" (\"volunteerId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_2c64250384ab6154b4f563c5fc\" ON \"account\" (\"unitId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_41dfcb70af895ddf9a53094515\" ON \"account\" (\"username\") ");
    await queryRunner.query("DROP INDEX \"IDX_b8d5076cd3f3572829943b3f8a\"");
    await queryRunner.query("DROP INDEX \"IDX_17e4068b9eb3b7e52334010228\"");
    await queryRunner.query("DROP TABLE \"api_token\"");
    await queryRunner.query("DROP INDEX \"IDX_442a452d8fce5138b6e3e923d6\"");
    await queryRunner.query("DROP INDEX \"IDX_9197d7070c8ed54f0131d1b929\"");
    await queryRunner.query("DROP INDEX \"IDX_2c64250384ab6154b4f563c5fc\"");
    await queryRunner.query("DROP INDEX \"IDX_41dfcb70af895ddf9a53094515\"");
    await queryRunner.query("DROP TABLE \"account\"");
  }
}
