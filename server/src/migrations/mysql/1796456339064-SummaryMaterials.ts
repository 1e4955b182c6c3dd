import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SummaryMaterials1796456339064 implements MigrationInterface {
  name = 'SummaryMaterials1796456339064';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `summary_materials` (`id` int NOT NULL AUTO_INCREMENT, `unitId` int NOT NULL, `campaignId` int NOT NULL, `fileName` varchar(200) NOT NULL, `byteSize` int NOT NULL, `sha256` varchar(64) NOT NULL, `submittedAt` datetime NOT NULL, `submittedByAccountId` int NULL, `uploadCount` int NOT NULL DEFAULT '1', `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_abd4f7bed21b7e347d9eada66d` (`campaignId`), UNIQUE INDEX `IDX_0736b3b4af74f60d5b1b74d27e` (`unitId`, `campaignId`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `summary_materials_chunk` (`id` int NOT NULL AUTO_INCREMENT, `materialsId` int NOT NULL, `seq` int NOT NULL, `bytes` blob NOT NULL, UNIQUE INDEX `IDX_6097016bdc57c126c880c73a33` (`materialsId`, `seq`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("ALTER TABLE `summary_materials` ADD CONSTRAINT `FK_115143277b2ee22ef15f75a99b6` FOREIGN KEY (`unitId`) REFERENCES `unit`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `summary_materials` ADD CONSTRAINT `FK_abd4f7bed21b7e347d9eada66d8` FOREIGN KEY (`campaignId`) REFERENCES `campaign`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `summary_materials` ADD CONSTRAINT `FK_c325580f209442ac3eff4028a74` FOREIGN KEY (`submittedByAccountId`) REFERENCES `account`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `summary_materials_chunk` ADD CONSTRAINT `FK_0701b7f3be7484fbb86736ef843` FOREIGN KEY (`materialsId`) REFERENCES `summary_materials`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `summary_materials_chunk` DROP FOREIGN KEY `FK_0701b7f3be7484fbb86736ef843`");
    await queryRunner.query("ALTER TABLE `summary_materials` DROP FOREIGN KEY `FK_c325580f209442ac3eff4028a74`");
    await queryRunner.query("ALTER TABLE `summary_materials` DROP FOREIGN KEY `FK_abd4f7bed21b7e347d9eada66d8`");
    await queryRunner.query("ALTER TABLE `summary_materials` DROP FOREIGN KEY `FK_115143277b2ee22ef15f75a99b6`");
    await queryRunner.query("DROP INDEX `IDX_6097016bdc57c126c880c73a33` ON `summary_materials_chunk`");
    await queryRunner.query("DROP TABLE `summary_materials_chunk`");
    await queryRunner.query("DROP INDEX `IDX_0736b3b4af74f60d5b1b74d27e` ON `summary_materials`");
    await queryRunner.query("DROP INDEX `IDX_abd4f7bed21b7e347d9eada66d` ON `summary_materials`");
    await queryRunner.query("DROP TABLE `summary_materials`");
  }
}
