import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NeedServedByTeam1795883347102 implements MigrationInterface {
  name = 'NeedServedByTeam1795883347102';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `service_need` ADD `servedByTeam` tinyint NOT NULL DEFAULT 0");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `service_need` DROP COLUMN `servedByTeam`");
  }
}
