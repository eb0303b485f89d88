// Registers the service worker (./sw.js) and keeps the official informed, in the page's language
// (<html lang>, which the app switches between vi and en):
//   #offline-status  "Sẵn sàng dùng khi không có mạng — quy định rà soát ngày DD/MM/YYYY" once the
//                    active service worker says its cache is complete;
//   #update-notice   "Đã có phiên bản mới — [Tải lại]" when a new version is installed and waiting.
//                    Only that click activates it (skip-waiting) and reloads: the page never swaps
//                    itself in the middle of an assessment. The answers are in localStorage anyway.
// The rules date comes from data-rules-checked on #offline-status (written at build time by
// scripts/postbuild.mjs from engine/rules/*.toml, the rules compiled into this very build).
// In the single-file copy (data-single-file on #offline-status) nothing is registered: the status
// says that the copy works without a network and how old its rules are.
// Plain JS, no dependencies, no network request of its own.
const statusEl = document.getElementById('offline-status');
const noticeEl = document.getElementById('update-notice');

const TEXT = {
  vi: {
    ready: (d) => `Sẵn sàng dùng khi không có mạng — quy định rà soát ngày ${d}`,
    single: (d) => `Bản một tệp, dùng được khi không có mạng — quy định rà soát ngày ${d}`,
    update: 'Đã có phiên bản mới',
    reload: 'Tải lại',
  },
  en: {
    ready: (d) => `Ready to use offline — rules checked on ${d}`,
    single: (d) => `Single-file copy, works without a network — rules checked on ${d}`,
    update: 'A new version is ready',
    reload: 'Reload',
  },
};
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const lang = () => (document.documentElement.lang === 'en' ? 'en' : 'vi');

/** "2026-11-21" as the app writes dates: 21/11/2026 in Vietnamese, 21 Nov 2026 in English. */
function day(iso, l) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
  if (!m) return '?';
  return l === 'en' ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : `${m[3]}/${m[2]}/${m[1]}`;
}

let ready = false; // the cache of the active version is complete
let waiting = null; // a new version's worker, installed and waiting
let reloading = false;
let onReload = null; // what the "Tải lại" button does

function render() {
  if (!statusEl) return;
  const l = lang();
  const t = TEXT[l];
  const d = day(statusEl.dataset.rulesChecked, l);
  const single = statusEl.hasAttribute('data-single-file');
  const text = single ? t.single(d) : ready ? t.ready(d) : '';
  if (statusEl.textContent !== text) statusEl.textContent = text;
  if (!noticeEl) return;
  if (!waiting) {
    noticeEl.replaceChildren();
    return;
  }
  const label = noticeEl.querySelector('span');
  const button = noticeEl.querySelector('button');
  if (label && button) {
    label.textContent = `${t.update} — `;
    button.textContent = t.reload;
    return;
  }
  const span = document.createElement('span');
  span.textContent = `${t.update} — `;
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = t.reload;
  b.addEventListener('click', () => onReload && onReload());
  noticeEl.replaceChildren(span, b);
}

function start() {
  render();
  new MutationObserver(render).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  if (statusEl && statusEl.hasAttribute('data-single-file')) return;
  // typeof: the single-file copy has no register() at all (see BEGIN below).
  if (typeof register === 'function') register();
}

// BEGIN service worker (scripts/postbuild.mjs cuts from here to END out of the single-file copy)
function activateUpdate() {
  reloading = true;
  if (waiting && waiting.state === 'installed') {
    waiting.postMessage({ type: 'skip-waiting' });
    // Reload on controllerchange; if it never comes (the worker went away), reload anyway.
    setTimeout(() => location.reload(), 5000);
  } else {
    location.reload();
  }
}

function askStatus(worker) {
  if (worker) worker.postMessage({ type: 'status' });
}

function watch(reg) {
  const offer = (worker) => {
    // Only an update: on a first install there is no older version in use.
    if (worker && navigator.serviceWorker.controller) {
      waiting = worker;
      render();
    }
  };
  if (reg.waiting) offer(reg.waiting);
  reg.addEventListener('updatefound', () => {
    const worker = reg.installing;
    if (!worker) return;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(reg.waiting || worker);
      else if (worker.state === 'activated') askStatus(worker);
      else if (worker.state === 'redundant' && waiting === worker) {
        waiting = null;
        render();
      }
    });
  });
  // A tab left open for days still learns about a new version when it comes back to the front.
  let last = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || Date.now() - last < 30 * 60 * 1000) return;
    last = Date.now();
    reg.update().catch(() => {});
  });
}

function register() {
  onReload = activateUpdate;
  // A service worker needs http(s) (https, or http on localhost); never on file://.
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  const sw = navigator.serviceWorker;
  sw.addEventListener('message', (event) => {
    const msg = event.data || {};
    if (msg.type === 'status') {
      ready = msg.complete === true;
      render();
    }
  });
  sw.addEventListener('controllerchange', () => {
    if (reloading) {
      location.reload();
      return;
    }
    askStatus(sw.controller);
  });
  sw.register('./sw.js', { updateViaCache: 'none' })
    .then(watch)
    .catch(() => {
      // No offline copy (private mode, blocked by policy…): the page works online as before.
    });
  sw.ready.then((reg) => askStatus(reg.active));
}
// END service worker

start();
