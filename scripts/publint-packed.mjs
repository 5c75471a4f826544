// Packs the package exactly as `npm publish` would, then lints the tarball with publint
// (strict: warnings fail) and checks the entries a host imports are in it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'fcb-pack-'));
try {
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { encoding: 'utf8' });
  const [{ filename, files, size }] = JSON.parse(out);
  const names = new Set(files.map((f) => f.path));
  const required = ['dist/index.js', 'dist/index.d.ts', 'dist/mocks.js', 'dist/mocks/index.d.ts', 'dist/i18n.js', 'dist/i18n/index.d.ts', 'dist/style.css', 'LICENSE', 'README.md'];
  const missing = required.filter((f) => !names.has(f));
  if (missing.length) throw new Error(`The packed package lacks: ${missing.join(', ')}`);
  const leaked = [...names].filter((f) => /(^|\/)(test|stories|node_modules)\//.test(f) || f.endsWith('.tgz'));
  if (leaked.length) throw new Error(`The packed package should not contain: ${leaked.join(', ')}`);
  console.log(`packed ${filename}: ${files.length} files, ${(size / 1024).toFixed(1)} kB`);
  execFileSync('npx', ['publint', 'run', join(dir, filename), '--strict'], { stdio: 'inherit' });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
