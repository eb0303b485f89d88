// Embedding in a portal: dist/ is served on one 127.0.0.1 port (the widget's origin, with CORS
// headers) and host pages on ANOTHER port (the portal's origin), each with the Content-Security-
// Policy docs/EMBEDDING.md tells a portal to add. The host page loads embed.js cross-origin and
// places <cbcc-self-assessment> elements: each renders in its own shadow root, in its language,
// independently; styles do not cross the shadow boundary either way; each dispatches
// cbcc-result; a bad rules-url shows the engine's message and the widget keeps to the national
// rules; nothing from a rules file is rendered as HTML; the iframe mode resizes its iframe by
// postMessage, from the right origin only. And axe on the host page with two widgets.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { DIST, REPO, TITLE } from './lib.mjs';
import { startServer } from './serve.mjs';

const TITLE_EN = 'Self-assessment of standards for commune cadres and civil servants';
const EXAMPLE = JSON.parse(fs.readFileSync(path.join(REPO, 'engine', 'provinces', 'example.json'), 'utf8'));

/** The CSP lines of docs/EMBEDDING.md for a portal at 'self' embedding the widget at `w`. */
const csp = (w) =>
  [
    "default-src 'self'",
    `script-src 'self' ${w} 'wasm-unsafe-eval'`,
    `style-src 'self' ${w}`,
    `connect-src 'self' ${w}`,
    `frame-src ${w}`,
    "img-src 'self' data:",
    "object-src 'none'",
  ].join('; ');

function page(w, { title, css = 'hostile.css', embed = true, body }) {
  return `<!DOCTYPE html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${csp(w)}" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    ${css ? `<link rel="stylesheet" href="${css}" />` : ''}
    <script src="events.js"></script>
    ${embed ? `<script type="module" src="${w}/embed.js"></script>` : ''}
  </head>
  <body>
    <main>
      <h1>Cổng thông tin thử</h1>
      ${body}
    </main>
  </body>
</html>
`;
}

// Elements of the host page that share class names and tags with the widget.
const PROBES = `
      <p class="hint probe" id="probe-hint">Một đoạn của cổng thông tin.</p>
      <div class="columns probe" id="probe-columns"><span>a</span><span>b</span></div>
      <button type="button" class="probe" id="probe-button">Nút của cổng</button>
      <h2 class="probe" id="probe-h2">Tiêu đề của cổng</h2>`;

const TWO_WIDGETS = `
      <section aria-label="Tiếng Việt">
        <cbcc-self-assessment id="w-vi" lang="vi" province="vi_du" regime="nd33_2023"></cbcc-self-assessment>
      </section>
      <section aria-label="English" lang="en">
        <cbcc-self-assessment id="w-en" lang="en"></cbcc-self-assessment>
      </section>`;

// Everything a portal's stylesheet could throw at it.
const HOSTILE_CSS = `
* { color: rgb(255, 0, 0) !important; font-family: "Courier New", monospace !important;
    letter-spacing: 3px !important; text-transform: uppercase !important; }
cbcc-self-assessment { font-size: 30px; line-height: 3; text-align: center; font-weight: 900;
    font-style: italic; word-spacing: 10px; white-space: pre; background: yellow; }
h1, h2, h3, p, label, button, select, li, dd { font-size: 31px !important; margin: 40px !important;
    background: rgb(0, 255, 0) !important; }
.hint, .columns, .summary, .req, .cbcc-root, .applied, .prompt, .toolbar, .province {
    display: none !important; border: 5px solid blue !important; }
`;

const EVENTS_JS = `
window.__events = [];
document.addEventListener('cbcc-result', function (e) {
  window.__events.push({ id: e.target.id, bubbles: e.bubbles, composed: e.composed, detail: e.detail });
});
`;

function rulesFiles() {
  const lower = structuredClone(EXAMPLE);
  lower.rules.push({
    posts: ['chu_tich_ubnd'], area: 'political_theory', kind: 'advised', level: 'trung_cap',
    basis: { document: 'QĐ tỉnh' }, confidence: 'S',
  });
  const xss = structuredClone(EXAMPLE);
  xss.id = 'thu';
  xss.example = false;
  xss.name_vi = '<img src=x onerror="window.__xss=1">Tỉnh <b>Thử</b>';
  xss.basis.document = '<script>window.__xss=2</script>Quyết định 1/2025/QĐ-UBND';
  xss.rules[0].basis.document = '<img src=y onerror="window.__xss=3">QĐ 1/2025';
  xss.rules[0].note_vi = '<b onmouseover="window.__xss=4">ghi chú</b>';
  return {
    'bad.json': '{ "id": "vi_du", ',
    'typo.json': JSON.stringify(EXAMPLE, null, 2).replace('"level"', '"levle"'),
    'lower.json': JSON.stringify(lower, null, 2),
    'xss.json': JSON.stringify(xss, null, 2),
  };
}

/** Starts the widget server (dist/, CORS) and the portal server (host pages); runs fn; stops both. */
async function withPortal(fn) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbcc-portal-'));
  const widget = await startServer(DIST, 0, '127.0.0.1', { cors: '*' });
  const portal = await startServer(dir, 0, '127.0.0.1');
  const w = `http://127.0.0.1:${widget.address().port}`;
  const p = `http://127.0.0.1:${portal.address().port}`;
  const files = {
    'index.html': '<!DOCTYPE html><title>portal</title>',
    'hostile.css': HOSTILE_CSS,
    'events.js': EVENTS_JS,
    // No inline style under the CSP: the iframes' first height comes from here.
    'frame.css': 'iframe.frame { display: block; width: 100%; height: 150px; border: 0; }',
    'host.html': page(w, { title: 'Cổng thông tin thử', body: PROBES + TWO_WIDGETS }),
    'plain.html': page(w, { title: 'Cổng thông tin thử', embed: false, body: PROBES }),
    'clean.html': page(w, { title: 'Cổng thông tin thử', css: false, body: TWO_WIDGETS }),
    'bad.html': page(w, {
      title: 'Tệp tiêu chuẩn hỏng',
      css: false,
      body: `
      <cbcc-self-assessment id="b-json" regime="nd33_2023" rules-url="rules/bad.json"></cbcc-self-assessment>
      <cbcc-self-assessment id="b-typo" regime="nd33_2023" rules-url="rules/typo.json"></cbcc-self-assessment>
      <cbcc-self-assessment id="b-lower" regime="nd33_2023" rules-url="rules/lower.json"></cbcc-self-assessment>
      <cbcc-self-assessment id="b-404" lang="en" rules-url="rules/missing.json"></cbcc-self-assessment>
      <cbcc-self-assessment id="b-id" province="../x"></cbcc-self-assessment>
      <cbcc-self-assessment id="b-xss" regime="nd33_2023" rules-url="${p}/rules/xss.json"></cbcc-self-assessment>`,
    }),
    'frame.html': page(w, {
      title: 'Nhúng bằng iframe',
      css: 'frame.css',
      embed: false,
      body: `
      <iframe id="f-ok" class="frame" title="Tự đánh giá (iframe)"
        src="${w}/?embed=iframe&parent=${encodeURIComponent(p)}"></iframe>
      <iframe id="f-wrong" class="frame" title="Tự đánh giá (iframe, cổng khác)"
        src="${w}/?embed=iframe&parent=${encodeURIComponent('http://example.invalid')}"></iframe>
      <script src="${w}/iframe-host.js"></script>`,
    }),
  };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  fs.mkdirSync(path.join(dir, 'rules'));
  for (const [name, text] of Object.entries(rulesFiles())) fs.writeFileSync(path.join(dir, 'rules', name), text);
  try {
    return await fn({ w, p });
  } finally {
    for (const s of [widget, portal]) {
      s.closeAllConnections();
      await new Promise((r) => s.close(r));
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const ready = (page, id) => page.waitForSelector(`#${id} .cbcc-root[data-ready="true"]`, { state: 'attached', timeout: 20_000 });

async function open(h, url, ids) {
  const page = await h.newPage();
  await page.goto(url);
  for (const id of ids) await ready(page, id);
  return page;
}

const events = (page, id) => page.evaluate((id) => window.__events.filter((e) => e.id === id), id);

/** Computed styles of a widget's elements (through its shadow root) or of light-DOM elements. */
function styles(page, host, selectors) {
  return page.evaluate(
    ({ host, selectors }) => {
      const root = host ? document.getElementById(host).shadowRoot : document;
      const props = ['color', 'background-color', 'font-family', 'font-size', 'font-weight', 'font-style', 'line-height',
        'letter-spacing', 'word-spacing', 'text-transform', 'text-align', 'white-space', 'display', 'margin-top',
        'border-top-width', 'padding-top'];
      const out = {};
      for (const sel of selectors) {
        const el = root.querySelector(sel);
        if (!el) throw new Error(`${host || 'page'}: no ${sel}`);
        const cs = getComputedStyle(el);
        out[sel] = Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
      }
      return out;
    },
    { host, selectors },
  );
}

const WIDGET_PARTS = ['.cbcc-root', 'h1', '.topbar button', '.toolbar button', '#applied', 'label[for="post"]', '#post',
  '.hint', 'legend', '.prompt', '.disclaimer', '.jump'];

export default [
  async function two_widgets_in_two_languages_on_a_page_of_another_origin(h) {
    await withPortal(async ({ w, p }) => {
      const page = await open(h, `${p}/host.html`, ['w-vi', 'w-en']);
      // Each in its own open shadow root; nothing of the widgets in the host page's own DOM.
      assert.deepEqual(
        await page.evaluate(() => ['w-vi', 'w-en'].map((id) => document.getElementById(id).shadowRoot?.mode)),
        ['open', 'open'],
      );
      assert.equal(await page.evaluate(() => document.querySelectorAll('select, .cbcc-root, #ket-qua').length), 0);
      assert.equal((await page.locator('#w-vi h1').textContent()).trim(), TITLE);
      assert.equal((await page.locator('#w-en h1').textContent()).trim(), TITLE_EN);
      assert.equal(await page.locator('#w-vi .cbcc-root').getAttribute('lang'), 'vi');
      assert.equal(await page.locator('#w-en .cbcc-root').getAttribute('lang'), 'en');
      assert.match(await page.locator('#w-en #applied').innerText(), /^Applying: /);
      // The province: its name, "an example", and the rules line says it is applied.
      assert.match(await page.locator('#w-vi .province').innerText(), /Tỉnh Ví Dụ/);
      assert.match(await page.locator('#w-vi .province .example-warning').innerText(), /không phải quy định thật/);
      assert.match(await page.locator('#w-vi #applied').innerText(), /^Áp dụng: Nghị định 33\/2023[^—]* cùng tiêu chuẩn của tỉnh — /);
      assert.match(await page.locator('#w-vi .fixed-rules').innerText(), /Nghị định 33/);
      assert.equal(await page.locator('#w-en .province').count(), 0);

      // Fill one: the other is unchanged.
      await page.locator('#w-vi #post').selectOption('tu_phap_ho_tich');
      await page.locator('#w-vi #requirements [data-area="it"]').waitFor();
      assert.equal(await page.locator('#w-en #post').inputValue(), '');
      assert.equal(await page.locator('#w-en .prompt').count(), 1);
      assert.equal(await page.locator('#w-en [data-area]').count(), 0);
      // The provincial standard is marked, with the province's decision as its basis.
      const it = page.locator('#w-vi #requirements [data-area="it"]');
      assert.equal(await it.getAttribute('data-from-province'), 'true');
      assert.equal(await it.getAttribute('data-status'), 'missing');
      assert.match(await it.locator('.from-province').innerText(), /Tiêu chuẩn của tỉnh/);
      assert.match(await it.locator('.basis').first().innerText(), /Quyết định số 00\/2024\/QĐ-UBND/);
      assert.equal(await page.locator('#w-vi #requirements [data-from-province]').count(), 1);

      // cbcc-result: bubbling, composed, the report as an object.
      await page.waitForFunction(() => window.__events.some((e) => e.id === 'w-vi'));
      const [vi] = await events(page, 'w-vi');
      assert.equal(vi.bubbles, true);
      assert.equal(vi.composed, true);
      assert.equal(vi.detail.post, 'tu_phap_ho_tich');
      assert.equal(vi.detail.regime, 'nd33_2023');
      assert.deepEqual(vi.detail.province && [vi.detail.province.id, vi.detail.province.example, vi.detail.province.applied], ['vi_du', true, true]);
      const itReq = vi.detail.requirements.find((r) => r.area === 'it');
      assert.deepEqual([itReq.status, itReq.from_province], ['missing', true]);
      assert.ok(vi.detail.trainings.some((t) => t.id === 'tin_hoc_co_ban'));
      assert.deepEqual(await events(page, 'w-en'), []);

      await page.locator('#w-en #post').selectOption('chuyen_vien');
      await page.waitForFunction(() => window.__events.some((e) => e.id === 'w-en'));
      const [en] = await events(page, 'w-en');
      assert.equal(en.detail.post, 'chuyen_vien');
      assert.equal(en.detail.province, undefined);
      assert.equal((await events(page, 'w-vi')).length, 1, 'the Vietnamese widget did not change');
      assert.equal(await page.locator('#w-vi #post').inputValue(), 'tu_phap_ho_tich');
      // The language switch of one widget leaves the other and the page alone.
      await page.locator('#w-en .topbar button').click();
      assert.equal((await page.locator('#w-en h1').textContent()).trim(), TITLE);
      assert.equal(await page.locator('#w-en .cbcc-root').getAttribute('lang'), 'vi');
      assert.equal((await page.locator('#w-vi h1').textContent()).trim(), TITLE);

      // Its share link opens the widget's own page, with the province.
      await page.locator('#w-vi .toolbar button').first().click();
      const link = await page.locator('#w-vi #share-link').inputValue();
      assert.ok(link.startsWith(`${w}/?province=vi_du#p=`), link);

      // The host page's address, language, title are its own; answers saved per widget.
      assert.equal(new URL(page.url()).hash, '');
      assert.equal(await page.getAttribute('html', 'lang'), 'vi');
      assert.equal(await page.title(), 'Cổng thông tin thử');
      const keys = await page.evaluate(() => Object.keys(localStorage).sort());
      assert.deepEqual(keys, ['cbcc-widget.embed.w-en.profile', 'cbcc-widget.embed.w-vi.profile']);
      // A reload brings each widget's own answers back.
      await page.reload();
      await ready(page, 'w-vi');
      await ready(page, 'w-en');
      assert.equal(await page.locator('#w-vi #post').inputValue(), 'tu_phap_ho_tich');
      assert.equal(await page.locator('#w-en #post').inputValue(), 'chuyen_vien');

      // Only the widget's own files, from its origin (and the province file), were requested:
      // embed.js starts the full wasm (src/bin/cbcc-full.rs).
      const fromWidget = page.requests.filter((u) => u.startsWith(w)).map((u) => new URL(u).pathname.replace(/-[0-9a-f]{8,16}/, '-HASH'));
      assert.deepEqual([...new Set(fromWidget)].sort(), ['/cbcc-full-HASH.js', '/cbcc-full-HASH_bg.wasm', '/embed.js', '/main-HASH.css', '/provinces/vi_du.json']);
      h.expectNoConsoleErrors(page);
    });
  },

  async function styles_do_not_cross_the_shadow_boundary_either_way(h) {
    await withPortal(async ({ p }) => {
      // The portal's rough stylesheet changes nothing in the widgets…
      const clean = await open(h, `${p}/clean.html`, ['w-vi', 'w-en']);
      const hostile = await open(h, `${p}/host.html`, ['w-vi', 'w-en']);
      // The province block comes with the province file, after the widget is ready.
      for (const pg of [clean, hostile]) await pg.locator('#w-vi .province .example-warning').waitFor();
      for (const [id, parts] of [['w-vi', [...WIDGET_PARTS, '.province', '.example-warning']], ['w-en', WIDGET_PARTS]]) {
        assert.deepEqual(await styles(hostile, id, parts), await styles(clean, id, parts), `${id} looks the same`);
      }
      const box = (pg) => pg.evaluate(() => document.getElementById('w-en').shadowRoot.querySelector('h1').getBoundingClientRect().height);
      assert.equal(await box(hostile), await box(clean));
      // …and the widgets' stylesheet changes nothing on the page (nor is it added to the page).
      const plain = await h.newPage();
      await plain.goto(`${p}/plain.html`);
      const probes = ['#probe-hint', '#probe-columns', '#probe-button', '#probe-h2', 'main', 'body', 'h1'];
      assert.deepEqual(await styles(hostile, null, probes), await styles(plain, null, probes));
      assert.equal(
        await hostile.evaluate(() => [...document.styleSheets].map((s) => s.href && new URL(s.href).pathname).join(' ')),
        '/hostile.css',
      );
      // The layout follows the widget's own width, not the screen's: a narrow portal column gets
      // one column; and a widget that is a flex item keeps its width.
      const display = (id) => clean.evaluate((id) => getComputedStyle(document.getElementById(id).shadowRoot.querySelector('.columns')).display, id);
      assert.equal(await display('w-vi'), 'grid');
      await clean.evaluate(() => { document.getElementById('w-en').style.width = '400px'; });
      await clean.waitForFunction(() => getComputedStyle(document.getElementById('w-en').shadowRoot.querySelector('.columns')).display === 'block');
      // Its "see the result" bar scrolls to the result without touching the page's address.
      await clean.locator('#w-en .jump').click();
      await clean.waitForFunction(() => document.getElementById('w-en').shadowRoot.getElementById('ket-qua').getBoundingClientRect().top < innerHeight);
      assert.equal(new URL(clean.url()).hash, '');
      assert.equal(await display('w-vi'), 'grid');
      await clean.evaluate(() => {
        const row = document.createElement('div');
        row.style.display = 'flex';
        document.querySelector('main').appendChild(row);
        const el = document.getElementById('w-vi');
        row.appendChild(el);
      });
      await ready(clean, 'w-vi');
      assert.ok(await clean.evaluate(() => document.getElementById('w-vi').getBoundingClientRect().width > 600), 'a flex item keeps its width');
      for (const pg of [clean, hostile, plain]) h.expectNoConsoleErrors(pg);
    });
  },

  async function a_bad_rules_file_shows_the_engines_message_and_the_national_rules_apply(h) {
    await withPortal(async ({ p }) => {
      const ids = ['b-json', 'b-typo', 'b-lower', 'b-404', 'b-id', 'b-xss'];
      const page = await open(h, `${p}/bad.html`, ids);
      const message = async (id) => {
        const loc = page.locator(`#${id} .province-error`);
        await loc.waitFor();
        return loc.innerText();
      };
      const national = /Công cụ đang áp dụng tiêu chuẩn quốc gia\.$/;
      const json = await message('b-json');
      assert.match(json, /^⚠ Không dùng được tệp tiêu chuẩn của tỉnh: dòng 1 cột \d+: tệp tiêu chuẩn của tỉnh không hợp lệ: /);
      assert.match(json, national);
      assert.match(await message('b-typo'), /trường `levle` không có/);
      const lower = await message('b-lower');
      assert.match(lower, /quy tắc #4 \(political_theory, chu_tich_ubnd\): hạ thấp tiêu chuẩn quốc gia .*chu_tich_ubnd/);
      assert.match(lower, national);
      assert.match(await message('b-404'), /could not load http:\/\/127\.0\.0\.1:\d+\/rules\/missing\.json \(HTTP 404\).*The national standards are applied\./);
      assert.match(await message('b-id'), /mã tỉnh “\.\.\/x” không hợp lệ/);

      // The widget keeps working, with the national rules only.
      await page.locator('#b-lower #post').selectOption('chu_tich_ubnd');
      await page.locator('#b-lower #requirements [data-area="political_theory"]').waitFor();
      assert.equal(await page.locator('#b-lower #requirements [data-from-province]').count(), 0);
      assert.match(await page.locator('#b-lower #applied').innerText(), /^Áp dụng: Nghị định 33\/2023[^—]* — /);
      assert.doesNotMatch(await page.locator('#b-lower #applied').innerText(), /tỉnh/);
      await page.waitForFunction(() => window.__events.some((e) => e.id === 'b-lower'));
      const [ev] = await events(page, 'b-lower');
      assert.equal(ev.detail.province, undefined);

      // A file full of markup: shown as text, never as HTML.
      await page.locator('#b-xss #post').selectOption('tu_phap_ho_tich');
      await page.locator('#b-xss #requirements [data-area="it"]').waitFor();
      assert.match(await page.locator('#b-xss .province-name').innerText(), /<img src=x onerror="window\.__xss=1">Tỉnh <b>Thử<\/b>/);
      assert.match(await page.locator('#b-xss .province .basis').innerText(), /<script>window\.__xss=2<\/script>/);
      assert.match(await page.locator('#b-xss [data-area="it"] .basis').first().innerText(), /<img src=y/);
      assert.equal(await page.evaluate(() => document.getElementById('b-xss').shadowRoot.querySelectorAll('img, script, b').length), 0);
      assert.equal(await page.evaluate(() => window.__xss), undefined);
      assert.equal(await page.locator('#b-xss .example-warning').count(), 0);
    });
  },

  async function iframe_mode_sizes_the_iframe_by_postmessage_from_its_own_origin_only(h) {
    await withPortal(async ({ p }) => {
      const page = await h.newPage();
      await page.goto(`${p}/frame.html`);
      const height = (id) => page.evaluate((id) => document.getElementById(id).getBoundingClientRect().height, id);
      await page.waitForFunction(() => document.getElementById('f-ok').getBoundingClientRect().height > 400, null, { timeout: 20_000 });
      const frame = page.frames().find((f) => f.url().includes('parent=' + encodeURIComponent(p)));
      const docHeight = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      // Once the messages have caught up, the iframe is exactly as tall as its page.
      const settled = async () => {
        for (let i = 0; i < 50; i++) {
          const [a, b] = [await height('f-ok'), await docHeight()];
          if (a === b) return a;
          await page.waitForTimeout(100);
        }
        assert.fail(`the iframe is ${await height('f-ok')} px tall, its page ${await docHeight()} px`);
      };
      await settled();
      // The content grows: so does the iframe; the host gets the result as a cbcc-result event.
      const before = await height('f-ok');
      await page.frameLocator('#f-ok').locator('#post').selectOption('chuyen_vien');
      await page.waitForFunction((b) => document.getElementById('f-ok').getBoundingClientRect().height > b + 100, before);
      await settled();
      await page.waitForFunction(() => window.__events.some((e) => e.id === 'f-ok'));
      const [ev] = await events(page, 'f-ok');
      assert.equal(ev.detail.post, 'chuyen_vien');
      // A page whose `parent` names another origin posts nothing here; a message from anything
      // but the iframe's own window and origin is ignored.
      assert.equal(await height('f-wrong'), 150);
      const now = await height('f-ok');
      await page.evaluate(() => window.postMessage({ type: 'cbcc:height', height: 7 }, '*'));
      await page.waitForTimeout(200);
      assert.equal(await height('f-ok'), now);
      assert.equal(await page.evaluate(() => window.__events.filter((e) => e.id === 'f-wrong').length), 0);
    });
  },

  async function attributes_can_change_and_elements_come_and_go(h) {
    await withPortal(async ({ p }) => {
      const page = await open(h, `${p}/clean.html`, ['w-vi', 'w-en']);
      // A new lang attribute starts the widget again in that language, with its saved answers.
      await page.locator('#w-vi #post').selectOption('tu_phap_ho_tich');
      await page.locator('#w-vi #requirements [data-area="it"]').waitFor();
      await page.evaluate(() => document.getElementById('w-vi').setAttribute('lang', 'en'));
      await page.waitForFunction(() => document.getElementById('w-vi').shadowRoot.querySelector('h1')?.textContent.trim().startsWith('Self-assessment'));
      await ready(page, 'w-vi');
      assert.equal(await page.locator('#w-vi #post').inputValue(), 'tu_phap_ho_tich');
      assert.match(await page.locator('#w-vi .province-name').innerText(), /Provincial standards applied as well: Example Province/);
      // Removed, the widget is destroyed; put back, it starts again; a new element works too.
      await page.evaluate(() => {
        const el = document.getElementById('w-en');
        window.__kept = el;
        el.remove();
      });
      await page.evaluate(() => document.querySelector('main').appendChild(window.__kept));
      await ready(page, 'w-en');
      await page.evaluate(() => {
        const el = document.createElement('cbcc-self-assessment');
        el.id = 'w-new';
        el.setAttribute('lang', 'en');
        document.querySelector('main').appendChild(el);
      });
      await ready(page, 'w-new');
      assert.equal((await page.locator('#w-new h1').textContent()).trim(), TITLE_EN);
      assert.equal(await page.locator('#w-en .cbcc-root').count(), 1);
      h.expectNoConsoleErrors(page);
    });
  },

  async function the_page_itself_takes_lang_regime_and_province_from_its_address(h) {
    const page = await h.newPage();
    await page.goto(new URL('?province=vi_du&regime=nd33_2023&lang=en', h.baseUrl).href);
    await h.waitForApp(page);
    await page.locator('#province .province-name').waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.match(await page.locator('#province').innerText(), /Example Province[\s\S]*not any province's real rules/);
    assert.match(await page.locator('#applied').innerText(), /^Applying: Decree 33\/2023[^—]* plus the provincial standards — /);
    assert.match(await page.locator('.fixed-rules').innerText(), /Decree 33\/2023/);
    await page.locator('#post').selectOption('tu_phap_ho_tich');
    const it = page.locator('#requirements [data-area="it"]');
    await it.waitFor();
    assert.equal(await it.getAttribute('data-from-province'), 'true');
    assert.match(await it.innerText(), /Provincial standard/);
    h.expectNoConsoleErrors(page);

    // A province the widget does not ship: said, and the national rules apply.
    const other = await h.newPage();
    await other.goto(new URL('?province=nope', h.baseUrl).href);
    await h.waitForApp(other);
    await other.locator('#province.province-error').waitFor();
    assert.match(await other.locator('#province').innerText(), /không tải được tệp provinces\/nope\.json \(HTTP 404\)\. Công cụ đang áp dụng tiêu chuẩn quốc gia\./);
  },

  async function the_demo_portal_page_works(h) {
    const page = await h.newPage();
    await page.goto(new URL('demo/portal.html', h.baseUrl).href);
    await ready(page, 'tdcb-vi');
    await ready(page, 'tdcb-en');
    await page.waitForFunction(() => document.getElementById('tdcb-frame').getBoundingClientRect().height > 600, null, { timeout: 20_000 });
    await page.locator('#tdcb-vi #post').selectOption('tu_phap_ho_tich');
    await page.locator('#log li').first().waitFor();
    assert.match(await page.locator('#log li').first().innerText(), /tdcb-vi +tu_phap_ho_tich: \d+ met, \d+ missing, province vi_du/);
    h.expectNoConsoleErrors(page);
  },

  async function axe_finds_no_violation_on_a_host_page_with_two_widgets(h) {
    await withPortal(async ({ p }) => {
      const page = await open(h, `${p}/clean.html`, ['w-vi', 'w-en']);
      await page.locator('#w-vi #post').selectOption('tu_phap_ho_tich');
      await page.locator('#w-en #post').selectOption('chuyen_vien');
      await page.locator('#w-en #requirements [data-area]').first().waitFor();
      const { violations } = await new AxeBuilder({ page }).analyze();
      const text = violations
        .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`)
        .join('\n  ');
      assert.equal(violations.length, 0, `axe violations on the host page:\n  ${text}`);
    });
  },
];
