import type { MigrationInterface, QueryRunner } from 'typeorm';

// One 志愿服务进展情况 per project of a report. status_report.progressText stays: the unit-wide text
// of reports saved before, which no project can claim (see status-report.entity.ts).
export class StatusReportProgress1796456701339 implements MigrationInterface {
  name = 'StatusReportProgress1796456701339';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"status_report_progress\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"reportId\" integer NOT NULL, \"projectId\" integer NOT NULL, \"text\" text NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_36e93514242dbd11dcda2044f62\" FOREIGN KEY (\"reportId\") REFERENCES \"status_report\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_66bb1b6634f20f23c9e8b88128b\" FOREIGN KEY (\"projectId\") REFERENCES \"service_project\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("CREATE INDEX \"IDX_66bb1b6634f20f23c9e8b88128\" ON \"status_report_progress\" (\"projectId\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_ddb3fd42c3b564a6c486197581\" ON \"status_report_progress\" (\"reportId\", \"projectId\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_ddb3fd42c3b564a6c486197581\"");
    await queryRunner.query("DROP INDEX \"IDX_66bb1b6634f20f23c9e8b88128\"");
    await queryRunner.query("DROP TABLE \"status_report_progress\"");
  }
}
