#!/usr/bin/env node
// Tiny static file server for dist/ (no dependencies), bound to 127.0.0.1 only.
//
//   node tests/e2e/serve.mjs DIR PORT      (PORT 0 = any free port)
//   SERVE_CORS='*' node tests/e2e/serve.mjs DIR PORT    also sends Access-Control-Allow-Origin
//
// Prints one line "Serving DIR at http://127.0.0.1:PORT/" once listening (tests/e2e/lib.mjs
// reads the port from it). Correct MIME types (application/wasm for .wasm, .mjs, .webmanifest);
// HTML, sw.js and the manifest are sent with no caching so a reload always sees a new build;
// Trunk's hashed file names are immutable and may be cached for a year.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};

// Trunk's filehash: name-<hex>.ext or name-<hex>_bg.wasm (0.21 drops leading zeros: 8-16 hex)
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z0-9]+$/;

function cacheControl(file) {
  const base = path.basename(file);
  if (HASHED.test(base)) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

// Text and wasm are sent brotli-compressed when the client accepts it, as a real server should:
// the load-time benchmark then measures what a phone really downloads. Cached per file version.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.svg', '.csv', '.txt']);
const brCache = new Map();
function brotli(file, st) {
  const key = `${file}:${st.mtimeMs}:${st.size}`;
  if (!brCache.has(key)) {
    brCache.set(key, zlib.brotliCompressSync(fs.readFileSync(file), {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
    }));
  }
  return brCache.get(key);
}

/**
 * `cors`: a value for Access-Control-Allow-Origin on every response (e.g. '*'), as a widget
 * server must send when a portal on another origin loads embed.js, the wasm and the JSON.
 */
export function startServer(dir, port, host = '127.0.0.1', { cors } = {}) {
  const root = path.resolve(dir);
  const corsHeaders = cors ? { 'Access-Control-Allow-Origin': cors } : {};
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method Not Allowed\n');
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Bad Request\n');
      return;
    }
    let file = path.join(root, pathname);
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Forbidden\n');
      return;
    }
    fs.stat(file, (err, st) => {
      if (!err && st.isDirectory()) {
        file = path.join(file, 'index.html');
        st = fs.existsSync(file) ? fs.statSync(file) : null;
      }
      if (err || !st || !st.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache', ...corsHeaders });
        res.end('Not Found\n');
        return;
      }
      const ext = path.extname(file).toLowerCase();
      const acceptsBr = /\bbr\b/.test(req.headers['accept-encoding'] || '');
      if (acceptsBr && COMPRESSIBLE.has(ext)) {
        const body = brotli(file, st);
        res.writeHead(200, {
          'Content-Type': MIME[ext] || 'application/octet-stream',
          'Content-Encoding': 'br',
          'Content-Length': body.length,
          Vary: 'Accept-Encoding',
          'Cache-Control': cacheControl(file),
          'X-Content-Type-Options': 'nosniff',
          ...corsHeaders,
        });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      res.writeHead(200, {
        'Content-Type': MIME[ext] || 'application/octet-stream',
        'Content-Length': st.size,
        'Cache-Control': cacheControl(file),
        'X-Content-Type-Options': 'nosniff',
        ...corsHeaders,
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      fs.createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const [dir, portArg] = process.argv.slice(2);
  const port = Number(portArg ?? '8080');
  if (!dir || !Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('usage: node tests/e2e/serve.mjs DIR PORT');
    process.exit(2);
  }
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    console.error(`serve.mjs: ${dir}/index.html not found (build first: bash scripts/build.sh)`);
    process.exit(2);
  }
  const server = await startServer(dir, port, '127.0.0.1', { cors: process.env.SERVE_CORS }).catch((e) => {
    console.error(`serve.mjs: cannot listen on 127.0.0.1:${port}: ${e.message}`);
    process.exit(1);
  });
  console.log(`Serving ${dir} at http://127.0.0.1:${server.address().port}/`);
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
