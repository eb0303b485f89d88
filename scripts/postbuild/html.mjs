// Shared by the post-build steps: where the repository is, how a step fails, hashes, and the few
// pieces of HTML they look for (inline scripts, Trunk's loader, attributes, built files). The
// HTML is Trunk's own output and index.html, so regular expressions are enough.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function fail(msg) {
  throw new Error(`postbuild: ${msg}`);
}

export const sha256 = (data) => crypto.createHash('sha256').update(data).digest();

/** `'sha256-…'` of a script or style body, as the CSP wants it. */
export const cspHash = (text) => `'sha256-${sha256(Buffer.from(text.replace(/\r\n?/g, '\n'), 'utf8')).toString('base64')}'`;

export const SCRIPT_RE = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** Trunk's inline module loader (Trunk.toml's pattern_script): [tag, attrs, body]. */
export const trunkLoader = (html) =>
  [...html.matchAll(SCRIPT_RE)].find(([, attrs, body]) => !/\bsrc\s*=/i.test(attrs) && LOADER_PAGE.test(body));

/** In the loader, `const page = ['<glue>.js', '<wasm>']`: the page's own wasm. */
const LOADER_PAGE = /const page = \['([^']+\.js)', '([^']+\.wasm)'\]/;

/** The page's own glue and wasm, as the loader names them: {glue, wasm}. */
export function loaderFiles(loader) {
  const m = LOADER_PAGE.exec(loader[2]);
  return { glue: m[1], wasm: m[2] };
}

/** The value of attribute `name` in a tag, or null. */
export const attr = (tag, name) => {
  const m = new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag);
  return m ? m[1] : null;
};

/** The local file a page's href/src points to (absolute "/x" is taken from the public URL). */
export function localFile(dir, ref, publicUrl) {
  let rel = ref.split(/[?#]/)[0];
  if (publicUrl && rel.startsWith(publicUrl)) rel = rel.slice(publicUrl.length);
  rel = rel.replace(/^\.?\//, '');
  const file = path.resolve(dir, decodeURIComponent(rel));
  if (!file.startsWith(path.resolve(dir) + path.sep) || !fs.existsSync(file)) fail(`cannot inline "${ref}": no such built file`);
  return file;
}

/** Whether this file was run as a script (not imported). */
export const isMain = (url) => Boolean(process.argv[1]) && path.resolve(process.argv[1]) === fileURLToPath(url);
