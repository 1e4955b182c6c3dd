import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RecordedByAccount1796455876614 implements MigrationInterface {
  name = 'RecordedByAccount1796455876614';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `service_record` ADD `recordedByAccountId` int NULL");
    await queryRunner.query("ALTER TABLE `service_record` ADD CONSTRAINT `FK_8093868cdc17c90bd64d9a6cf85` FOREIGN KEY (`recordedByAccountId`) REFERENCES `account`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `service_record` DROP FOREIGN KEY `FK_8093868cdc17c90bd64d9a6cf85`");
    await queryRunner.query("ALTER TABLE `service_record` DROP COLUMN `recordedByAccountId`");
  }
}
