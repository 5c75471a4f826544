import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Serves and emits the installed Paragon theme CSS as-is under /paragon/ (frontend-build copies
 * it into dist/ the same way): frontend-platform loads it at runtime from PARAGON_THEME_URLS.
 */
function paragonThemeFiles(): Plugin {
  const files: Record<string, string> = {
    'paragon/core.min.css': here('./node_modules/@openedx/paragon/dist/core.min.css'),
    'paragon/light.min.css': here('./node_modules/@openedx/paragon/dist/light.min.css'),
  };
  return {
    name: 'paragon-theme-files',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const file = files[(request.url ?? '').replace(/^\//, '')];
        if (!file) return next();
        response.setHeader('Content-Type', 'text/css');
        response.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const [fileName, file] of Object.entries(files)) this.emitFile({ type: 'asset', fileName, source: readFileSync(file) });
    },
  };
}

/**
 * What @openedx/frontend-build's webpack config does for an MFE, done with Vite:
 * - `process.env.*` from the .env files (frontend-platform's getConfig() reads them);
 * - the `env.config` alias: frontend-platform's initialize() imports the MFE's env.config.jsx;
 * - `hooks` resolves to src/hooks.ts, as the learner dashboard resolves bare imports from src/;
 * - Paragon's theme CSS is copied as-is for runtime loading (see paragonThemeFiles).
 */
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, here('.'), '');
  const processEnv = Object.fromEntries(
    Object.entries(env).filter(([key]) => /^[A-Z][A-Z0-9_]*$/.test(key) && !key.startsWith('VITE_')),
  );
  processEnv.NODE_ENV = mode === 'development' ? 'development' : 'production';
  return {
    plugins: [react(), paragonThemeFiles()],
    define: {
      'process.env': JSON.stringify(processEnv),
      global: 'globalThis',
      // frontend-build's description of the installed Paragon theme (the runtime fallback when a
      // PARAGON_THEME_URLS entry fails to load): the files paragonThemeFiles() emits.
      PARAGON_THEME: JSON.stringify({
        paragon: {
          version: JSON.parse(readFileSync(here('./node_modules/@openedx/paragon/package.json'), 'utf8')).version,
          themeUrls: {
            core: { fileName: 'paragon/core.min.css' },
            defaults: { light: 'light' },
            variants: { light: { fileName: 'paragon/light.min.css' } },
          },
        },
        brand: null,
      }),
    },
    resolve: {
      alias: {
        'env.config': here('./env.config.jsx'),
        hooks: here('./src/hooks.ts'),
      },
    },
    build: {
      target: 'es2020',
      chunkSizeWarningLimit: 2000,
      rolldownOptions: {
        // Open edX packages mix CommonJS (frontend-plugin-framework) and ES modules that import
        // each other in a cycle through env.config (frontend-platform's initialize() imports it,
        // it imports the plugin framework, which imports frontend-platform). Webpack runs modules
        // in import order; Rolldown must be told to, or env.config reads PLUGIN_OPERATIONS from a
        // half-loaded plugin framework.
        output: { strictExecutionOrder: true },
      },
    },
  };
});
