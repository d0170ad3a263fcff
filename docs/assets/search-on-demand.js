/* Search on demand. Material for MkDocs asks for the search index as soon as any page
   opens, then parses it and hands it to its search worker on the page's main thread. Our
   index holds every text in three languages (0.6 MB, 0.1 MB compressed), and most readers
   never search: on a phone that is a tenth of a megabyte and about half a second of work
   for nothing. This script holds that one request back until the reader shows they want
   to search (presses on the search icon or focuses the search field, which Material's
   keyboard shortcuts and a ?q= address also do). Until the index arrives, the search
   panel says "Initializing search", as it always did while the index loaded.

   It must run before Material's bundle (see overrides/main.html). It touches no other
   request. The offline (file://) edition reads its index from a script instead, so it is
   unaffected. If the search field has focus before this script runs, nothing is held. */
(function () {
  "use strict";

  var INDEX = /\/search\/search_index\.json(?:[?#].*)?$/;
  var proto = XMLHttpRequest.prototype;
  var open = proto.open;
  var send = proto.send;
  var held = [];
  var released = false;

  function release() {
    if (released) { return; }
    released = true;
    held.splice(0).forEach(function (call) { send.apply(call[0], call[1]); });
  }

  proto.open = function (method, url) {
    this.editionSearchIndex = INDEX.test(String(url));
    return open.apply(this, arguments);
  };
  proto.send = function () {
    if (this.editionSearchIndex && !released) {
      held.push([this, arguments]);
      return undefined;
    }
    return send.apply(this, arguments);
  };

  function isSearchControl(target) {
    return target instanceof Element &&
      Boolean(target.closest("[data-md-component=search-query], label[for=__search], #__search"));
  }
  // Capture phase: Material's own handlers may stop the event or move the focus.
  ["pointerdown", "focusin", "change"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      if (isSearchControl(event.target)) { release(); }
    }, true);
  });
  if (document.activeElement && isSearchControl(document.activeElement)) { release(); }
})();
