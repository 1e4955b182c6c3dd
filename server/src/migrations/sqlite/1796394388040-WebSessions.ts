import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WebSessions1796394388040 implements MigrationInterface {
  name = 'WebSessions1796394388040';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"web_session\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"accountId\" integer NOT NULL, \"secretHash\" varchar(64) NOT NULL, \"tokenVersion\" integer NOT NULL, \"createdAt\" datetime(3) NOT NULL, \"expiresAt\" datetime(3) NOT NULL, \"endedAt\" datetime(3))");
    await queryRunner.query("CREATE INDEX \"IDX_4b440cbff5372f2cee2edbdd74\" ON \"web_session\" (\"accountId\") ");
    await queryRunner.query("DROP INDEX \"IDX_4b440cbff5372f2cee2edbdd74\"");
    await queryRunner.query("CREATE TABLE \"temporary_web_session\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"accountId\" integer NOT NULL, \"secretHash\" varchar(64) NOT NULL, \"tokenVersion\" integer NOT NULL, \"createdAt\" datetime(3) NOT NULL, \"expiresAt\" datetime(3) NOT NULL, \"endedAt\" datetime(3), CONSTRAINT \"FK_4b440cbff5372f2cee2edbdd746\" FOREIGN KEY (\"accountId\") REFERENCES \"account\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_web_session\"(\"id\", \"accountId\", \"secretHash\", \"tokenVersion\", \"createdAt\", \"expiresAt\", \"endedAt\") SELECT \"id\", \"accountId\", \"secretHash\", \"tokenVersion\", \"createdAt\", \"expiresAt\", \"endedAt\" FROM \"web_session\"");
    await queryRunner.query("DROP TABLE \"web_session\"");
    await queryRunner.query("ALTER TABLE \"temporary_web_session\" RENAME TO \"web_session\"");
    await queryRunner.query("CREATE INDEX \"IDX_4b440cbff5372f2cee2edbdd74\" ON \"web_session\" (\"accountId\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_4b440cbff5372f2cee2edbdd74\"");
    await queryRunner.query("ALTER TABLE \"web_session\" RENAME TO \"temporary_web_session\"");
    await queryRunner.query("CREATE TABLE \"web_session\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"accountId\" integer NOT NULL, \"secretHash\" varchar(64) NOT NULL, \"tokenVersion\" integer NOT NULL, \"createdAt\" datetime(3) NOT NULL, \"expiresAt\" datetime(3) NOT NULL, \"endedAt\" datetime(3))");
    await queryRunner.query("INSERT INTO \"web_session\"(\"id\", \"accountId\", \"secretHash\", \"tokenVersion\", \"createdAt\", \"expiresAt\", \"endedAt\") SELECT \"id\", \"accountId\", \"secretHash\", \"tokenVersion\", \"createdAt\", \"expiresAt\", \"endedAt\" FROM \"temporary_web_session\"");
    await queryRunner.query("DROP TABLE \"temporary_web_session\"");
    await queryRunner.query("CREATE INDEX \"IDX_4b440cbff5372f2cee2edbdd74\" ON \"web_session\" (\"accountId\") ");
    await queryRunner.query("DROP INDEX \"IDX_4b440cbff5372f2cee2edbdd74\"");
    await queryRunner.query("DROP TABLE \"web_session\"");
  }
}
