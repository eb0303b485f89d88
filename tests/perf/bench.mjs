// The benchmark (not a test): sizes, Lighthouse mobile scores, input-to-result latency, engine
// throughput and per-crate wasm sizes, checked against the budgets of issue 7. Writes
// docs/BENCHMARKS.md and exits 1 naming every budget that fails.
//   node tests/perf/bench.mjs        (after a release build into dist/; scripts/bench.sh does both)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { launchBrowser, startServer, DIST, REPO, CHROMIUM, CHROMIUM_ARGS } from '../e2e/lib.mjs';
import { encodeProfile } from './profile-link.mjs';

const BUDGET = {
  firstLoadBrotli: 150 * 1024,
  performance: 98,
  accessibility: 100,
  bestPractices: 100,
  seo: 90,
  lcpMs: 1500,
};
const RUNS = Number(process.env.LIGHTHOUSE_RUNS || 3);

const br = (buf) => zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const kb = (n) => (n / 1024).toFixed(1);

// 1. First-load bytes: index.html and the html/js/wasm/css files it references.
function firstLoad() {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const files = ['index.html', ...fs.readdirSync(DIST).filter((f) => /\.(js|wasm|css)$/.test(f) && html.includes(f))];
  return files.map((f) => {
    const buf = fs.readFileSync(path.join(DIST, f));
    return { file: f, raw: buf.length, gzip: gz(buf), brotli: br(buf) };
  });
}

// 2. Lighthouse, mobile form factor with its default simulated throttling (slow 4G, 4x CPU).
async function runLighthouse(url) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
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
  // The median run by performance score, so the figures belong together.
  runs.sort((a, b) => a.performance - b.performance || b.lcpMs - a.lcpMs);
  return { median: runs[Math.floor(runs.length / 2)], runs };
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

// 4. The engine natively, and 5. what each crate adds to the wasm.
function engineBench() {
  try {
    return execFileSync('cargo', ['run', '--quiet', '--release', '-p', 'cbcc-engine', '--example', 'bench'], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  } catch (e) {
    return `(engine benchmark failed: ${e.message})`;
  }
}
function crateSizes() {
  const wasm = path.join(REPO, 'target/wasm32-unknown-unknown/release/cbcc-widget.wasm');
  if (!fs.existsSync(wasm)) return '(no target/wasm32-unknown-unknown/release/cbcc-widget.wasm)';
  return execFileSync('python3', [path.join(REPO, 'tests/perf/wasm_sizes.py'), wasm], { encoding: 'utf8' });
}

const server = await startServer(DIST);
let out = '';
const failures = [];
try {
  const files = firstLoad();
  const total = files.reduce((s, f) => ({ raw: s.raw + f.raw, gzip: s.gzip + f.gzip, brotli: s.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  if (total.brotli > BUDGET.firstLoadBrotli) failures.push(`first load ${kb(total.brotli)} KB brotli > ${kb(BUDGET.firstLoadBrotli)} KB`);
  const lh = await runLighthouse(server.url);
  const m = lh.median;
  for (const [k, min] of [['performance', BUDGET.performance], ['accessibility', BUDGET.accessibility], ['bestPractices', BUDGET.bestPractices], ['seo', BUDGET.seo]]) {
    if (m[k] < min) failures.push(`Lighthouse ${k} ${m[k]} < ${min}`);
  }
  if (m.lcpMs > BUDGET.lcpMs) failures.push(`LCP ${m.lcpMs} ms > ${BUDGET.lcpMs} ms`);
  const lat = await latency(server.url);
  const engine = engineBench();
  const crates = crateSizes();
  const row = (cells) => `| ${cells.join(' | ')} |`;
  out = [
    '# Benchmarks',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} by \`bash scripts/bench.sh\` on a 2-core build machine, headless Debian Chromium. Budgets from issue 7.`,
    '',
    '## First load (what a phone downloads before the widget works)',
    '',
    row(['file', 'raw', 'gzip -9', 'brotli -q 11']),
    row(['---', '---:', '---:', '---:']),
    ...files.map((f) => row([f.file.replace(/-[0-9a-f]{8,16}/, '-…'), f.raw.toLocaleString('en'), f.gzip.toLocaleString('en'), f.brotli.toLocaleString('en')])),
    row(['**total**', total.raw.toLocaleString('en'), total.gzip.toLocaleString('en'), `**${total.brotli.toLocaleString('en')}** (${kb(total.brotli)} KB; budget ≤ 150 KB)`]),
    '',
    `## Lighthouse ${lighthouse.version || ''} mobile (median of ${RUNS} runs by performance score; the local server sends brotli)`,
    '',
    row(['performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'TBT', 'FCP']),
    row(['---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    row([`${m.performance} (≥ 98)`, `${m.accessibility} (100)`, `${m.bestPractices} (100)`, `${m.seo} (≥ 90)`, `${m.lcpMs} ms (≤ 1500)`, `${m.tbtMs} ms`, `${m.fcpMs} ms`]),
    '',
    `All runs (performance / LCP ms): ${lh.runs.map((r) => `${r.performance} / ${r.lcpMs}`).join(', ')}.` + (m.failed.length ? ` Audits not passed: ${m.failed.join(', ')}.` : ''),
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
    '## Standards engine, native (`cargo run --release -p cbcc-engine --example bench`)',
    '',
    engine.trim(),
    '',
    '## What each crate adds to the wasm (function bodies, before wasm-opt)',
    '',
    crates.trim(),
    '',
    failures.length ? `## Budgets failed\n\n${failures.map((f) => `- ${f}`).join('\n')}` : '## Budgets\n\nAll budgets pass.',
    '',
  ].join('\n');
  if (lat.toResult.some(Number.isNaN)) failures.push('input-to-result latency: a change was not shown within 2 s');
} finally {
  await server.stop();
}
fs.mkdirSync(path.join(REPO, 'docs'), { recursive: true });
fs.writeFileSync(path.join(REPO, 'docs/BENCHMARKS.md'), out);
console.log(out);
if (failures.length) {
  console.error(`BUDGET FAILED: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('all budgets pass');
