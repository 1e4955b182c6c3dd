import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SupportLedgerAndLogs1795883290291 implements MigrationInterface {
  name = 'SupportLedgerAndLogs1795883290291';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `service_log` ADD `authorAccountId` int NULL");
    await queryRunner.query("ALTER TABLE `service_log` ADD `authorName` varchar(100) NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE `support_entry` ADD `recordedByAccountId` int NULL");
    await queryRunner.query("ALTER TABLE `support_entry` ADD `recordedByName` varchar(100) NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE `support_entry` ADD `voidedAt` datetime NULL");
    await queryRunner.query("ALTER TABLE `support_entry` ADD `voidReason` varchar(500) NULL");
    await queryRunner.query("ALTER TABLE `support_entry` ADD `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)");
    await queryRunner.query("ALTER TABLE `service_log` DROP FOREIGN KEY `FK_e11fa622dc31ed0da6c961830f5`");
    await queryRunner.query("ALTER TABLE `service_log` CHANGE `authorId` `authorId` int NULL");
    await queryRunner.query("CREATE INDEX `IDX_15ab14ecfbbf346a630dcc1adb` ON `service_log` (`authorAccountId`)");
    await queryRunner.query("CREATE INDEX `IDX_40fc7f7f45be198d066ab6bc6d` ON `support_entry` (`occurredOn`)");
    await queryRunner.query("ALTER TABLE `service_log` ADD CONSTRAINT `FK_e11fa622dc31ed0da6c961830f5` FOREIGN KEY (`authorId`) REFERENCES `volunteer`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `service_log` DROP FOREIGN KEY `FK_e11fa622dc31ed0da6c961830f5`");
    await queryRunner.query("DROP INDEX `IDX_40fc7f7f45be198d066ab6bc6d` ON `support_entry`");
    await queryRunner.query("DROP INDEX `IDX_15ab14ecfbbf346a630dcc1adb` ON `service_log`");
    await queryRunner.query("ALTER TABLE `service_log` CHANGE `authorId` `authorId` int NOT NULL");
    await queryRunner.query("ALTER TABLE `service_log` ADD CONSTRAINT `FK_e11fa622dc31ed0da6c961830f5` FOREIGN KEY (`authorId`) REFERENCES `volunteer`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `support_entry` DROP COLUMN `updatedAt`");
    await queryRunner.query("ALTER TABLE `support_entry` DROP COLUMN `voidReason`");
    await queryRunner.query("ALTER TABLE `support_entry` DROP COLUMN `voidedAt`");
    await queryRunner.query("ALTER TABLE `support_entry` DROP COLUMN `recordedByName`");
    await queryRunner.query("ALTER TABLE `support_entry` DROP COLUMN `recordedByAccountId`");
    await queryRunner.query("ALTER TABLE `service_log` DROP COLUMN `authorName`");
    await queryRunner.query("ALTER TABLE `service_log` DROP COLUMN `authorAccountId`");
  }
}
