#!/usr/bin/env node
// End-to-end test runner: serves dist/ with tests/e2e/serve.mjs on a free 127.0.0.1 port, starts
// Debian's headless Chromium through playwright-core (no browser download) and runs every
// tests/e2e/*.test.mjs (see lib.mjs for the test shape and helpers).
//
//   node tests/e2e/run.mjs [SUBSTRING...]    only files or tests whose "file › name" contains one
//   E2E_DIST=dir  E2E_TIMEOUT_MS=60000        overrides
//
// The last line printed is always "N passed, M failed"; the exit code is non-zero on any failure
// (and when no test ran).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, E2E_DIR, collectTests, launchBrowser, makeHelpers, startServer } from './lib.mjs';

const TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS || 60_000);
const filters = process.argv.slice(2);

let passed = 0;
let failed = 0;
let server;
let browser;

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function indent(text) {
  return String(text)
    .split('\n')
    .map((l) => `     ${l}`)
    .join('\n');
}

async function main() {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`${DIST}/index.html not found: build first (bash scripts/build.sh)`);
  }
  const files = fs
    .readdirSync(E2E_DIR)
    .filter((f) => f.endsWith('.test.mjs'))
    .sort();
  if (!files.length) throw new Error(`no *.test.mjs files in ${E2E_DIR}`);

  server = await startServer(DIST);
  browser = await launchBrowser();
  console.log(`e2e: ${DIST} served at ${server.url}, Chromium ${browser.version()}`);

  for (const file of files) {
    const mod = await import(pathToFileURL(path.join(E2E_DIR, file)).href);
    const label = file.replace(/\.test\.mjs$/, '');
    for (const { name, fn } of collectTests(mod, file)) {
      const full = `${label} › ${name}`;
      if (filters.length && !filters.some((f) => full.includes(f))) continue;
      const h = makeHelpers(browser, server.url);
      const t0 = Date.now();
      try {
        await withTimeout(Promise.resolve().then(() => fn(h)), TIMEOUT_MS, full);
        passed++;
        console.log(`ok   ${full} (${Date.now() - t0} ms)`);
      } catch (e) {
        failed++;
        console.log(`FAIL ${full} (${Date.now() - t0} ms)`);
        console.log(indent(e && e.stack ? e.stack : e));
      } finally {
        await h.closeAll();
      }
    }
  }
}

try {
  await main();
} catch (e) {
  failed++;
  console.log(`FAIL e2e runner: ${e && e.message ? e.message : e}`);
} finally {
  if (browser) await browser.close().catch(() => {});
  if (server) await server.stop().catch(() => {});
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed || !passed ? 1 : 0);
