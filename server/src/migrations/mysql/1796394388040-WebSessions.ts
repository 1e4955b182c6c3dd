import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WebSessions1796394388040 implements MigrationInterface {
  name = 'WebSessions1796394388040';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `web_session` (`id` int NOT NULL AUTO_INCREMENT, `accountId` int NOT NULL, `secretHash` varchar(64) NOT NULL, `tokenVersion` int NOT NULL, `createdAt` datetime(3) NOT NULL, `expiresAt` datetime(3) NOT NULL, `endedAt` datetime(3) NULL, INDEX `IDX_4b440cbff5372f2cee2edbdd74` (`accountId`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("ALTER TABLE `web_session` ADD CONSTRAINT `FK_4b440cbff5372f2cee2edbdd746` FOREIGN KEY (`accountId`) REFERENCES `account`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `web_session` DROP FOREIGN KEY `FK_4b440cbff5372f2cee2edbdd746`");
    await queryRunner.query("DROP INDEX `IDX_4b440cbff5372f2cee2edbdd74` ON `web_session`");
    await queryRunner.query("DROP TABLE `web_session`");
  }
}
