#!/usr/bin/env node
/**
 * The long XSS run: every vector of test/security/corpus.ts in every text and URL field of every
 * payload, each field in its own item (VITE_XSS_FULL=1), rendered by every component in headless
 * Chromium. Prints the control line (how many vectors are live when injected directly), the
 * figures line (vectors × fields, items, pages, audits, executions, dangerous attributes) and
 * the verdict. Exit code: vitest's.
 *
 *   node scripts/xss.mjs            # full matrix (several minutes)
 *   node scripts/xss.mjs --batched  # the CI matrix (fields of one kind share an item)
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const batched = process.argv.includes('--batched');
const started = Date.now();
const child = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'browser', 'test/security/xss.browser.test.tsx', '--reporter=dot'], {
  cwd: root,
  env: { ...process.env, VITE_XSS_FULL: batched ? '0' : '1', NODE_ENV: 'test' },
  stdio: ['ignore', 'pipe', 'pipe'],
});

let output = '';
const collect = (chunk) => {
  output += chunk;
  // Progress: the dot reporter's marks (one per finished test), to stderr.
  // eslint-disable-next-line no-control-regex
  const marks = String(chunk).replace(/\u001b\[[0-9;]*m/g, '').replace(/[^·x×]/g, '');
  if (marks) process.stderr.write(marks);
};
child.stdout.on('data', collect);
child.stderr.on('data', collect);
child.on('close', (code) => {
  process.stderr.write('\n');
  // eslint-disable-next-line no-control-regex
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  const lines = plain.split('\n').filter((line) => /^XSS (corpus|control)/.test(line.trim()));
  for (const line of lines) console.log(line.trim());
  const summary = plain.split('\n').filter((line) => /^\s*(Test Files|Tests|Duration)\s/.test(line));
  for (const line of summary) console.log(line.trim());
  if (code !== 0) {
    const failures = plain.split('\n').filter((line) => /FAIL|AssertionError|Error:/.test(line)).slice(0, 40);
    console.log(failures.join('\n'));
  }
  console.log(`${code === 0 ? 'PASS' : 'FAIL'}: ${batched ? 'batched' : 'full'} XSS matrix in ${Math.round((Date.now() - started) / 1000)} s`);
  process.exit(code ?? 1);
});
