#!/usr/bin/env node
// Step, the first one: the files for embedding and the provincial standards, on the staged
// build in DIR (Trunk's $TRUNK_STAGING_DIR) before Trunk moves it to dist/:
//
//   embed.js              web/embed.template.js with this build's hashed names of the full wasm
//                         (src/bin/cbcc-full.rs, named by full.mjs), its glue and the CSS
//   iframe-host.js        web/iframe-host.js as it is
//   demo/portal.html      web/demo-portal.html (a demo portal page: two widgets and an iframe)
//   provinces/<id>.json   every engine/provinces/*.json, named by the id it carries, which is
//                         what `province="<id>"` / `?province=<id>` fetches
//
//   node scripts/postbuild/embed.mjs [DIR]
//
// Not a Trunk hook of its own: Trunk runs the hooks of one stage at the same time, and these
// files must exist before the sw.js step lists the build for the service worker, so
// scripts/postbuild.mjs calls postbuildEmbed() first. Run alone, it does the same. No
// dependency beyond Node.
import fs from 'node:fs';
import path from 'node:path';
import { REPO, isMain } from './html.mjs';

const WEB = path.join(REPO, 'web');
const PROVINCES = path.join(REPO, 'engine', 'provinces');
const ID = /^[a-z0-9_-]{1,64}$/;

function fail(msg) {
  throw new Error(`postbuild-embed: ${msg}`);
}

/** The one file of DIR whose name matches `re` (Trunk's hashed outputs). */
function only(dir, re, what) {
  const found = fs.readdirSync(dir).filter((f) => re.test(f));
  if (found.length !== 1) fail(`expected one ${what} in ${dir}, found ${found.length ? found.join(', ') : 'none'}`);
  return found[0];
}

/** embed.js from the template, with the names of the built glue, wasm and stylesheet. */
export function embedJs(dir) {
  const wasm = only(dir, /^cbcc-full-[0-9a-f]{8,16}_bg\.wasm$/, 'hashed cbcc-full-*_bg.wasm');
  const glue = wasm.replace(/_bg\.wasm$/, '.js');
  if (!fs.existsSync(path.join(dir, glue))) fail(`${glue} (the glue of ${wasm}) is missing`);
  const css = only(dir, /^main-[0-9a-f]{8,16}\.css$/, 'hashed main-*.css');
  const template = fs.readFileSync(path.join(WEB, 'embed.template.js'), 'utf8');
  const names = { __GLUE__: glue, __WASM__: wasm, __CSS__: css };
  let out = template;
  for (const [mark, name] of Object.entries(names)) {
    if (!out.includes(`'${mark}'`)) fail(`web/embed.template.js has no '${mark}'`);
    out = out.replace(`'${mark}'`, `'./${name}'`);
  }
  return out;
}

/** [{id, file, text}] of engine/provinces/*.json; each must carry a file-safe id, once. */
export function provinceFiles(dir = PROVINCES) {
  const seen = new Map();
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      let id;
      try {
        id = JSON.parse(text).id;
      } catch (e) {
        fail(`engine/provinces/${file} is not JSON: ${e.message}`);
      }
      if (typeof id !== 'string' || !ID.test(id)) fail(`engine/provinces/${file}: id must match ${ID}`);
      if (seen.has(id)) fail(`engine/provinces/${file} and ${seen.get(id)} both have the id "${id}"`);
      seen.set(id, file);
      return { id, file, text };
    });
}

export function postbuildEmbed(dir, { log = console.log } = {}) {
  const write = (rel, text) => {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  };
  write('embed.js', embedJs(dir));
  write('iframe-host.js', fs.readFileSync(path.join(WEB, 'iframe-host.js'), 'utf8'));
  write(path.join('demo', 'portal.html'), fs.readFileSync(path.join(WEB, 'demo-portal.html'), 'utf8'));
  const provinces = provinceFiles();
  for (const p of provinces) write(path.join('provinces', `${p.id}.json`), p.text);
  log(`[postbuild-embed] embed.js, iframe-host.js, demo/portal.html; provinces: ${provinces.map((p) => `${p.id}.json`).join(', ') || 'none'}`);
}

if (isMain(import.meta.url)) {
  const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('usage: node scripts/postbuild/embed.mjs DIR   (or with TRUNK_STAGING_DIR set)');
    process.exit(2);
  }
  try {
    postbuildEmbed(dir);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
