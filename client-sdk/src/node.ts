import WebSocket from 'ws';
import { Client, type ClientOptions } from './client';
import { downloadTo } from './download';
import { Transport } from './transport';

/**
 * The SDK for Node: the core (`@union-volunteer/client-sdk`, browser-safe: fetch and WebSocket
 * only) plus what needs Node — the `ws` WebSocket for Node 20, and downloads streamed to disk.
 *
 * @example
 * ```ts
 * import { createClient } from '@union-volunteer/client-sdk/node';
 * const client = createClient({ url: 'http://localhost:4000/graphql', token });
 * await client.exports.download(batch.downloads.xlsx, 'export.xlsx');
 * ```
 */
export * from './index';

/** Saves a download (exports, reports) to a file, streaming: returns the bytes written. */
type SaveTo = (downloadPath: string, file: string) => Promise<number>;

export class NodeClient extends Client {
  declare readonly exports: Client['exports'] & {
    /**
     * Streams one of a batch's files (a path from `batch.downloads`) to a file on disk, never holding
     * it in memory; returns the bytes written.
     * @example `await client.exports.download(batch.downloads.xlsx, 'export.xlsx');`
     */
    download: SaveTo;
  };
  declare readonly reports: Client['reports'] & {
    /**
     * Saves a report as the form's spreadsheet (CSV) to disk, from its `downloadPath`.
     * @example `await client.reports.download(filed.downloadPath, '调度表.csv');`
     */
    download: SaveTo;
  };

  constructor(transport: Transport) {
    super(transport, WebSocket);
    const download: SaveTo = (downloadPath, file) => downloadTo(this.transport, downloadPath, file);
    Object.assign(this.exports, { download });
    Object.assign(this.reports, { download });
  }
}

/** A client for Node: subscriptions over `ws`, downloads to files. */
export function createClient(options: ClientOptions): NodeClient {
  return new NodeClient(new Transport(options));
}
