import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The web console: built into console/dist, which the server itself serves at `/`
// (server/src/console-assets.ts). Nothing is loaded from the internet at run time.
const root = fileURLToPath(new URL('.', import.meta.url));
// `npm run console:dev` talks to a server started with `npm start` (port 4000).
const api = process.env.CONSOLE_API ?? 'http://localhost:4000';
// CONSOLE_DIST builds elsewhere (two checkouts' browser tests on one machine); the server reads the same variable.
const outDir = process.env.CONSOLE_DIST ?? 'dist';

/**
 * `import { Button, Table } from 'antd'` in the console's sources becomes one import per component
 * (`antd/es/button`, `antd/es/table`), as antd's babel-plugin-import once did. Rolldown assigns
 * modules to chunks by what imports them, barrel included: through the 'antd' barrel, the first
 * chunk that imports anything from antd would carry every component any screen uses (the login
 * page would ship the needs board's table and date pickers). Type-only names are dropped.
 */
function antdPerComponent(): Plugin {
  const source = `${root}src/`;
  return {
    name: 'console:antd-per-component',
    enforce: 'pre',
    transform(code, id) {
      if (!id.startsWith(source) || !/\.tsx?$/.test(id)) return null;
      const rewritten = code.replace(/import\s*\{([^}]*)\}\s*from\s*'antd';/g, (_, names: string) =>
        names
          .split(',')
          .map((name) => name.trim())
          .filter((name) => name !== '' && !name.startsWith('type '))
          .map((name) => {
            const [imported, local = imported] = name.split(/\s+as\s+/) as [string, string?];
            const folder = imported.replace(/[A-Z]/g, (c, i: number) => `${i ? '-' : ''}${c.toLowerCase()}`);
            return `import ${local} from 'antd/es/${folder}';`;
          })
          .join(' '),
      );
      return rewritten === code ? null : { code: rewritten, map: null };
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  plugins: [antdPerComponent(), react()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // Hashed file names under assets/: the server caches them for a year, index.html never.
    assetsDir: 'assets',
    reportCompressedSize: true,
    // The budget is what a first screen loads, gzipped (500 KB; `npm run console:size` checks it),
    // not one file's minified size: the shared chunk of React, antd's core and the SDK is ~630 KB.
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: {
      '/graphql': { target: api, ws: true },
      '/session': api,
      '/archive-exports': api,
      '/status-reports': api,
    },
  },
});
