/* Behaviour of the edition's pages. Works without it: every column shows, previews
   still open on hover and focus. */
(function () {
  "use strict";

  /* Column toggles of a parallel text, kept in the address (?show=ja,ru) so that a
     shared link opens the same view. */
  function setUpColumns(form) {
    var table = form.parentNode.querySelector("table.parallel-text");
    if (!table) { return; }
    var boxes = Array.prototype.slice.call(form.querySelectorAll("input[name=column]"));
    var wanted = new URLSearchParams(window.location.search).get("show");
    if (wanted) {
      var names = wanted.split(",");
      boxes.forEach(function (box) { box.checked = names.indexOf(box.value) >= 0; });
      if (!boxes.some(function (box) { return box.checked; })) {
        boxes.forEach(function (box) { box.checked = true; });
      }
    }
    function apply() {
      var hidden = boxes.filter(function (box) { return !box.checked; })
                        .map(function (box) { return box.value; });
      table.setAttribute("data-hide", hidden.join(" "));
      return hidden;
    }
    apply();
    form.hidden = false;
    form.addEventListener("change", function (event) {
      if (!boxes.some(function (box) { return box.checked; })) {
        event.target.checked = true;  // at least one column stays visible
      }
      var hidden = apply();
      var url = new URL(window.location.href);
      if (hidden.length) {
        url.searchParams.set("show", boxes.filter(function (b) { return b.checked; })
                                          .map(function (b) { return b.value; }).join(","));
      } else {
        url.searchParams.delete("show");
      }
      window.history.replaceState(null, "", url.toString());
    });
  }

  /* Escape closes an open preview (WCAG 1.4.13); moving on to another link reopens. */
  function setUpPreviews() {
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { document.body.classList.add("xref-dismissed"); }
    });
    ["focusin", "mouseover"].forEach(function (type) {
      document.addEventListener(type, function (event) {
        if (event.target.closest && event.target.closest("a.xref")) {
          document.body.classList.remove("xref-dismissed");
        }
      });
    });
  }

  function setUp() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-parallel-controls]"), setUpColumns);
    setUpPreviews();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
