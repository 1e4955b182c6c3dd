import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ArchiveExportSharedCells1795893165679 implements MigrationInterface {
  name = 'ArchiveExportSharedCells1795893165679';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `archive_export_person` (`id` int NOT NULL AUTO_INCREMENT, `exportId` int NOT NULL, `volunteerId` int NOT NULL, `cells` text NOT NULL, UNIQUE INDEX `IDX_52cf4e51bb640160b6088a5ec3` (`exportId`, `volunteerId`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("CREATE TABLE `archive_export_post` (`id` int NOT NULL AUTO_INCREMENT, `exportId` int NOT NULL, `postId` int NOT NULL, `projectId` int NOT NULL, `cells` text NOT NULL, UNIQUE INDEX `IDX_ca71c70b1d4823f34c4344d990` (`exportId`, `postId`), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    await queryRunner.query("ALTER TABLE `archive_export_item` ADD `volunteerId` int NULL");
    await queryRunner.query("ALTER TABLE `archive_export_item` ADD `postId` int NULL");
    await queryRunner.query("ALTER TABLE `archive_export_person` ADD CONSTRAINT `FK_526c7aa66e90aa48ad8965edce2` FOREIGN KEY (`exportId`) REFERENCES `archive_export`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `archive_export_post` ADD CONSTRAINT `FK_0a28652fe2a5bc283dfdbbf6310` FOREIGN KEY (`exportId`) REFERENCES `archive_export`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `archive_export_post` DROP FOREIGN KEY `FK_0a28652fe2a5bc283dfdbbf6310`");
    await queryRunner.query("ALTER TABLE `archive_export_person` DROP FOREIGN KEY `FK_526c7aa66e90aa48ad8965edce2`");
    await queryRunner.query("ALTER TABLE `archive_export_item` DROP COLUMN `postId`");
    await queryRunner.query("ALTER TABLE `archive_export_item` DROP COLUMN `volunteerId`");
    await queryRunner.query("DROP INDEX `IDX_ca71c70b1d4823f34c4344d990` ON `archive_export_post`");
    await queryRunner.query("DROP TABLE `archive_export_post`");
    await queryRunner.query("DROP INDEX `IDX_52cf4e51bb640160b6088a5ec3` ON `archive_export_person`");
    await queryRunner.query("DROP TABLE `archive_export_person`");
  }
}
