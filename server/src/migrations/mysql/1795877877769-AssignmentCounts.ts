import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AssignmentCounts1795877877769 implements MigrationInterface {
  name = 'AssignmentCounts1795877877769';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `service_need` ADD `confirmedCount` int NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `assignment` ADD `cancelledAt` datetime NULL");
    await queryRunner.query("ALTER TABLE `assignment` ADD `cancelReason` varchar(500) NULL");
    // Places already taken before the count existed (seeded ACCEPTED assignments).
    await queryRunner.query("UPDATE `service_need` SET `confirmedCount` = (SELECT COUNT(*) FROM `assignment` `a` WHERE `a`.`needId` = `service_need`.`id` AND `a`.`status` IN ('CONFIRMED', 'ACCEPTED'))");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `assignment` DROP COLUMN `cancelReason`");
    await queryRunner.query("ALTER TABLE `assignment` DROP COLUMN `cancelledAt`");
    await queryRunner.query("ALTER TABLE `service_need` DROP COLUMN `confirmedCount`");
  }
}
