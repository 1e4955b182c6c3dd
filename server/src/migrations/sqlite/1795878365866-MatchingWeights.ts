import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MatchingWeights1795878365866 implements MigrationInterface {
  name = 'MatchingWeights1795878365866';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_90e7fb1d2a72637281f86ef0c1\"");
    await queryRunner.query("CREATE TABLE \"temporary_campaign\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"year\" integer NOT NULL, \"name\" varchar(200) NOT NULL, \"startsOn\" date NOT NULL, \"endsOn\" date NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"matchingWeights\" text)");
    await queryRunner.query("INSERT INTO \"temporary_campaign\"(\"id\", \"year\", \"name\", \"startsOn\", \"endsOn\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"year\", \"name\", \"startsOn\", \"endsOn\", \"createdAt\", \"updatedAt\" FROM \"campaign\"");
    await queryRunner.query("DROP TABLE \"campaign\"");
    await queryRunner.query("ALTER TABLE \"temporary_campaign\" RENAME TO \"campaign\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_90e7fb1d2a72637281f86ef0c1\" ON \"campaign\" (\"year\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_90e7fb1d2a72637281f86ef0c1\"");
    await queryRunner.query("ALTER TABLE \"campaign\" RENAME TO \"temporary_campaign\"");
    await queryRunner.query("CREATE TABLE \"campaign\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"year\" integer NOT NULL, \"name\" varchar(200) NOT NULL, \"startsOn\" date NOT NULL, \"endsOn\" date NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"campaign\"(\"id\", \"year\", \"name\", \"startsOn\", \"endsOn\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"year\", \"name\", \"startsOn\", \"endsOn\", \"createdAt\", \"updatedAt\" FROM \"temporary_campaign\"");
    await queryRunner.query("DROP TABLE \"temporary_campaign\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_90e7fb1d2a72637281f86ef0c1\" ON \"campaign\" (\"year\") ");
  }
}
