import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1795876560524 implements MigrationInterface {
  name = 'Accounts1795876560524';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `account` (`id` int NOT NULL AUTO_INCREMENT, `username` varchar(50) NOT NULL, `displayName` varchar(50) NOT NULL, `passwordHash` varchar(255) NOT NULL, `role` varchar(24) NOT NULL, `unitId` int NULL, `volunteerId` int NULL, `siteId` int NULL, `active` tinyint NOT NULL DEFAULT 1, `tokenVersion` int NOT NULL DEFAULT '0', `lastLoginAt` datetime NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_41dfcb70af895ddf9a53094515` (`username`), INDEX `IDX_2c64250384ab6154b4f563c5fc` (`unitId`), INDEX `IDX_9197d7070c8ed54f0131d1b929` (`volunteerId`), INDEX `IDX_442a452d8fce5138b6e3e923d6` (`siteId`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `api_token` (`id` int NOT NULL AUTO_INCREMENT, `accountId` int NOT NULL, `name` varchar(100) NOT NULL, `tokenPrefix` varchar(12) NOT NULL, `tokenHash` varchar(64) NOT NULL, `expiresAt` datetime NULL, `lastUsedAt` datetime NULL, `revokedAt` datetime NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_17e4068b9eb3b7e52334010228` (`accountId`), UNIQUE INDEX `IDX_b8d5076cd3f3572829943b3f8a` (`tokenHash`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("ALTER TABLE `account` ADD CONSTRAINT `FK_2c64250384ab6154b4f563c5fcc` FOREIGN KEY (`unitId`) REFERENCES `unit`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `account` ADD CONSTRAINT `FK_9197d7070c8ed54f0131d1b929f` FOREIGN KEY (`volunteerId`) REFERENCES `volunteer`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `account` ADD CONSTRAINT `FK_442a452d8fce5138b6e3e923d68` FOREIGN KEY (`siteId`) REFERENCES `site`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `api_token` ADD CONSTRAINT `FK_17e4068b9eb3b7e52334010228f` FOREIGN KEY (`accountId`) REFERENCES `account`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `api_token` DROP FOREIGN KEY `FK_17e4068b9eb3b7e52334010228f`");
    await queryRunner.query("ALTER TABLE `account` DROP FOREIGN KEY `FK_442a452d8fce5138b6e3e923d68`");
    await queryRunner.query("ALTER TABLE `account` DROP FOREIGN KEY `FK_9197d7070c8ed54f0131d1b929f`");
    await queryRunner.query("ALTER TABLE `account` DROP FOREIGN KEY `FK_2c64250384ab6154b4f563c5fcc`");
    await queryRunner.query("DROP INDEX `IDX_b8d5076cd3f3572829943b3f8a` ON `api_token`");
    await queryRunner.query("DROP INDEX `IDX_17e4068b9eb3b7e52334010228` ON `api_token`");
    await queryRunner.query("DROP TABLE `api_token`");
    await queryRunner.query("DROP INDEX `IDX_442a452d8fce5138b6e3e923d6` ON `account`");
    await queryRunner.query("DROP INDEX `IDX_9197d7070c8ed54f0131d1b929` ON `account`");
    await queryRunner.query("DROP INDEX `IDX_2c64250384ab6154b4f563c5fc` ON `account`");
    await queryRunner.query("DROP INDEX `IDX_41dfcb70af895ddf9a53094515` ON `account`");
    await queryRunner.query("DROP TABLE `account`");
  }
}
