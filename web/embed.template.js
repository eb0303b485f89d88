// embed.js: the self-assessment widget for a portal's own page (docs/EMBEDDING.md).
// Generated from web/embed.template.js by scripts/postbuild/embed.mjs, which fills in this
// build's hashed file names; serve it without long caching (its name never changes).
//
//   <script type="module" src="https://WIDGET-ORIGIN/PATH/embed.js"></script>
//   <cbcc-self-assessment lang="vi"></cbcc-self-assessment>
//
// Attributes: lang (vi, the default, or en), regime (fixes the rules), province (an id: the file
// provinces/<id>.json next to this script), rules-url (the portal's own province file, relative
// to the portal page; wins over province). id or name, if present, names the widget's saved
// answers (two widgets with different ids keep theirs apart).
//
// Everything is fetched relative to this script's own address, so it works from another origin
// or a sub-path. The wasm is loaded and started once; each element then gets its own open shadow
// root, its own link to the stylesheet and its own independent widget, which dispatches a
// `cbcc-result` event (bubbling, composed; detail: the report, or null) whenever its result
// changes. Written for old phone browsers too: no syntax newer than ES2017.
const BASE = new URL('./', import.meta.url).href;
const GLUE = new URL('__GLUE__', BASE).href;
const WASM = new URL('__WASM__', BASE).href;
const CSS = new URL('__CSS__', BASE).href;
const TAG = 'cbcc-self-assessment';

let started = null;

/** The wasm-bindgen glue, once its wasm is instantiated (once for the whole page). */
function start() {
  if (!started) {
    started = import(GLUE)
      .then((glue) => glue.default({ module_or_path: WASM }).then(() => glue))
      .catch((error) => {
        started = null; // the next element (or attribute change) tries again
        throw error;
      });
  }
  return started;
}

/** The width (px) below which the widget takes its one-column layout: 48rem of the page. */
function narrowWidth() {
  return 48 * (parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);
}

function say(lang, vi, en) {
  return lang === 'en' ? en : vi;
}

class CbccSelfAssessment extends HTMLElement {
  static get observedAttributes() {
    return ['lang', 'regime', 'province', 'rules-url'];
  }

  connectedCallback() {
    this._render();
  }

  disconnectedCallback() {
    this._destroy();
  }

  attributeChangedCallback() {
    // Initial attributes are read by connectedCallback; a later change starts the widget again.
    if (this._run && this.isConnected) this._render();
  }

  _destroy() {
    this._run = (this._run || 0) + 1;
    if (this._resize) {
      this._resize.disconnect();
      this._resize = null;
    }
    if (this._widget) {
      this._widget.destroy();
      this._widget.free();
      this._widget = null;
    }
  }

  _render() {
    this._destroy();
    const run = this._run;
    const shadow = this.shadowRoot || this.attachShadow({ mode: 'open' });
    const lang = /^en\b/i.test(this.getAttribute('lang') || '') ? 'en' : 'vi';
    const attr = (name) => (this.getAttribute(name) || '').trim() || undefined;
    const rulesUrl = attr('rules-url');

    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = CSS;
    const styled = new Promise((resolve) => {
      link.onload = resolve;
      link.onerror = resolve;
    });
    const container = document.createElement('div');
    container.className = 'cbcc-root';
    container.lang = lang;
    container.textContent = say(lang, 'Đang tải…', 'Loading…');
    while (shadow.firstChild) shadow.removeChild(shadow.firstChild);
    shadow.appendChild(link);
    shadow.appendChild(container);
    // Media queries see the screen, not the portal's column: a narrow column gets the phone
    // layout through this attribute (a CSS container query would need size containment, which
    // collapses the element in a portal's flex or inline layout).
    if (typeof ResizeObserver === 'function') {
      this._resize = new ResizeObserver(() => {
        const narrow = this.getBoundingClientRect().width < narrowWidth();
        if (narrow !== container.hasAttribute('data-narrow')) container.toggleAttribute('data-narrow', narrow);
      });
      this._resize.observe(this);
    }

    Promise.all([start(), styled])
      .then(([glue]) => {
        if (run !== this._run) return;
        container.textContent = '';
        this._widget = glue.mount(container, this, {
          lang,
          regime: attr('regime'),
          province: attr('province'),
          rulesUrl: rulesUrl ? new URL(rulesUrl, document.baseURI).href : undefined,
          base: BASE,
          key: this.id || attr('name'),
        });
      })
      .catch((error) => {
        if (run !== this._run) return;
        container.setAttribute('role', 'alert');
        container.textContent = say(
          lang,
          'Không tải được công cụ tự đánh giá. Vui lòng tải lại trang; nếu vẫn lỗi, hãy báo quản trị cổng thông tin.',
          'The self-assessment tool could not be loaded. Please reload the page; if it still fails, tell the portal administrator.',
        );
        console.error(`${TAG}: could not start the widget from ${BASE}`, error);
      });
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, CbccSelfAssessment);
