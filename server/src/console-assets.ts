import fs from 'node:fs';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';

/**
 * The web console (console/, built by `npm run build` into console/dist) served at `/` by the
 * server itself: users sit on intranets, so nothing comes from elsewhere.
 * - `/assets/*`: vite's content-hashed files, cached for a year (a new build has new names);
 * - `index.html`: never cached, so a new build is picked up at the next page load;
 * - any other GET or HEAD that wants HTML and is not an API path: index.html (the console's own
 *   routes, e.g. `/needs`, work on reload and as bookmarks);
 * - console/dist missing (not built): `/` and those routes answer a short page saying how to build
 *   it; the API works as ever.
 */

/** Paths the console never answers for: the API, its downloads and its probes. */
const API_PREFIXES = [
  '/graphql',
  '/graphiql',
  '/session',
  '/healthz',
  '/readyz',
  '/exports',
  '/reports',
  '/archive-exports',
  '/status-reports',
];

const YEAR_SECONDS = 365 * 24 * 3600;

/**
 * console/dist beside the package.json this file runs under: the repository's when run from
 * server/src or compiled into dist/server/src, the image's /app in the Docker image.
 */
export function defaultConsoleDist(): string {
  // Set when the console was built elsewhere (vite.config.mts reads it too); relative to console/.
  const configured = process.env.CONSOLE_DIST;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')))
      return path.resolve(dir, 'console', configured ?? 'dist');
    if (path.dirname(dir) === dir) return path.resolve(__dirname, '../../console/dist');
  }
}

function isApiPath(pathname: string): boolean {
  return API_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8" /><title>控制台尚未构建 · Console not built</title>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.6}code{background:#f4f4f4;padding:0 .3em}</style>
</head>
<body>
<h1>控制台尚未构建</h1>
<p>服务器正在运行，但网页控制台还没有构建。请在项目目录运行 <code>npm run build</code>（或 <code>npm start</code>，它会先构建），然后刷新本页。GraphQL 接口和 GraphiQL 在 <a href="/graphql">/graphql</a>，照常可用。</p>
<h2>The console is not built</h2>
<p>The server is running, but the web console has not been built. Run <code>npm run build</code> (or <code>npm start</code>, which builds first) in the project folder, then reload this page. The GraphQL API and GraphiQL at <a href="/graphql">/graphql</a> work as usual.</p>
</body>
</html>`;

export function consoleAssets(options: { dist?: string } = {}): Router {
  const dist = options.dist ?? defaultConsoleDist();
  const indexFile = path.join(dist, 'index.html');
  const router = express.Router();

  router.use(
    '/assets',
    express.static(path.join(dist, 'assets'), {
      index: false,
      fallthrough: true,
      immutable: true,
      maxAge: YEAR_SECONDS * 1000,
    }),
    // A hashed file this build does not have (an old page after a deploy): 404, never index.html.
    (req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return next();
      res.status(404).type('text/plain').send('not found');
    },
  );
  // Other files vite copied from console/public (the icon): revalidated, they keep their names.
  router.use(
    express.static(dist, {
      index: false,
      fallthrough: true,
      maxAge: 3600 * 1000,
      setHeaders: (res, file) => {
        if (path.basename(file) === 'index.html') res.setHeader('Cache-Control', 'no-cache');
      },
    }),
  );
  router.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (isApiPath(req.path)) return next();
    // Only a browser asking for a page: API clients and scripts keep getting JSON 404s (`/` is
    // the page for anything that takes HTML at all).
    const wantsPage =
      req.path === '/'
        ? Boolean(req.accepts('html'))
        : req.accepts(['application/json', 'text/html']) === 'text/html';
    if (!wantsPage) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }, (error) => {
      if (!error) return;
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !res.headersSent) {
        res.status(503).setHeader('Cache-Control', 'no-store');
        res.type('html').send(NOT_BUILT_PAGE);
        return;
      }
      next(error);
    });
  });
  return router;
}
