import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isConsoleBuilt, readyMessage } from '../../server/src/ready-message';

const server = {
  url: 'http://localhost:4000/graphql',
  consoleUrl: 'http://localhost:4000/',
  demoSignIn: { username: 'jinan', password: 'volunteer-demo-2019' },
};

describe('the message the server prints once it listens', () => {
  it('ends by telling a newcomer to open the console and sign in as the demo coordinator', () => {
    const lines = readyMessage(server, true);
    expect(lines[0]).toBe('GraphQL API and GraphiQL at http://localhost:4000/graphql');
    expect(lines.at(-1)).toBe(
      'open http://localhost:4000/ and sign in as jinan (password volunteer-demo-2019)',
    );
  });

  it('names no account when the demo sign-in no longer works', () => {
    expect(readyMessage({ ...server, demoSignIn: null }, true).at(-1)).toBe(
      'web console at http://localhost:4000/',
    );
  });

  it('says how to build the console when it is not built, instead of sending anyone to it', () => {
    expect(readyMessage(server, false).at(-1)).toBe(
      'the web console is not built: run npm run build, then open http://localhost:4000/',
    );
  });

  it('finds the console built only where its index.html is', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-dist-'));
    try {
      expect(isConsoleBuilt(dir)).toBe(false);
      fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
      expect(isConsoleBuilt(dir)).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
