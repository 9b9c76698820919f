/*
 * bildung-widgets embed.js: sizes every <iframe data-bildung-embed> on this page to the height its
 * embed page reports. Plain script, no dependencies, no eval; loading it twice is harmless.
 *
 *   <iframe data-bildung-embed="bw-1" src="https://…/embed.html?widget=map&…&id=bw-1"
 *           title="…" width="100%" height="720"></iframe>
 *   <script src="https://…/embed.js" defer></script>
 *
 * A message is used only when it comes from one of those iframes (its contentWindow is the
 * message's source and the iframe's src has the message's origin), has the type
 * 'bildung-embed-height', a finite height between 50 and 20000 px and, when the iframe's
 * data-bildung-embed names an id, that id. Everything else is ignored.
 */
(function () {
  'use strict';
  if (window.bildungEmbedListening) return;
  window.bildungEmbedListening = true;

  var MIN = 50;
  var MAX = 20000;

  function originOf(iframe) {
    try {
      return new URL(iframe.getAttribute('src') || '', document.baseURI).origin;
    } catch {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'bildung-embed-height') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < MIN || height > MAX) return;
    if (!event.source) return;
    var frames = document.querySelectorAll('iframe[data-bildung-embed]');
    for (var i = 0; i < frames.length; i++) {
      var iframe = frames[i];
      if (iframe.contentWindow !== event.source) continue;
      if (originOf(iframe) !== event.origin) return;
      var id = iframe.getAttribute('data-bildung-embed');
      if (id && data.id !== id) return;
      iframe.style.height = Math.ceil(height) + 'px';
      return;
    }
  });
})();
