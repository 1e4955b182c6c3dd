import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StatusReportFiledByAccount1795884781820 implements MigrationInterface {
  name = 'StatusReportFiledByAccount1795884781820';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `status_report` DROP FOREIGN KEY `FK_aefa668687ed5f38449ec3c632e`");
    await queryRunner.query("ALTER TABLE `status_report` CHANGE `submittedById` `submittedByAccountId` int NULL");
    await queryRunner.query("ALTER TABLE `status_report` ADD CONSTRAINT `FK_cba64fc34e61311cedd2f9e393d` FOREIGN KEY (`submittedByAccountId`) REFERENCES `account`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `status_report` DROP FOREIGN KEY `FK_cba64fc34e61311cedd2f9e393d`");
    await queryRunner.query("ALTER TABLE `status_report` CHANGE `submittedByAccountId` `submittedById` int NULL");
    await queryRunner.query("ALTER TABLE `status_report` ADD CONSTRAINT `FK_aefa668687ed5f38449ec3c632e` FOREIGN KEY (`submittedById`) REFERENCES `volunteer`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }
}
