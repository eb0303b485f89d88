// iframe-host.js: for a portal page that shows the self-assessment widget in an iframe (the
// strongest isolation; the widget keeps its own origin, storage and offline cache). See
// docs/EMBEDDING.md.
//
//   <iframe src="https://WIDGET-ORIGIN/PATH/?embed=iframe&parent=https%3A%2F%2FPORTAL-ORIGIN"
//           title="Tự đánh giá tiêu chuẩn cán bộ, công chức cấp xã" style="width:100%;border:0"></iframe>
//   <script src="https://WIDGET-ORIGIN/PATH/iframe-host.js" defer></script>
//
// The widget page posts {type: 'cbcc:height', height} to its parent (to the origin named in
// `parent` only) whenever its height changes, and {type: 'cbcc:result', report} when its result
// changes. This script takes a message only when it comes from one of the page's iframes and
// from that iframe's own origin; it then sets that iframe's height, or dispatches a
// `cbcc-result` event (bubbling; detail: the report, or null) on the iframe element.
(function () {
  'use strict';

  function frameOf(event) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) return frames[i];
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || typeof data.type !== 'string') return;
    if (data.type !== 'cbcc:height' && data.type !== 'cbcc:result') return;
    var frame = frameOf(event);
    if (!frame) return;
    var origin;
    try {
      origin = new URL(frame.src, document.baseURI).origin;
    } catch (e) {
      return;
    }
    if (event.origin !== origin) return;
    if (data.type === 'cbcc:height') {
      var height = Number(data.height);
      if (isFinite(height) && height > 0 && height < 100000) {
        frame.style.height = Math.ceil(height) + 'px';
      }
    } else {
      var detail = data.report === undefined ? null : data.report;
      frame.dispatchEvent(new CustomEvent('cbcc-result', { bubbles: true, composed: true, detail: detail }));
    }
  });
})();
