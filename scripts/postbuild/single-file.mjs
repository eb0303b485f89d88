// Step: cbcc-tu-danh-gia.html, the single-file copy that works opened from file:// (a USB stick,
// an e-mail attachment): CSS, the JS glue, the wasm (base64) and the icon inlined, no service
// worker, its own CSP. Made from the finished index.html, before the minify step (the single
// file keeps the readable files).
import fs from 'node:fs';
import path from 'node:path';
import { SCRIPT_RE, attr, fail, loaderFiles, localFile, trunkLoader } from './html.mjs';
import { editCsp, inlineScriptHashes, inlineStyleHashes } from './csp.mjs';

export const SINGLE_FILE = 'cbcc-tu-danh-gia.html';

function safeInline(text, what, closing) {
  if (new RegExp(`</${closing}|<!--`, 'i').test(text)) fail(`${what} contains "</${closing}" or "<!--": cannot inline it`);
  return text;
}

const MIME = { '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon' };

/** Trunk's loader replaced by the wasm (base64) and the glue, which starts it from those bytes. */
function inlineWasm(html, dir, publicUrl) {
  const loader = trunkLoader(html);
  if (!loader) fail("no Trunk loader (<script type=\"module\">const page = ['…js', '…wasm']…) in index.html");
  // The page's own wasm: the single file is the self-assessment, without province files.
  const files = loaderFiles(loader);
  const js = [null, files.glue];
  const wasm = [null, files.wasm];
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
  // The loader's last step, the status line of sw-register.js, becomes a script of its own
  // (inlined below with the other scripts).
  return html.replace(
    loader[0],
    () =>
      `<script type="application/octet-stream" id="cbcc-wasm">${wasmB64}</script>\n` +
      `<script type="module">${safeInline(glue + start, js[1], 'script')}</script>\n` +
      '<script type="module" src="sw-register.js"></script>',
  );
}

/** Stylesheets, icons and external scripts inlined; what a single file cannot use dropped. */
function inlineTheRest(html, dir, publicUrl) {
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
  return html.replace(/(<[^>]*\bid="offline-status")/, '$1 data-single-file');
}

/**
 * Builds the single-file copy from the finished index.html of DIR: returns its HTML.
 * CSS, icons, the wasm-bindgen glue and the wasm (base64, passed to init as bytes) are inlined;
 * the manifest, preloads and the service worker registration are dropped; it gets its own CSP.
 */
export function singleFileHtml(dir, publicUrl = '/') {
  // Without index.html's comments (they speak of the served page).
  let html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8').replace(/[ \t]*<!--[\s\S]*?-->[ \t]*\n/g, '');
  html = inlineTheRest(inlineWasm(html, dir, publicUrl), dir, publicUrl);

  if (/serviceWorker/.test(html)) fail('the single file still mentions serviceWorker: mark that code with // BEGIN/END service worker');
  // Nothing may still point outside the file.
  const outside = [...html.matchAll(/\b(?:src|href)\s*=\s*"([^"]*)"/gi)].map((m) => m[1]).filter((u) => !/^(data:|#)/.test(u));
  if (outside.length) fail(`the single file still refers to ${outside.join(', ')}: inline it or drop it in scripts/postbuild/single-file.mjs`);

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
