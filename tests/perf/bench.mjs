// The benchmark (not a test), with the budgets of issue 12: the first load as the browser
// fetches it, Lighthouse mobile (three runs: median and worst), input-to-result latency, the
// engine's lean path, the 212,600-row roster natively and in the browser, and the wasm's bytes
// per crate. Writes docs/BENCHMARKS.md (with tests/perf/first-load-changes.md, the measured
// effect of each change) and exits 1 naming every budget that fails.
//   node tests/perf/bench.mjs        (after a release build into dist/; scripts/bench.sh does both)
//   LIGHTHOUSE_RUNS=N, ROSTER_RUNS=N change the number of runs.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { launchBrowser, startServer, DIST, REPO, CHROMIUM, CHROMIUM_ARGS } from '../e2e/lib.mjs';
import { encodeProfile } from './profile-link.mjs';
import { rosterBench } from './roster-browser.mjs';

const BUDGET = {
  firstLoadKb: 100,
  performance: 98,
  accessibility: 100,
  bestPractices: 100,
  seo: 90,
  tbtMs: 50,
  lcpMs: 1000,
  profilesPerSecond: 1_000_000,
  rosterNativeS: 1,
  rosterBrowserS: 2,
  longestTaskMs: 50,
};
const LH_RUNS = Number(process.env.LIGHTHOUSE_RUNS || 3);
const ROSTER_RUNS = Number(process.env.ROSTER_RUNS || 3);

const br = (buf) => zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const kb = (n) => (n / 1024).toFixed(1);
const num = (n) => Math.round(n).toLocaleString('en');
const hashless = (f) => f.replace(/-[0-9a-f]{8,16}/, '-…');

// 1. The first load: every file the page requests until the App says it is usable
// (`data-ready` on #app, set after its first render), read from the browser's resource timing.
// html, js, wasm and css count in the budget; anything else (the icon) is listed.
async function firstLoad(url) {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      new MutationObserver(() => {
        if (window.__readyAt === undefined && document.querySelector('#app[data-ready="true"]')) window.__readyAt = performance.now();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
    });
    await page.goto(url);
    await page.waitForSelector('#app[data-ready="true"]');
    await page.waitForTimeout(500);
    const { before, after } = await page.evaluate(() => {
      const all = performance.getEntriesByType('resource').map((e) => ({ url: e.name, start: e.startTime }));
      return { before: all.filter((e) => e.start < window.__readyAt), after: all.filter((e) => e.start >= window.__readyAt) };
    });
    const origin = new URL(url).origin;
    const local = (u) => new URL(u).origin === origin;
    const file = (u) => decodeURIComponent(new URL(u).pathname.replace(/^\//, '')) || 'index.html';
    const names = ['index.html', ...before.filter((e) => local(e.url)).map((e) => file(e.url))];
    const files = [...new Set(names)].map((f) => {
      const buf = fs.readFileSync(path.join(DIST, f));
      return { file: f, raw: buf.length, gzip: gz(buf), brotli: br(buf), counted: /\.(html|js|wasm|css)$/.test(f) };
    });
    const foreign = before.filter((e) => !local(e.url)).map((e) => e.url);
    return { files, foreign, later: [...new Set(after.filter((e) => local(e.url)).map((e) => file(e.url)))] };
  } finally {
    await browser.close();
  }
}

// 2. Lighthouse, mobile form factor with its default simulated throttling (slow 4G, 4x CPU).
async function runLighthouse(url) {
  const runs = [];
  for (let i = 0; i < LH_RUNS; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_ARGS });
    try {
      const res = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', formFactor: 'mobile' });
      const c = res.lhr.categories;
      const a = res.lhr.audits;
      runs.push({
        performance: Math.round(c.performance.score * 100),
        accessibility: Math.round(c.accessibility.score * 100),
        bestPractices: Math.round(c['best-practices'].score * 100),
        seo: Math.round(c.seo.score * 100),
        lcpMs: Math.round(a['largest-contentful-paint'].numericValue),
        tbtMs: Math.round(a['total-blocking-time'].numericValue),
        fcpMs: Math.round(a['first-contentful-paint'].numericValue),
        failed: Object.values(a)
          .filter((x) => x.score !== null && x.score < 1 && ['accessibility', 'best-practices', 'seo'].some((k) => c[k].auditRefs.some((r) => r.id === x.id && r.weight > 0)))
          .map((x) => x.id),
      });
    } finally {
      await chrome.kill();
    }
  }
  const stat = (k, worst) => ({ median: median(runs.map((r) => r[k])), worst: worst(...runs.map((r) => r[k])) });
  return {
    runs,
    performance: stat('performance', Math.min),
    accessibility: stat('accessibility', Math.min),
    bestPractices: stat('bestPractices', Math.min),
    seo: stat('seo', Math.min),
    lcpMs: stat('lcpMs', Math.max),
    tbtMs: stat('tbtMs', Math.max),
    fcpMs: stat('fcpMs', Math.max),
    failed: [...new Set(runs.flatMap((r) => r.failed))],
  };
}

// 3. Input to updated result, in the page: change the age and wait for the age row to show it.
async function latency(url) {
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    const profile = { regime: 'nd33_2023', as_of: '2024-06-01', post: 'chu_tich_ubnd', age: 40, general_education: 'thpt', professional: { level: 'dai_hoc', field_fits_post: true }, political_theory: 'so_cap' };
    await page.goto(`${url}#${encodeProfile(profile)}`);
    await page.waitForSelector('#app[data-ready="true"] [data-area="age"]');
    return await page.evaluate(async () => {
      const input = [...document.querySelectorAll('input')].find((i) => i.value === '40');
      if (!input) throw new Error('no age input holding 40');
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const toResult = [];
      const toFrame = [];
      for (let n = 41; n <= 70; n++) {
        const row = () => document.querySelector('[data-area="age"]');
        const t0 = performance.now();
        const shown = new Promise((resolve) => {
          const obs = new MutationObserver(() => {
            if (row() && row().textContent.includes(String(n))) {
              obs.disconnect();
              resolve(performance.now());
            }
          });
          obs.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        });
        setter.call(input, String(n));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
        const t1 = await Promise.race([shown, new Promise((r) => setTimeout(() => r(NaN), 2000))]);
        const t2 = await new Promise((r) => requestAnimationFrame(() => r(performance.now())));
        toResult.push(t1 - t0);
        toFrame.push(t2 - t0);
      }
      return { toResult, toFrame };
    });
  } finally {
    await browser.close();
  }
}

// 4. The engine's lean path natively (engine/examples/verdicts.rs): profiles per second.
function engineLean() {
  const out = execFileSync('cargo', ['run', '--quiet', '--release', '-p', 'cbcc-engine', '--example', 'verdicts'], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const m = /\|\s*(\d+) distinct, (\d+) assessed\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|/.exec(out);
  if (!m) throw new Error(`unexpected output of the verdicts example:\n${out}`);
  return { distinct: Number(m[1]), assessed: Number(m[2]), perSecond: Number(m[3]), ns: Number(m[4]) };
}

// 5. What each crate adds to the page's wasm, and the sizes of the wasm loaded on demand.
function crateSizes() {
  const wasm = path.join(REPO, 'target/wasm32-unknown-unknown/release/cbcc-widget.wasm');
  if (!fs.existsSync(wasm)) return '(no target/wasm32-unknown-unknown/release/cbcc-widget.wasm)';
  return execFileSync('python3', [path.join(REPO, 'tests/perf/wasm_sizes.py'), wasm], { encoding: 'utf8' });
}
function onDemand() {
  return fs
    .readdirSync(DIST)
    .filter((f) => /^cbcc-(full|roster)[-_].*\.(wasm|js)$|^cbcc-roster\.js$/.test(f) && !f.endsWith('_loader.js'))
    .sort()
    .map((f) => {
      const buf = fs.readFileSync(path.join(DIST, f));
      return { file: f, raw: buf.length, brotli: br(buf) };
    });
}

const server = await startServer(DIST);
const results = [];
const check = (measure, result, budget, ok) => results.push({ measure, result, budget, ok });
let fl;
let lh;
let lat;
try {
  fl = await firstLoad(server.url);
  lh = await runLighthouse(server.url);
  lat = await latency(server.url);
} finally {
  await server.stop();
}
const counted = fl.files.filter((f) => f.counted);
const total = counted.reduce((s, f) => ({ raw: s.raw + f.raw, gzip: s.gzip + f.gzip, brotli: s.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const wasmFile = counted.find((f) => f.file.endsWith('.wasm'));
check(
  'first load, brotli (html, js, wasm, css requested before the form is usable)',
  `${kb(total.brotli)} KB (wasm ${wasmFile ? kb(wasmFile.brotli) : '?'} KB)`,
  `≤ ${BUDGET.firstLoadKb} KB`,
  total.brotli <= BUDGET.firstLoadKb * 1024 && fl.foreign.length === 0,
);
for (const [k, name, min] of [
  ['performance', 'performance', BUDGET.performance],
  ['accessibility', 'accessibility', BUDGET.accessibility],
  ['bestPractices', 'best practices', BUDGET.bestPractices],
  ['seo', 'SEO', BUDGET.seo],
]) {
  check(`Lighthouse mobile ${name} (median; worst)`, `${lh[k].median}; ${lh[k].worst}`, `≥ ${min}`, lh[k].median >= min);
}
check('Lighthouse mobile total blocking time (median; worst)', `${lh.tbtMs.median} ms; ${lh.tbtMs.worst} ms`, `≤ ${BUDGET.tbtMs} ms`, lh.tbtMs.median <= BUDGET.tbtMs);
check('Lighthouse mobile LCP (median; worst)', `${lh.lcpMs.median} ms; ${lh.lcpMs.worst} ms`, `≤ ${BUDGET.lcpMs} ms`, lh.lcpMs.median <= BUDGET.lcpMs);
const latOk = !lat.toResult.some(Number.isNaN);
check(
  'input to updated result, in the DOM (median / p95); next frame',
  `${median(lat.toResult).toFixed(1)} / ${pct(lat.toResult, 0.95).toFixed(1)} ms; ${median(lat.toFrame).toFixed(1)} ms`,
  'shown within one frame (16.7 ms)',
  latOk && median(lat.toResult) <= 16.7,
);
const engine = engineLean();
check('engine, lean path (`assess::decide`), one core', `${num(engine.perSecond)} profiles/s (${engine.ns} ns each)`, `≥ ${num(BUDGET.profilesPerSecond)}/s`, engine.perSecond >= BUDGET.profilesPerSecond);
execFileSync('cargo', ['build', '--quiet', '--release', '-p', 'cbcc-engine', '--bin', 'assess'], { cwd: REPO, stdio: ['ignore', 'inherit', 'inherit'] });
const roster = await rosterBench({ runs: ROSTER_RUNS, log: (l) => console.log(`[roster] ${l}`) });
check(
  `${num(roster.rows)}-row roster, native (\`assess --roster\`, ${roster.mb} MB CSV, end to end)`,
  roster.native === null ? 'not measured' : `${roster.native.toFixed(2)} s (${num(roster.rows / roster.native)} rows/s)`,
  `≤ ${BUDGET.rosterNativeS} s`,
  roster.native !== null && roster.native <= BUDGET.rosterNativeS,
);
check(
  `${num(roster.rows)}-row roster in headless Chromium (Web Worker; median of ${ROSTER_RUNS})`,
  `${roster.median.seconds.toFixed(2)} s (${roster.median.wall.toFixed(2)} s from picking the file); longest main-thread task ${num(roster.longest)} ms`,
  `≤ ${BUDGET.rosterBrowserS} s; no task over ${BUDGET.longestTaskMs} ms`,
  roster.median.seconds <= BUDGET.rosterBrowserS && roster.longest <= BUDGET.longestTaskMs,
);
const crates = crateSizes();
const extra = onDemand();

const row = (cells) => `| ${cells.join(' | ')} |`;
const failures = results.filter((r) => !r.ok);
const changes = path.join(REPO, 'tests/perf/first-load-changes.md');
const out = [
  '# Benchmarks',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} by \`bash scripts/bench.sh\` (tests/perf/bench.mjs) on a 2-core build machine, headless Debian Chromium. Budgets from issue 12.`,
  '',
  '## Budgets',
  '',
  row(['measure', 'result', 'budget', '']),
  row(['---', '---', '---', '---']),
  ...results.map((r) => row([r.measure, r.result, r.budget, r.ok ? 'pass' : '**FAIL**'])),
  '',
  failures.length ? `${failures.length} budget(s) missed.` : 'All budgets pass.',
  '',
  '## First load (what a phone downloads before the form is usable)',
  '',
  'Every file requested until the App marks itself ready (`data-ready`, after its first render), from the browser\'s resource timing; sizes of the built files (the local server sends brotli).',
  '',
  row(['file', 'raw', 'gzip -9', 'brotli -q 11']),
  row(['---', '---:', '---:', '---:']),
  ...fl.files.map((f) => row([hashless(f.file) + (f.counted ? '' : ' (not counted)'), num(f.raw), num(f.gzip), num(f.brotli)])),
  row(['**total (html, js, wasm, css)**', num(total.raw), num(total.gzip), `**${num(total.brotli)}** (${kb(total.brotli)} KB; budget ≤ ${BUDGET.firstLoadKb} KB)`]),
  '',
  `Requested after the App was ready: ${fl.later.map(hashless).join(', ') || 'nothing'}.` + (fl.foreign.length ? ` Requests to other origins: ${fl.foreign.join(', ')}.` : ''),
  '',
  'Loaded on demand (not in the first load): the full wasm (`?province=`, `?embed=iframe`, `embed.js`) and the roster view.',
  '',
  row(['file', 'raw', 'brotli -q 11']),
  row(['---', '---:', '---:']),
  ...extra.map((f) => row([hashless(f.file), num(f.raw), num(f.brotli)])),
  '',
  `## Lighthouse ${lighthouse.version || ''} mobile (${LH_RUNS} runs, simulated slow 4G and 4× CPU; the local server sends brotli)`,
  '',
  row(['run', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'TBT', 'FCP']),
  row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
  ...lh.runs.map((r, i) => row([String(i + 1), r.performance, r.accessibility, r.bestPractices, r.seo, `${r.lcpMs} ms`, `${r.tbtMs} ms`, `${r.fcpMs} ms`])),
  row(['**median**', lh.performance.median, lh.accessibility.median, lh.bestPractices.median, lh.seo.median, `${lh.lcpMs.median} ms`, `${lh.tbtMs.median} ms`, `${lh.fcpMs.median} ms`]),
  row(['**worst**', lh.performance.worst, lh.accessibility.worst, lh.bestPractices.worst, lh.seo.worst, `${lh.lcpMs.worst} ms`, `${lh.tbtMs.worst} ms`, `${lh.fcpMs.worst} ms`]),
  '',
  lh.failed.length ? `Audits not passed in some run: ${lh.failed.join(', ')}.` : 'No accessibility, best-practice or SEO audit failed.',
  '',
  '## Input to updated result (30 changes of the age field, in the page)',
  '',
  row(['', 'median', 'p95', 'max']),
  row(['---', '---:', '---:', '---:']),
  row(['result in the DOM', `${median(lat.toResult).toFixed(1)} ms`, `${pct(lat.toResult, 0.95).toFixed(1)} ms`, `${Math.max(...lat.toResult).toFixed(1)} ms`]),
  row(['next frame painted', `${median(lat.toFrame).toFixed(1)} ms`, `${pct(lat.toFrame, 0.95).toFixed(1)} ms`, `${Math.max(...lat.toFrame).toFixed(1)} ms`]),
  '',
  'One frame at 60 Hz is 16.7 ms.',
  '',
  '## Standards engine and roster',
  '',
  `Lean path (\`cargo run --release -p cbcc-engine --example verdicts\`): ${num(engine.perSecond)} profiles a second on one core, ${engine.ns} ns each (${engine.distinct} distinct profiles, every post of every regime, ${num(engine.assessed)} assessed).`,
  '',
  `Roster of ${num(roster.rows)} rows (${roster.mb} MB CSV, tests/e2e/roster-data.mjs): natively \`assess --roster\` ${roster.native === null ? 'not measured' : `${roster.native.toFixed(2)} s end to end`}; in headless Chromium (tests/perf/roster-browser.mjs), read and assessed in a Web Worker:`,
  '',
  row(['run', 'assessed in', 'from picking the file', 'longest main-thread gap', 'longest task']),
  row(['---', '---:', '---:', '---:', '---:']),
  ...roster.runs.map((r, i) => row([String(i + 1), `${r.seconds.toFixed(2)} s`, `${r.wall.toFixed(2)} s`, `${num(r.maxGap)} ms`, `${num(r.longest)} ms`])),
  '',
  '## What each crate adds to the page\'s wasm (function bodies, before wasm-opt)',
  '',
  crates.trim(),
  '',
  fs.existsSync(changes) ? fs.readFileSync(changes, 'utf8').trim() : '',
  '',
].join('\n');
fs.mkdirSync(path.join(REPO, 'docs'), { recursive: true });
fs.writeFileSync(path.join(REPO, 'docs/BENCHMARKS.md'), out);
console.log(out);
if (failures.length) {
  console.error(`BUDGET FAILED: ${failures.map((f) => `${f.measure}: ${f.result} (budget ${f.budget})`).join('; ')}`);
  process.exit(1);
}
console.log('all budgets pass');
