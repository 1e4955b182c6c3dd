import fs from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { consoleAssets } from '../../server/src/console-assets';

/** The web console's files as the server serves them at `/` (server/src/console-assets.ts). */
describe('console assets', () => {
  const servers: http.Server[] = [];
  afterAll(() => Promise.all(servers.map((s) => new Promise((done) => s.close(done)))));

  async function serve(dist: string): Promise<string> {
    const app = express();
    app.use(consoleAssets({ dist }));
    // Stands for the API routes and the JSON 404 that follow in app.ts.
    app.use((_req, res) => {
      res.status(404).json({ errors: [{ message: 'not found', extensions: { code: 'NOT_FOUND' } }] });
    });
    const server = await new Promise<http.Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    servers.push(server);
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

  function builtDist(): string {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'console-dist-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>控制台</title>');
    fs.writeFileSync(path.join(dist, 'assets', 'index-AbC123.js'), 'console.log(1)');
    fs.writeFileSync(path.join(dist, 'favicon.svg'), '<svg/>');
    return dist;
  }

  it('serves index.html uncached at / and at the console’s own routes, hashed assets for a year', async () => {
    const base = await serve(builtDist());
    for (const route of ['/', '/needs', '/needs?campaign=2']) {
      const page = await fetch(`${base}${route}`, { headers: html });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(await page.text()).toContain('控制台');
    }
    const asset = await fetch(`${base}/assets/index-AbC123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${base}/favicon.svg`)).status).toBe(200);
    // An old page's asset after a new build: a plain 404, not the page.
    const gone = await fetch(`${base}/assets/index-Old999.js`, { headers: html });
    expect(gone.status).toBe(404);
    expect(await gone.text()).not.toContain('控制台');
  });

  it('leaves the API, its downloads, probes and non-page requests to the routes after it', async () => {
    const base = await serve(builtDist());
    for (const route of [
      '/graphql',
      '/session',
      '/healthz',
      '/readyz',
      '/archive-exports/1/records.csv',
      '/status-reports/1/report.csv',
      '/exports/1',
      '/reports/1',
    ]) {
      const response = await fetch(`${base}${route}`, { headers: html });
      expect([route, response.status]).toEqual([route, 404]);
      expect(response.headers.get('content-type')).toMatch(/json/);
    }
    expect((await fetch(`${base}/needs`, { headers: { accept: 'application/json' } })).status).toBe(404);
    expect((await fetch(`${base}/needs`, { method: 'POST', headers: html })).status).toBe(404);
  });

  it('says how to build the console when console/dist is missing, instead of failing', async () => {
    const base = await serve(path.join(os.tmpdir(), 'no-such-console-dist'));
    for (const route of ['/', '/needs']) {
      const page = await fetch(`${base}${route}`, { headers: html });
      expect(page.status).toBe(503);
      const text = await page.text();
      expect(text).toContain('npm run build');
      expect(text).toContain('控制台尚未构建');
    }
    expect((await fetch(`${base}/graphql`, { headers: html })).status).toBe(404);
  });
});
