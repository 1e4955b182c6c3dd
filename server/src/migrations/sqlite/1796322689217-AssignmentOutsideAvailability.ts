import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AssignmentOutsideAvailability1796322689217 implements MigrationInterface {
  name = 'AssignmentOutsideAvailability1796322689217';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_5b0c9e7a5d9cc43aaec21728b2\"");
    await queryRunner.query("DROP INDEX \"IDX_e96c3e670c029ab37916dfc822\"");
    await queryRunner.query("CREATE TABLE \"temporary_assignment\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"needId\" integer NOT NULL, \"volunteerId\" integer NOT NULL, \"status\" varchar(16) NOT NULL, \"score\" double, \"declineReason\" varchar(500), \"proposedAt\" datetime NOT NULL, \"confirmedAt\" datetime, \"respondedAt\" datetime, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"cancelledAt\" datetime, \"cancelReason\" varchar(500), \"outsideAvailability\" boolean NOT NULL DEFAULT (0), CONSTRAINT \"FK_f89b7d3045237438de82f4b132f\" FOREIGN KEY (\"needId\") REFERENCES \"service_need\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_5b0c9e7a5d9cc43aaec21728b22\" FOREIGN KEY (\"volunteerId\") REFERENCES \"volunteer\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_assignment\"(\"id\", \"needId\", \"volunteerId\", \"status\", \"score\", \"declineReason\", \"proposedAt\", \"confirmedAt\", \"respondedAt\", \"createdAt\", \"updatedAt\", \"cancelledAt\", \"cancelReason\") SELECT \"id\", \"needId\", \"volunteerId\", \"status\", \"score\", \"declineReason\", \"proposedAt\", \"confirmedAt\", \"respondedAt\", \"createdAt\", \"updatedAt\", \"cancelledAt\", \"cancelReason\" FROM \"assignment\"");
    await queryRunner.query("DROP TABLE \"assignment\"");
    await queryRunner.query("ALTER TABLE \"temporary_assignment\" RENAME TO \"assignment\"");
    await queryRunner.query("CREATE INDEX \"IDX_5b0c9e7a5d9cc43aaec21728b2\" ON \"assignment\" (\"volunteerId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_e96c3e670c029ab37916dfc822\" ON \"assignment\" (\"needId\", \"volunteerId\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_e96c3e670c029ab37916dfc822\"");
    await queryRunner.query("DROP INDEX \"IDX_5b0c9e7a5d9cc43aaec21728b2\"");
    await queryRunner.query("ALTER TABLE \"assignment\" RENAME TO \"temporary_assignment\"");
    await queryRunner.query("CREATE TABLE \"assignment\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"needId\" integer NOT NULL, \"volunteerId\" integer NOT NULL, \"status\" varchar(16) NOT NULL, \"score\" double, \"declineReason\" varchar(500), \"proposedAt\" datetime NOT NULL, \"confirmedAt\" datetime, \"respondedAt\" datetime, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"cancelledAt\" datetime, \"cancelReason\" varchar(500), CONSTRAINT \"FK_f89b7d3045237438de82f4b132f\" FOREIGN KEY (\"needId\") REFERENCES \"service_need\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_5b0c9e7a5d9cc43aaec21728b22\" FOREIGN KEY (\"volunteerId\") REFERENCES \"volunteer\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"assignment\"(\"id\", \"needId\", \"volunteerId\", \"status\", \"score\", \"declineReason\", \"proposedAt\", \"confirmedAt\", \"respondedAt\", \"createdAt\", \"updatedAt\", \"cancelledAt\", \"cancelReason\") SELECT \"id\", \"needId\", \"volunteerId\", \"status\", \"score\", \"declineReason\", \"proposedAt\", \"confirmedAt\", \"respondedAt\", \"createdAt\", \"updatedAt\", \"cancelledAt\", \"cancelReason\" FROM \"temporary_assignment\"");
    await queryRunner.query("DROP TABLE \"temporary_assignment\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_e96c3e670c029ab37916dfc822\" ON \"assignment\" (\"needId\", \"volunteerId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_5b0c9e7a5d9cc43aaec21728b2\" ON \"assignment\" (\"volunteerId\") ");
  }
}
