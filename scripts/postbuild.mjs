#!/usr/bin/env node
// Trunk post_build hook (Trunk.toml [[hooks]]): works on the staged build in $TRUNK_STAGING_DIR
// (or the directory given as the first argument) before Trunk moves it to dist/.
//
//   0. the other post-build steps first (scripts/postbuild-embed.mjs, when it exists);
//   1. index.html: writes the date the rules were last checked (the oldest `checked_on` of
//      engine/rules/*.toml, the rules compiled into this build) on #offline-status, and adds the
//      SHA-256 of every inline script (Trunk's module loader) to the Content-Security-Policy meta.
//   2. cbcc-tu-danh-gia.html: the single-file copy (CSS, JS glue, wasm as base64 and the icon
//      inlined, its own CSP, no service worker) that works opened from file://.
//   3. minifies what the page loads first (the glue, the CSS, sw-register.js, index.html's
//      comments) with esbuild, for the first-load budget of issue 7; the single file is made
//      before, from the readable files;
//   4. sw.js: web/sw.js with the exact list of built files, their SHA-256 and a version (cache
//      name) derived from them.
//
// Also a library: the e2e tests import writeServiceWorker() to make a second version of a build.
// Dependencies: Node and esbuild (npm, in package.json) for step 3.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SINGLE_FILE = 'cbcc-tu-danh-gia.html';
export const SW_FILE = 'sw.js';
const SW_SOURCE = path.join(REPO, 'web', 'sw.js');
const RULES_DIR = path.join(REPO, 'engine', 'rules');

const sha256 = (data) => crypto.createHash('sha256').update(data).digest();
const cspHash = (text) => `'sha256-${sha256(Buffer.from(text.replace(/\r\n?/g, '\n'), 'utf8')).toString('base64')}'`;

function fail(msg) {
  throw new Error(`postbuild: ${msg}`);
}

/** The oldest `checked_on = "YYYY-MM-DD"` of the national rule files: how old the rules are. */
export function rulesCheckedOn(dir = RULES_DIR) {
  const dates = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.toml'))
    .flatMap((f) => [...fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/^checked_on\s*=\s*"(\d{4}-\d{2}-\d{2})"/gm)])
    .map((m) => m[1])
    .sort();
  if (!dates.length) fail(`no checked_on = "YYYY-MM-DD" in ${dir}/*.toml`);
  return dates[0];
}

const SCRIPT_RE = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const isJsType = (attrs) => {
  const m = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs);
  return !m || /^(module|text\/javascript|application\/javascript)$/i.test(m[1]);
};

/** CSP hashes of the inline (executed) scripts of a page. */
export function inlineScriptHashes(html) {
  return [...html.matchAll(SCRIPT_RE)]
    .filter(([, attrs]) => !/\bsrc\s*=/i.test(attrs) && isJsType(attrs))
    .map(([, , body]) => cspHash(body));
}

/** CSP hashes of the inline <style> elements of a page. */
export function inlineStyleHashes(html) {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map(([, body]) => cspHash(body));
}

const CSP_META_RE = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i;

/** Replaces the page's CSP meta; `edit` gets and returns the policy as a Map directive → sources. */
function editCsp(html, edit) {
  const m = CSP_META_RE.exec(html);
  if (!m) fail('index.html has no <meta http-equiv="Content-Security-Policy" content="…">');
  const policy = new Map(
    m[1]
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources]),
  );
  const text = [...edit(policy)].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
  return html.replace(m[0], `<meta http-equiv="Content-Security-Policy" content="${text}" />`);
}

/** index.html: the rules date on #offline-status and the inline scripts' hashes in the CSP. */
export function finishIndex(html, rulesDate) {
  if (!/id="offline-status"/.test(html)) fail('index.html has no element with id="offline-status"');
  html = html.replace(/(<[^>]*\bid="offline-status")(?:\s+data-rules-checked="[^"]*")?/, `$1 data-rules-checked="${rulesDate}"`);
  const hashes = inlineScriptHashes(html);
  return editCsp(html, (policy) => {
    const script = (policy.get('script-src') || fail("the CSP has no script-src")).filter((s) => !s.startsWith("'sha256-"));
    policy.set('script-src', [...script, ...hashes]);
    return policy;
  });
}

/**
 * Our plain-JS files without their full-line `//` comments (they are for the reader of web/, and
 * sw-register.js counts in the first-load budget). Only whole lines are dropped, so this needs
 * no parser: a line of a template literal must not start with `//` in web/*.js. The BEGIN/END
 * service worker markers stay (singleFileHtml cuts by them), so running this twice is harmless.
 */
export function dropCommentLines(js, source) {
  const body = js
    .split('\n')
    .filter((l) => !/^\s*\/\//.test(l) || /^\/\/ (BEGIN|END) service worker/.test(l))
    .join('\n');
  return `// ${source} (comment lines removed by scripts/postbuild.mjs)\n${body}`;
}

/** Every file of a built dir (relative, '/'-separated), sorted; dot files and dirs skipped. */
function listFiles(dir, sub = '') {
  return fs
    .readdirSync(path.join(dir, sub), { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .flatMap((e) => {
      const rel = sub ? `${sub}/${e.name}` : e.name;
      return e.isDirectory() ? listFiles(dir, rel) : [rel];
    })
    .sort();
}

/**
 * Writes DIR/sw.js from web/sw.js with every built file of DIR except sw.js itself and the
 * single-file copy (which the page never loads). Returns {version, files, bytes}.
 */
export function writeServiceWorker(dir) {
  const files = listFiles(dir)
    .filter((f) => f !== SW_FILE && f !== SINGLE_FILE)
    .map((f) => ({ url: `./${f}`, sha256: sha256(fs.readFileSync(path.join(dir, f))).toString('hex') }));
  if (!files.some((f) => f.url === './index.html')) fail(`${dir}/index.html is missing`);
  const version = sha256(files.map((f) => `${f.url} ${f.sha256}\n`).join('')).toString('hex').slice(0, 16);
  const source = fs.readFileSync(SW_SOURCE, 'utf8');
  const line = /^const BUILD = .*$/m;
  if (!line.test(source)) fail(`${SW_SOURCE} has no "const BUILD = …" line to replace`);
  const build = `{\n  version: '${version}',\n  files: [\n${files.map((f) => `    ${JSON.stringify(f)},\n`).join('')}  ],\n}`;
  const out = dropCommentLines(source.replace(line, () => `const BUILD = ${build};`), 'web/sw.js');
  fs.writeFileSync(path.join(dir, SW_FILE), out);
  return { version, files, bytes: Buffer.byteLength(out) };
}

/** The local file a page's href/src points to (absolute "/x" is taken from the public URL). */
function localFile(dir, ref, publicUrl) {
  let rel = ref.split(/[?#]/)[0];
  if (publicUrl && rel.startsWith(publicUrl)) rel = rel.slice(publicUrl.length);
  rel = rel.replace(/^\.?\//, '');
  const file = path.resolve(dir, decodeURIComponent(rel));
  if (!file.startsWith(path.resolve(dir) + path.sep) || !fs.existsSync(file)) fail(`cannot inline "${ref}": no such built file`);
  return file;
}

const attr = (tag, name) => {
  const m = new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag);
  return m ? m[1] : null;
};

function safeInline(text, what, closing) {
  if (new RegExp(`</${closing}|<!--`, 'i').test(text)) fail(`${what} contains "</${closing}" or "<!--": cannot inline it`);
  return text;
}

const MIME = { '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon' };

/**
 * Builds the single-file copy from the finished index.html of DIR: returns its HTML.
 * CSS, icons, the wasm-bindgen glue and the wasm (base64, passed to init as bytes) are inlined;
 * the manifest, preloads and the service worker registration are dropped; it gets its own CSP.
 */
export function singleFileHtml(dir, publicUrl = '/') {
  // Without index.html's comments (they speak of the served page).
  let html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8').replace(/[ \t]*<!--[\s\S]*?-->[ \t]*\n/g, '');

  // Trunk's loader names the glue and the wasm.
  const loader = [...html.matchAll(SCRIPT_RE)].find(([, attrs, body]) => !/\bsrc\s*=/i.test(attrs) && /import init\b/.test(body));
  if (!loader) fail('no Trunk loader (<script type="module">import init …) in index.html');
  const js = /from\s+'([^']+\.js)'/.exec(loader[2]);
  const wasm = /module_or_path:\s*'([^']+\.wasm)'/.exec(loader[2]);
  if (!js || !wasm) fail('the Trunk loader does not name a .js and a .wasm');
  let glue = fs.readFileSync(localFile(dir, js[1], publicUrl), 'utf8');
  const exportLine = /^export\s*\{[^}]*\}\s*;?\s*$/m;
  if (!exportLine.test(glue) || !/\basync function __wbg_init\b/.test(glue)) fail(`${js[1]} is not the wasm-bindgen glue expected (export line, __wbg_init)`);
  glue = glue.replace(exportLine, '');
  const wasmB64 = fs.readFileSync(localFile(dir, wasm[1], publicUrl)).toString('base64');
  const start = [
    '',
    '// Single-file copy: the wasm is the base64 text of #cbcc-wasm, given to init as bytes.',
    "const b64 = document.getElementById('cbcc-wasm');",
    'const bin = atob(b64.textContent.trim());',
    'const bytes = new Uint8Array(bin.length);',
    'for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);',
    'b64.remove();',
    'await __wbg_init({ module_or_path: bytes });',
    '',
  ].join('\n');
  html = html.replace(
    loader[0],
    () =>
      `<script type="application/octet-stream" id="cbcc-wasm">${wasmB64}</script>\n` +
      `<script type="module">${safeInline(glue + start, js[1], 'script')}</script>`,
  );

  // Preloads of the glue and wasm, the manifest and the Apple icon: not in a single file.
  html = html.replace(/<link\b[^>]*\brel="(?:modulepreload|preload|manifest|apple-touch-icon)"[^>]*>\s*/gi, '');
  html = html.replace(/<base\b[^>]*>\s*/gi, '');
  // Stylesheets inlined (without their integrity attribute: the CSP hash covers them).
  html = html.replace(/<link\b[^>]*\brel="stylesheet"[^>]*>/gi, (tag) => {
    const css = fs.readFileSync(localFile(dir, attr(tag, 'href'), publicUrl), 'utf8');
    return `<style>${safeInline(css, attr(tag, 'href'), 'style')}</style>`;
  });
  // The roster view (src/roster/: its own wasm, loaded when the view is opened) is not in the
  // single file, which is for one official's self-assessment: its view switch is hidden.
  html = html.replace('</head>', () => '<style>.views { display: none; }</style>\n</head>');
  // Icons as data: URLs.
  html = html.replace(/<link\b[^>]*\brel="icon"[^>]*>/gi, (tag) => {
    const href = attr(tag, 'href');
    if (href.startsWith('data:')) return tag;
    const file = localFile(dir, href, publicUrl);
    const url = `data:${MIME[path.extname(file)] || 'application/octet-stream'};base64,${fs.readFileSync(file).toString('base64')}`;
    return tag.replace(`href="${href}"`, `href="${url}"`);
  });
  // External scripts (the status script, sw-register.js) inlined.
  // Their service worker part (between "// BEGIN service worker" and "// END service worker") is
  // cut: the single file registers none.
  html = html.replace(/<script\b([^>]*)\bsrc="([^"]+)"([^>]*)>\s*<\/script>/gi, (_, before, src, after) => {
    const body = fs
      .readFileSync(localFile(dir, src, publicUrl), 'utf8')
      .replace(/^\/\/ BEGIN service worker[\s\S]*?^\/\/ END service worker\n/gm, '')
      .replace(/^(?:\/\/.*\n)+/, ''); // and its header comment, about the served page
    return `<script${before}${after.trimEnd()}>${safeInline(body, src, 'script')}</script>`.replace(/\s+>/, '>');
  });
  // The status line says "single file"; sw-register.js then registers nothing.
  html = html.replace(/(<[^>]*\bid="offline-status")/, '$1 data-single-file');

  if (/serviceWorker/.test(html)) fail('the single file still mentions serviceWorker: mark that code with // BEGIN/END service worker');
  // Nothing may still point outside the file.
  const outside = [...html.matchAll(/\b(?:src|href)\s*=\s*"([^"]*)"/gi)].map((m) => m[1]).filter((u) => !/^(data:|#)/.test(u));
  if (outside.length) fail(`the single file still refers to ${outside.join(', ')}: inline it or drop it in scripts/postbuild.mjs`);

  // Its own CSP: only its own inline scripts and styles, images as data:, no network at all.
  const scripts = inlineScriptHashes(html);
  const styles = inlineStyleHashes(html);
  return editCsp(html, () =>
    new Map([
      ['default-src', ["'none'"]],
      ['script-src', ["'wasm-unsafe-eval'", ...scripts]],
      ['style-src', styles.length ? styles : ["'none'"]],
      ['img-src', ['data:']],
      ['object-src', ["'none'"]],
      ['base-uri', ["'none'"]],
      ['form-action', ["'none'"]],
    ]),
  );
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/**
 * Minifies, in place, what index.html makes a phone download first: Trunk's JS glue, the
 * stylesheets, sw-register.js, and index.html's comments (its inline loader is left as it is,
 * so the CSP hash stays right). Returns the bytes saved.
 */
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
  const loader = [...html.matchAll(SCRIPT_RE)].find(([, attrs, body]) => !/\bsrc\s*=/i.test(attrs) && /import init\b/.test(body));
  const glue = loader && /from\s+'([^']+\.js)'/.exec(loader[2]);
  if (glue) rewrite(localFile(dir, glue[1], publicUrl), 'js');
  for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/gi)) rewrite(localFile(dir, src, publicUrl), 'js');
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

export async function postbuild(dir, { publicUrl = '/', log = console.log } = {}) {
  // Other post-build steps that add files (embedding: scripts/postbuild-embed.mjs) run first, so
  // that sw.js lists what they add. Trunk would run a second [[hooks]] entry at the same time.
  const embed = path.join(REPO, 'scripts', 'postbuild-embed.mjs');
  if (fs.existsSync(embed)) (await import(pathToFileURL(embed).href)).postbuildEmbed(dir, { log });

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

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
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
