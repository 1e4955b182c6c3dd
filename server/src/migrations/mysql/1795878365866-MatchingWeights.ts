import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MatchingWeights1795878365866 implements MigrationInterface {
  name = 'MatchingWeights1795878365866';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `campaign` ADD `matchingWeights` text NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `campaign` DROP COLUMN `matchingWeights`");
  }
}
