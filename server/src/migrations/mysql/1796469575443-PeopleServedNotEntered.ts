import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PeopleServedNotEntered1796469575443 implements MigrationInterface {
  name = 'PeopleServedNotEntered1796469575443';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `service_project` CHANGE `peopleServed` `peopleServed` int NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `service_project` CHANGE `peopleServed` `peopleServed` int NOT NULL DEFAULT 0");
  }
}
