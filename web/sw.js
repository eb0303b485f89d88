// Service worker of the self-assessment widget (plain JS, no dependencies).
//
// This is the source; dist/sw.js is written by scripts/postbuild.mjs, which replaces the BUILD
// line below with the exact list of built files (Trunk's hashed names), their SHA-256 and a
// version derived from them. So every build with different files gets a new cache name.
//
// - install: precache every listed file (checked against its SHA-256) into "cbcc-widget-<version>".
//   Hashed names come from the HTTP cache when the page has just downloaded them (no second
//   download on a weak connection); the few unhashed files are revalidated with the server.
// - activate: delete this widget's older caches (only ours: the prefix is checked), claim the page
//   on a first install so that it works offline at once.
// - fetch: the page (navigation) network-first, falling back to the cached index.html when the
//   network fails or is slower than NAVIGATION_TIMEOUT_MS; precached files cache-first.
// - It never calls skipWaiting() on its own: a new version waits until the official clicks
//   "Tải lại" (the page posts {type: 'skip-waiting'}) or every tab of the widget is closed, so the
//   page never changes in the middle of an assessment.
// - message {type: 'status'}: answers {type: 'status', version, complete} (complete = every file
//   is in the cache), which the page turns into "Sẵn sàng dùng khi không có mạng".
'use strict';

const BUILD = { version: 'dev', files: [] }; // replaced by scripts/postbuild.mjs

const PREFIX = 'cbcc-widget-';
const CACHE = PREFIX + BUILD.version;
const NAVIGATION_TIMEOUT_MS = 4000;
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z0-9]+$/;

const scope = () => self.registration.scope;
const absolute = (url) => new URL(url, scope()).href;
const PRECACHED = new Set(BUILD.files.map((f) => absolute(f.url)));
const INDEX = absolute('./index.html');

const hex = (buf) => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');

/** Fetches one listed file and checks its SHA-256; a stale copy is fetched again from the server. */
async function fetchChecked(file) {
  const url = absolute(file.url);
  const modes = HASHED.test(file.url) ? ['default', 'reload'] : ['no-cache', 'reload'];
  let problem = '';
  for (const cache of modes) {
    const res = await fetch(url, { cache, credentials: 'same-origin' });
    if (!res.ok) {
      problem = `${url}: HTTP ${res.status}`;
      continue;
    }
    const body = await res.arrayBuffer();
    const sum = hex(await crypto.subtle.digest('SHA-256', body));
    if (sum !== file.sha256) {
      problem = `${url}: SHA-256 ${sum}, expected ${file.sha256}`;
      continue;
    }
    // A new Response: no "redirected" flag (a navigation may not be answered with one).
    return new Response(body, { status: 200, statusText: 'OK', headers: res.headers });
  }
  throw new Error(`precache failed: ${problem}`);
}

async function precache() {
  const cache = await caches.open(CACHE);
  try {
    const responses = await Promise.all(BUILD.files.map(fetchChecked));
    await Promise.all(BUILD.files.map((f, i) => cache.put(absolute(f.url), responses[i])));
  } catch (e) {
    // Never leave half a cache behind; the browser tries the install again later.
    await caches.delete(CACHE);
    throw e;
  }
}

async function complete() {
  const cache = await caches.open(CACHE);
  const found = await Promise.all(BUILD.files.map((f) => cache.match(absolute(f.url))));
  return BUILD.files.length > 0 && found.every(Boolean);
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
      // Only takes uncontrolled pages (the first visit); a page of an older version is switched
      // only after the official chose to reload (skip-waiting below).
      await self.clients.claim();
    })(),
  );
});

async function fromCache(url) {
  const cache = await caches.open(CACHE);
  return cache.match(url);
}

async function page(request) {
  const url = new URL(request.url);
  const root = absolute('./');
  const isIndex = url.origin + url.pathname === root || url.origin + url.pathname === INDEX;
  const fallback = () => (isIndex ? fromCache(INDEX) : undefined);
  let timer;
  const network = fetch(request);
  network.catch(() => {}); // when the timeout wins, a later network failure is not an error
  const slow = new Promise((resolve) => {
    timer = setTimeout(resolve, NAVIGATION_TIMEOUT_MS);
  });
  try {
    const res = await Promise.race([network, slow]);
    if (res && (res.ok || !isIndex)) return res;
    const cached = await fallback();
    if (cached) return cached;
    return res || (await network);
  } catch (e) {
    const cached = await fallback();
    if (cached) return cached;
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

async function asset(request) {
  const url = new URL(request.url);
  const cached = await fromCache(url.origin + url.pathname);
  return cached || fetch(request);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(request));
  } else if (PRECACHED.has(url.origin + url.pathname)) {
    event.respondWith(asset(request));
  }
});

self.addEventListener('message', (event) => {
  const msg = event.data || {};
  if (msg.type === 'skip-waiting') {
    self.skipWaiting();
  } else if (msg.type === 'status' && event.source) {
    event.waitUntil(
      complete().then((ok) => event.source.postMessage({ type: 'status', version: BUILD.version, complete: ok })),
    );
  }
});
