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
      if (hidden.length || table.hasAttribute("data-hide")) {  // no needless restyle on load
        table.setAttribute("data-hide", hidden.join(" "));
      }
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

  /* Citations: the reader's access date, copy buttons and .bib/.ris downloads. */
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"];
  var MLA_MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.",
                    "Oct.", "Nov.", "Dec."];
  function pad(number) { return (number < 10 ? "0" : "") + number; }
  function accessDate(form, today) {
    var y = today.getFullYear(), m = today.getMonth(), d = today.getDate();
    if (form === "long") { return MONTHS[m] + " " + d + ", " + y; }
    if (form === "mla") { return d + " " + MLA_MONTHS[m] + " " + y; }
    if (form === "ris") { return y + "/" + pad(m + 1) + "/" + pad(d); }
    return y + "-" + pad(m + 1) + "-" + pad(d);
  }
  function copyText(value) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(value);
    }
    var area = document.createElement("textarea");  // file:// and older browsers
    area.value = value;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    document.execCommand("copy");
    document.body.removeChild(area);
    return Promise.resolve();
  }
  /* Nothing is done to a Cite control until it is opened: a page with dozens of them
     starts as fast as one without. */
  function prepareCitation(details) {
    if (details.hasAttribute("data-ready")) { return; }
    details.setAttribute("data-ready", "");
    var source = details.querySelector("noscript.cite-source");
    if (source) {  // the citations, kept as text until now (see scripts/citation/control.py)
      var template = document.createElement("template");
      template.innerHTML = source.textContent;
      details.appendChild(template.content);
    }
    var today = new Date();
    Array.prototype.forEach.call(details.querySelectorAll("[data-accessed]"), function (span) {
      span.textContent = accessDate(span.getAttribute("data-accessed"), today);
    });
    Array.prototype.forEach.call(details.querySelectorAll(".cite-copy, .cite-download"), function (button) {
      button.hidden = false;
    });
  }
  function act(button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    var value = source.textContent.trim() + "\n";
    if (button.classList.contains("cite-download")) {
      var link = document.createElement("a");
      link.href = URL.createObjectURL(new Blob([value], { type: button.getAttribute("data-type") }));
      link.download = button.getAttribute("data-filename");
      document.body.appendChild(link);
      link.click();
      document.body.removeChild(link);
      return;
    }
    copyText(value).then(function () {
      var label = button.textContent;
      button.textContent = "Copied";
      setTimeout(function () { button.textContent = label; }, 1500);
    });
  }
  function setUpCitations() {
    document.addEventListener("toggle", function (event) {
      if (event.target.matches && event.target.matches("details.cite") && event.target.open) {
        prepareCitation(event.target);
      }
    }, true);
    document.addEventListener("click", function (event) {
      var button = event.target.closest && event.target.closest(".cite-copy, .cite-download");
      if (button) { act(button); }
    });
  }

  /* Light and dark palettes (overrides/partials/palette.html). Material's own palette
     component marks the body as "switching" and unmarks it as every page opens, which
     restyles every element twice: a quarter of a second of a phone's main thread. This does
     the same job but changes the body only when the palette must change. The reader's
     choice is kept where Material keeps it (__palette), so that Material's early script in
     the page applies it before the first paint; until they choose, the system's setting
     decides, as with Material. */
  var COLOR_KEYS = ["scheme", "primary", "accent"];
  function stored(name) {
    try { return window.__md_get ? __md_get(name) : null; } catch (error) { return null; }
  }
  function store(name, value) {
    try { if (window.__md_set) { __md_set(name, value); } } catch (error) { /* no storage */ }
  }
  function meta(name) {
    var element = document.head.querySelector('meta[name="' + name + '"]');
    if (!element) {
      element = document.createElement("meta");
      element.name = name;
      document.head.appendChild(element);
    }
    return element;
  }
  function setUpPalette(form) {
    var options = Array.prototype.slice.call(form.querySelectorAll("input[name=__palette]"));
    if (!options.length) { return; }
    function color(option) {
      var values = { media: option.getAttribute("data-md-color-media") };
      COLOR_KEYS.forEach(function (key) { values[key] = option.getAttribute("data-md-color-" + key); });
      return values;
    }
    function preferred() {
      var choice = stored("__palette");
      if (choice && options[choice.index]) { return choice.index; }
      var index = options.findIndex(function (option) {
        return matchMedia(option.getAttribute("data-md-color-media")).matches;
      });
      return Math.max(0, index);
    }
    // As Material does, the browser's bar takes the header's colour. (Material also writes a
    // color-scheme meta tag, which restyles the whole page; the stylesheet's color-scheme
    // already gives form controls and scroll bars the palette's colours.)
    var themeColor = meta("theme-color");
    function show(index) {
      var values = color(options[index]);
      COLOR_KEYS.forEach(function (key) {
        var name = "data-md-color-" + key;
        if (document.body.getAttribute(name) !== values[key]) { document.body.setAttribute(name, values[key]); }
      });
      options.forEach(function (option, i) {
        option.checked = i === index;
        var label = option.nextElementSibling;
        if (label && label.tagName === "LABEL") { label.hidden = i !== index; }
      });
      // After the next frame, when the page's styles are up to date anyway: reading them
      // earlier would make the browser restyle the page for us.
      requestAnimationFrame(function () { setTimeout(describe, 0); });
    }
    function describe() {
      var header = document.querySelector("[data-md-component=header]");
      if (!header) { return; }
      themeColor.content = getComputedStyle(header).backgroundColor;
    }
    function choose(index) {
      show(index);
      store("__palette", { index: index, color: color(options[index]) });
    }
    show(preferred());
    form.addEventListener("change", function (event) {
      var index = options.indexOf(event.target);
      if (index >= 0) { choose(index); }
    });
    // The visible button is the checked option's label: Enter or Space on it moves on.
    form.addEventListener("keydown", function (event) {
      var index = options.indexOf(event.target);
      if (index < 0 || (event.key !== "Enter" && event.key !== " ")) { return; }
      event.preventDefault();
      var next = (index + 1) % options.length;
      choose(next);
      options[next].focus();
    });
    matchMedia("(prefers-color-scheme: dark)").addEventListener("change", function () {
      if (!stored("__palette")) { show(preferred()); }
    });
  }

  function setUp() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-edition-palette]"), setUpPalette);
    Array.prototype.forEach.call(document.querySelectorAll("[data-parallel-controls]"), setUpColumns);
    setUpPreviews();
    setUpCitations();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
