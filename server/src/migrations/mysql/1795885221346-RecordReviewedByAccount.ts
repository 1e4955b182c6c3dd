import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RecordReviewedByAccount1795885221346 implements MigrationInterface {
  name = 'RecordReviewedByAccount1795885221346';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `service_record` ADD `reviewedByAccountId` int NULL");
    await queryRunner.query("ALTER TABLE `service_record` ADD CONSTRAINT `FK_21ed46fe42c301bb25b6638dc3e` FOREIGN KEY (`reviewedByAccountId`) REFERENCES `account`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `service_record` DROP FOREIGN KEY `FK_21ed46fe42c301bb25b6638dc3e`");
    await queryRunner.query("ALTER TABLE `service_record` DROP COLUMN `reviewedByAccountId`");
  }
}
