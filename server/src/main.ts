import 'reflect-metadata';
import { ConfigError, loadConfig } from './core/config';
import { startServer } from './app';
import { DatabaseOpenError } from './database';
import { isConsoleBuilt, readyMessage } from './ready-message';

async function main(): Promise<void> {
  const config = loadConfig();
  const where =
    config.database.kind === 'sqlite'
      ? config.database.path
      : `${config.database.kind} ${config.database.host}/${config.database.database}`;
  console.log(`starting on ${where}`);
  const server = await startServer(config);
  for (const line of readyMessage(server, isConsoleBuilt())) console.log(line);
  const shutdown = (signal: string) => {
    console.log(`${signal}: finishing requests in flight, then stopping`);
    server.stop().then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error) => {
  // The operator's mistakes (settings, a database file it cannot use) are said plainly, without a stack.
  console.error(error instanceof ConfigError || error instanceof DatabaseOpenError ? error.message : error);
  process.exit(1);
});
