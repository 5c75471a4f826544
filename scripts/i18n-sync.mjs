#!/usr/bin/env node
/**
 * Compares the translated catalogs (src/i18n/messages/<locale>.json) with the components' source
 * messages (every `defineMessages` in src/components/**\/messages.ts) and reports, per catalog,
 * the ids it lacks, the ids nothing uses any more and how many messages are left in English.
 * (Whether an English text changed since it was translated cannot be seen here: compare with
 * `--english`, which prints the current source.)
 *
 *   node scripts/i18n-sync.mjs            report missing / unused ids (exit 1 if any)
 *   node scripts/i18n-sync.mjs --prune    also drop unused ids and sort every catalog's keys
 *   node scripts/i18n-sync.mjs --english  print the source messages (id, English, description) as JSON
 *
 * Each messages.ts is bundled with esbuild into one temporary ES module (react-intl's
 * `defineMessages` replaced by the identity function it is at run time), then imported.
 */
import { build } from 'esbuild';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const catalogsDir = join(root, 'src/i18n/messages');

/** Every messages.ts under src/components, relative to the repository root. */
async function messageFiles(dir = join(root, 'src/components')) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await messageFiles(path)));
    else if (entry.name === 'messages.ts') found.push(path);
  }
  return found.sort();
}

/** Current source descriptors by id: `{ defaultMessage, description, file }`. */
async function sourceMessages() {
  const files = await messageFiles();
  const entry = files.map((file, i) => `export * as m${i} from ${JSON.stringify(file)};`).join('\n');
  const out = await mkdtemp(join(tmpdir(), 'fcb-i18n-'));
  try {
    const outfile = join(out, 'messages.mjs');
    await build({
      stdin: { contents: entry, resolveDir: root, loader: 'js' },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      outfile,
      logLevel: 'error',
      plugins: [
        {
          name: 'define-messages-identity',
          setup(b) {
            b.onResolve({ filter: /^react-intl$/ }, () => ({ path: 'react-intl', namespace: 'stub' }));
            b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export const defineMessages = (m) => m;', loader: 'js' }));
          },
        },
      ],
    });
    const modules = await import(pathToFileURL(outfile).href);
    const source = new Map();
    files.forEach((file, i) => {
      for (const exported of Object.values(modules[`m${i}`])) {
        if (typeof exported !== 'object' || exported === null) continue;
        for (const d of Object.values(exported)) {
          if (d && typeof d.id === 'string' && typeof d.defaultMessage === 'string') {
            source.set(d.id, { defaultMessage: d.defaultMessage, description: d.description, file: relative(root, file) });
          }
        }
      }
    });
    return source;
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

const sortKeys = (catalog) => Object.fromEntries(Object.entries(catalog).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

const args = new Set(process.argv.slice(2));
const source = await sourceMessages();

if (args.has('--english')) {
  const ids = [...source.keys()].sort();
  process.stdout.write(`${JSON.stringify(Object.fromEntries(ids.map((id) => [id, source.get(id)])), null, 2)}\n`);
  process.exit(0);
}

let problems = 0;
console.log(`${source.size} source messages`);
for (const name of (await readdir(catalogsDir)).filter((f) => f.endsWith('.json')).sort()) {
  const path = join(catalogsDir, name);
  const catalog = JSON.parse(await readFile(path, 'utf8'));
  const missing = [...source.keys()].filter((id) => !(id in catalog)).sort();
  const unused = Object.keys(catalog).filter((id) => !source.has(id)).sort();
  const same = [...source].filter(([id, d]) => catalog[id] === d.defaultMessage && /[a-z]{3}/i.test(d.defaultMessage)).map(([id]) => id);
  const pct = ((100 * same.length) / source.size).toFixed(1);
  console.log(`\n${name}: ${Object.keys(catalog).length} messages, ${same.length} identical to English (${pct}%)`);
  for (const id of missing) console.log(`  missing  ${id}  ${JSON.stringify(source.get(id).defaultMessage).slice(0, 100)}`);
  for (const id of unused) console.log(`  unused   ${id}`);
  problems += missing.length + unused.length;
  if (args.has('--prune')) {
    for (const id of unused) delete catalog[id];
    await writeFile(path, `${JSON.stringify(sortKeys(catalog), null, 2)}\n`);
  }
}
process.exitCode = problems && !args.has('--prune') ? 1 : 0;
