import fs from 'node:fs';
import path from 'node:path';
import type { RunningServer } from './app';
import { defaultConsoleDist } from './console-assets';

/** Whether the console has been built where the server serves it from. */
export function isConsoleBuilt(dist: string = defaultConsoleDist()): boolean {
  return fs.existsSync(path.join(dist, 'index.html'));
}

/**
 * What the server prints once it listens. The last line is the one a newcomer acts on: the console's
 * address and, on demo data whose coordinator still signs in with the published password, who to
 * sign in as.
 */
export function readyMessage(
  server: Pick<RunningServer, 'url' | 'consoleUrl' | 'demoSignIn'>,
  consoleBuilt: boolean,
): string[] {
  const lines = [`GraphQL API and GraphiQL at ${server.url}`];
  if (!consoleBuilt) {
    lines.push(`the web console is not built: run npm run build, then open ${server.consoleUrl}`);
  } else if (server.demoSignIn) {
    const { username, password } = server.demoSignIn;
    lines.push(`open ${server.consoleUrl} and sign in as ${username} (password ${password})`);
  } else {
    lines.push(`web console at ${server.consoleUrl}`);
  }
  return lines;
}
