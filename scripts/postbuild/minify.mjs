// Step: what index.html makes a phone download first is minified with esbuild (the first-load
// budget of issues 7 and 12): Trunk's JS glue, the stylesheets (their SRI hash rewritten), sw-register.js,
// and index.html's comments. Its inline loader is left as it is, so the CSP hash stays right.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { attr, loaderFiles, localFile, trunkLoader } from './html.mjs';

/** Minifies the first load of DIR in place. Returns the bytes saved. */
export async function minifyFirstLoad(dir, publicUrl = '/') {
  const { transformSync } = await import('esbuild');
  const indexPath = path.join(dir, 'index.html');
  let html = fs.readFileSync(indexPath, 'utf8');
  let saved = 0;
  const rewrite = (file, loader) => {
    const text = fs.readFileSync(file, 'utf8');
    const min = transformSync(text, { loader, minify: true, format: loader === 'js' ? 'esm' : undefined, legalComments: 'none' }).code;
    fs.writeFileSync(file, min);
    saved += Buffer.byteLength(text) - Buffer.byteLength(min);
  };
  const loader = trunkLoader(html);
  if (loader) rewrite(localFile(dir, loaderFiles(loader).glue, publicUrl), 'js');
  // The full wasm's glue (full.mjs): the first load of a page with a province file, of embed.js.
  for (const f of fs.readdirSync(dir).filter((f) => /^cbcc-full-[0-9a-f]{16}\.js$/.test(f))) rewrite(path.join(dir, f), 'js');
  for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/gi)) rewrite(localFile(dir, src, publicUrl), 'js');
  // Started by the loader once the App runs (Trunk.toml), not named by a <script src>.
  if (fs.existsSync(path.join(dir, 'sw-register.js'))) rewrite(path.join(dir, 'sw-register.js'), 'js');
  for (const tag of html.match(/<link\b[^>]*\brel="stylesheet"[^>]*>/gi) || []) {
    const file = localFile(dir, attr(tag, 'href'), publicUrl);
    rewrite(file, 'css');
    // Trunk gave the stylesheet an integrity (SRI) hash: it must match the minified file.
    const sri = `sha384-${crypto.createHash('sha384').update(fs.readFileSync(file)).digest('base64')}`;
    html = html.replace(tag, tag.replace(/\bintegrity="[^"]*"/, `integrity="${sri}"`));
  }
  const bare = html.replace(/[ \t]*<!--[\s\S]*?-->[ \t]*\n?/g, '');
  saved += Buffer.byteLength(html) - Buffer.byteLength(bare);
  fs.writeFileSync(indexPath, bare);
  return saved;
}
