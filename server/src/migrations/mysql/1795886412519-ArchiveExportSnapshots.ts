import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ArchiveExportSnapshots1795886412519 implements MigrationInterface {
  name = 'ArchiveExportSnapshots1795886412519';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `archive_export_issue` (`id` int NOT NULL AUTO_INCREMENT, `exportId` int NOT NULL, `position` int NOT NULL, `serviceRecordId` int NOT NULL, `rule` varchar(40) NOT NULL, `columnName` varchar(40) NOT NULL, `message` varchar(300) NOT NULL, `cells` text NOT NULL, INDEX `IDX_bf211bcfdcff28e359cd36e287` (`serviceRecordId`), UNIQUE INDEX `IDX_053fc0f1738b3cf3344fafb224` (`exportId`, `position`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `archive_export_project` (`id` int NOT NULL AUTO_INCREMENT, `exportId` int NOT NULL, `position` int NOT NULL, `projectId` int NOT NULL, `cells` text NOT NULL, UNIQUE INDEX `IDX_461a8f8c83f893dfd026588f3d` (`exportId`, `position`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("ALTER TABLE `archive_export` ADD `issueCount` int NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `archive_export_item` ADD `cells` text NOT NULL");
    await queryRunner.query("CREATE UNIQUE INDEX `IDX_d196a0f2e395ddc06432778a66` ON `archive_export_item` (`exportId`, `rowNumber`)");
    await queryRunner.query("ALTER TABLE `archive_export_issue` ADD CONSTRAINT `FK_028d761502b6a349a42d842523d` FOREIGN KEY (`exportId`) REFERENCES `archive_export`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `archive_export_issue` ADD CONSTRAINT `FK_bf211bcfdcff28e359cd36e287c` FOREIGN KEY (`serviceRecordId`) REFERENCES `service_record`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `archive_export_project` ADD CONSTRAINT `FK_9eb7aef18f151f63cfd2937afa0` FOREIGN KEY (`exportId`) REFERENCES `archive_export`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `archive_export_project` ADD CONSTRAINT `FK_beeff843de6b3329db231a12ae5` FOREIGN KEY (`projectId`) REFERENCES `service_project`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `archive_export_project` DROP FOREIGN KEY `FK_beeff843de6b3329db231a12ae5`");
    await queryRunner.query("ALTER TABLE `archive_export_project` DROP FOREIGN KEY `FK_9eb7aef18f151f63cfd2937afa0`");
    await queryRunner.query("ALTER TABLE `archive_export_issue` DROP FOREIGN KEY `FK_bf211bcfdcff28e359cd36e287c`");
    await queryRunner.query("ALTER TABLE `archive_export_issue` DROP FOREIGN KEY `FK_028d761502b6a349a42d842523d`");
    await queryRunner.query("DROP INDEX `IDX_d196a0f2e395ddc06432778a66` ON `archive_export_item`");
    await queryRunner.query("ALTER TABLE `archive_export_item` DROP COLUMN `cells`");
    await queryRunner.query("ALTER TABLE `archive_export` DROP COLUMN `issueCount`");
    await queryRunner.query("DROP INDEX `IDX_461a8f8c83f893dfd026588f3d` ON `archive_export_project`");
    await queryRunner.query("DROP TABLE `archive_export_project`");
    await queryRunner.query("DROP INDEX `IDX_053fc0f1738b3cf3344fafb224` ON `archive_export_issue`");
    await queryRunner.query("DROP INDEX `IDX_bf211bcfdcff28e359cd36e287` ON `archive_export_issue`");
    await queryRunner.query("DROP TABLE `archive_export_issue`");
  }
}
