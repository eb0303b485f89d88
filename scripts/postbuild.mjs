#!/usr/bin/env node
// Trunk post_build hook (Trunk.toml [[hooks]]): works on the staged build in $TRUNK_STAGING_DIR
// (or the directory given as the first argument) before Trunk moves it to dist/. One step per
// job, in scripts/postbuild/, run in this order:
//
//   1. full.mjs         the full wasm (src/bin/cbcc-full.rs) and its glue get hashed names, which
//                       the loader in index.html is given;
//   2. embed.mjs        embed.js, iframe-host.js, the demo portal, provinces/<id>.json (early:
//                       the service worker must list them);
//   3. rules-date.mjs   index.html: the date the rules were last checked, on #offline-status;
//   4. csp.mjs          index.html: the SHA-256 of every inline script (Trunk's loader) in the
//                       Content-Security-Policy meta;
//   5. single-file.mjs  cbcc-tu-danh-gia.html, the single-file copy for file:// (made from the
//                       finished, readable index.html, the page's own glue and wasm, and CSS);
//   6. minify.mjs       the first load minified with esbuild (glue, CSS, sw-register.js,
//                       index.html's comments), for the first-load budget of issues 7 and 12,
//                       and the full wasm's glue;
//   7. sw.mjs           sw.js: web/sw.js with the exact list of built files and their SHA-256.
//
// html.mjs holds what the steps share. Also a library: the e2e tests import writeServiceWorker()
// to make a second version of a build. Dependencies: Node, and esbuild (npm) for step 6.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { nameFullWasm } from './postbuild/full.mjs';
import { postbuildEmbed } from './postbuild/embed.mjs';
import { isMain } from './postbuild/html.mjs';
import { rulesCheckedOn, markRulesDate } from './postbuild/rules-date.mjs';
import { addScriptHashes } from './postbuild/csp.mjs';
import { SINGLE_FILE, singleFileHtml } from './postbuild/single-file.mjs';
import { minifyFirstLoad } from './postbuild/minify.mjs';
import { SW_FILE, writeServiceWorker } from './postbuild/sw.mjs';

export { REPO } from './postbuild/html.mjs';
export { inlineScriptHashes, inlineStyleHashes } from './postbuild/csp.mjs';
export { dropCommentLines } from './postbuild/sw.mjs';
export { rulesCheckedOn, SINGLE_FILE, singleFileHtml, minifyFirstLoad, SW_FILE, writeServiceWorker };

/** index.html: the rules date on #offline-status and the inline scripts' hashes in the CSP. */
export function finishIndex(html, rulesDate) {
  return addScriptHashes(markRulesDate(html, rulesDate));
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

export async function postbuild(dir, { publicUrl = '/', log = console.log } = {}) {
  const full = nameFullWasm(dir);
  log(`[postbuild] the full wasm: ${full.wasm}, ${full.glue}`);
  postbuildEmbed(dir, { log });

  const indexPath = path.join(dir, 'index.html');
  const rulesDate = rulesCheckedOn();
  fs.writeFileSync(indexPath, finishIndex(fs.readFileSync(indexPath, 'utf8'), rulesDate));

  const single = singleFileHtml(dir, publicUrl);
  fs.writeFileSync(path.join(dir, SINGLE_FILE), single);
  const raw = Buffer.byteLength(single);
  const gz = zlib.gzipSync(single, { level: 9 }).length;

  const saved = await minifyFirstLoad(dir, publicUrl);
  const sw = writeServiceWorker(dir);
  log(`[postbuild] rules checked on ${rulesDate}; CSP hashes written into index.html`);
  log(`[postbuild] ${SINGLE_FILE}: ${raw} B (${kb(raw)}), gzip -9 ${gz} B (${kb(gz)})`);
  log(`[postbuild] minified the first load: ${saved} B less (raw)`);
  log(`[postbuild] ${SW_FILE}: ${sw.bytes} B, cache version ${sw.version}, ${sw.files.length} files precached`);
  return { rulesDate, single: { raw, gz }, sw };
}

if (isMain(import.meta.url)) {
  const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('usage: node scripts/postbuild.mjs DIR   (or run by trunk with TRUNK_STAGING_DIR set)');
    process.exit(2);
  }
  try {
    await postbuild(dir, { publicUrl: process.env.TRUNK_PUBLIC_URL || '/' });
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
