import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PeopleServedNotEntered1796469575443 implements MigrationInterface {
  name = 'PeopleServedNotEntered1796469575443';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `service_project` CHANGE `peopleServed` `peopleServed` int NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The old column holds no "not entered": such projects go back to the 0 they had before.
    await queryRunner.query("UPDATE `service_project` SET `peopleServed` = 0 WHERE `peopleServed` IS NULL");
    await queryRunner.query("ALTER TABLE `service_project` CHANGE `peopleServed` `peopleServed` int NOT NULL DEFAULT 0");
  }
}
