import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SiteOwnership1796308651669 implements MigrationInterface {
  name = 'SiteOwnership1796308651669';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `site` ADD `ownerUnitId` int NULL");
    await queryRunner.query("ALTER TABLE `pairing` ADD `status` varchar(16) NOT NULL DEFAULT 'ACTIVE'");
    await queryRunner.query("ALTER TABLE `service_need` ADD `postedByUnitId` int NULL");
    await queryRunner.query("CREATE INDEX `IDX_00e690752bf9eb0f9166bdc5db` ON `site` (`ownerUnitId`)");
    await queryRunner.query("CREATE INDEX `IDX_ac3a9731cb3a97b97b14bb93e9` ON `service_need` (`postedByUnitId`)");
    await queryRunner.query("ALTER TABLE `site` ADD CONSTRAINT `FK_00e690752bf9eb0f9166bdc5dbb` FOREIGN KEY (`ownerUnitId`) REFERENCES `unit`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `service_need` ADD CONSTRAINT `FK_ac3a9731cb3a97b97b14bb93e96` FOREIGN KEY (`postedByUnitId`) REFERENCES `unit`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    // Existing sites are owned by the unit that paired with them first (a live pairing before an
    // ended one); a site nobody paired with stays with the province (NULL). Existing pairings and
    // needs keep counting as before: pairings are ACTIVE by default, needs stay the site's own.
    await queryRunner.query("UPDATE site SET ownerUnitId = (SELECT p.unitId FROM pairing p WHERE p.siteId = site.id ORDER BY CASE WHEN p.endedOn IS NULL THEN 0 ELSE 1 END, p.id LIMIT 1)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `service_need` DROP FOREIGN KEY `FK_ac3a9731cb3a97b97b14bb93e96`");
    await queryRunner.query("ALTER TABLE `site` DROP FOREIGN KEY `FK_00e690752bf9eb0f9166bdc5dbb`");
    await queryRunner.query("DROP INDEX `IDX_ac3a9731cb3a97b97b14bb93e9` ON `service_need`");
    await queryRunner.query("DROP INDEX `IDX_00e690752bf9eb0f9166bdc5db` ON `site`");
    await queryRunner.query("ALTER TABLE `service_need` DROP COLUMN `postedByUnitId`");
    await queryRunner.query("ALTER TABLE `pairing` DROP COLUMN `status`");
    await queryRunner.query("ALTER TABLE `site` DROP COLUMN `ownerUnitId`");
  }
}
