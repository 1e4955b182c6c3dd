import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PairingRefusalReason1796407348984 implements MigrationInterface {
  name = 'PairingRefusalReason1796407348984';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `pairing` ADD `refusalReason` varchar(500) NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `pairing` DROP COLUMN `refusalReason`");
  }
}
