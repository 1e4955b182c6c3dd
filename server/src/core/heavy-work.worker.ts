import 'reflect-metadata';
import { parentPort } from 'node:worker_threads';
import { AppError } from './errors';

/**
 * A heavy-work thread (see heavy-work.ts): runs one exported function of a module named by the
 * main thread and answers with its result or its error (coded errors keep code and extensions).
 */
parentPort!.on(
  'message',
  async (message: { id: number; modulePath: string; exportName: string; payload: unknown }) => {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const job = require(message.modulePath)[message.exportName] as (payload: unknown) => unknown;
      const value = await job(message.payload);
      parentPort!.postMessage({ id: message.id, ok: true, value });
    } catch (error) {
      const { http: _http, ...extensions } = error instanceof AppError ? error.extensions : {};
      parentPort!.postMessage({
        id: message.id,
        ok: false,
        error: {
          code: error instanceof AppError ? error.code : undefined,
          message: error instanceof Error ? error.message : String(error),
          extensions,
        },
      });
    }
  },
);
