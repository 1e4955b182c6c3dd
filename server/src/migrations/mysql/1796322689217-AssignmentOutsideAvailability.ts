import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AssignmentOutsideAvailability1796322689217 implements MigrationInterface {
  name = 'AssignmentOutsideAvailability1796322689217';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `assignment` ADD `outsideAvailability` tinyint NOT NULL DEFAULT 0");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `assignment` DROP COLUMN `outsideAvailability`");
  }
}
