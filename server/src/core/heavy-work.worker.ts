import 'reflect-metadata';
import { parentPort } from 'node:worker_threads';
import { AppError } from './errors';

/**
 * A heavy-work thread (see heavy-work.ts): runs one exported function of a module named by the
 * main thread and answers with its result or its error (coded errors keep code and extensions).
 */
interface Job {
  id: number;
  modulePath: string;
  exportName: string;
  payload: unknown;
}

async function answer(message: Job): Promise<void> {
  try {
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
}

parentPort!.on('message', (message: Job) => {
  answer(message).catch((error: unknown) => {
    // The error itself could not be sent (its extensions do not clone): its message still goes, so
    // the caller is answered instead of waiting for a reply that never comes.
    parentPort!.postMessage({
      id: message.id,
      ok: false,
      error: { message: error instanceof Error ? error.message : String(error), extensions: {} },
    });
  });
});
