import http from 'node:http';

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Parsed JSON, or the text when the answer is not JSON. */
  body: any;
  text: string;
}

/**
 * Sends raw bytes over node:http, optionally from another loopback address, so a test controls
 * exactly what reaches the server (malformed JSON, wrong lengths, forwarded-for headers).
 */
export function sendRaw(
  url: string,
  body: string | Buffer | undefined,
  options: { headers?: Record<string, string>; localAddress?: string; method?: string } = {},
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: options.method ?? (body === undefined ? 'GET' : 'POST'),
        localAddress: options.localAddress,
        headers: {
          ...(body === undefined
            ? {}
            : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) }),
          ...options.headers,
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          let parsed: unknown = text;
          try {
            parsed = text ? JSON.parse(text) : null;
          } catch {
            // not JSON: keep the text
          }
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: parsed, text });
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** POSTs a GraphQL request as JSON. */
export function postGraphQL(
  url: string,
  payload: { query: string; variables?: Record<string, unknown> },
  options: { headers?: Record<string, string>; localAddress?: string } = {},
): Promise<HttpAnswer> {
  return sendRaw(url, JSON.stringify(payload), options);
}
