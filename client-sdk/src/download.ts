import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { SdkError } from './errors';
import type { Transport } from './transport';

/**
 * Node only (see node.ts). GETs a file the server streams (exports, reports) with the client's token
 * and pipes it to disk,
 * so a million-row export never sits in memory. Refusals come back as SdkError with the server's
 * code and the HTTP status (UNAUTHENTICATED 401, FORBIDDEN 403, NOT_FOUND 404, …).
 */
export async function downloadTo(transport: Transport, downloadPath: string, file: string): Promise<number> {
  const response = await transport.get(downloadPath);
  if (!response.body)
    throw new SdkError('the server sent no file', 'INVALID_RESPONSE', null, {}, response.status);
  let bytes = 0;
  const body = Readable.fromWeb(response.body as unknown as WebReadableStream<Uint8Array>);
  body.on('data', (chunk: Buffer) => (bytes += chunk.length));
  await pipeline(body, createWriteStream(file));
  return bytes;
}
