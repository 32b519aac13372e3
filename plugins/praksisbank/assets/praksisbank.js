/* Praksisbanken: small progressive enhancements. The pages work without this script. */
(function () {
  "use strict";

  /* Today's date in the reader's time zone, as YYYY-MM-DD (compares like the build's dates). */
  function today() {
    var now = new Date();
    function pad(n) { return (n < 10 ? "0" : "") + n; }
    return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  }

  /* A site built months ago still warns today: show every overdue notice the build hid. */
  function showOverdue(root) {
    var day = today();
    root.querySelectorAll("[data-review-due][hidden]").forEach(function (el) {
      if (day > el.getAttribute("data-review-due")) { el.hidden = false; }
    });
    /* ...and take away what stopped being true then ("Klar" on the readiness overview). */
    root.querySelectorAll("[data-valid-until]").forEach(function (el) {
      if (day > el.getAttribute("data-valid-until")) { el.hidden = true; }
    });
  }

  /* Checklists: each reader's ticks are kept in this browser only (no server), per list. */
  function storageKey(list) { return "praksisbank:" + list.getAttribute("data-checklist"); }

  function readTicks(list) {
    try { return JSON.parse(window.localStorage.getItem(storageKey(list)) || "{}") || {}; }
    catch (e) { return {}; }
  }

  function writeTicks(list, ticks) {
    try { window.localStorage.setItem(storageKey(list), JSON.stringify(ticks)); }
    catch (e) { /* storage off (private mode): ticks last until the page is left */ }
  }

  function showCount(list) {
    var boxes = list.querySelectorAll("input[data-item]");
    var done = list.querySelectorAll("input[data-item]:checked").length;
    var count = list.querySelector(".pb-checklist__count");
    if (count) { count.textContent = done + " av " + boxes.length + " krysset av"; }
  }

  function setupChecklists(root) {
    root.querySelectorAll("[data-checklist]").forEach(function (list) {
      var ticks = readTicks(list);
      list.querySelectorAll("input[data-item]").forEach(function (box) {
        box.checked = ticks[box.getAttribute("data-item")] === true;
        box.addEventListener("change", function () {
          var current = readTicks(list);
          if (box.checked) { current[box.getAttribute("data-item")] = true; }
          else { delete current[box.getAttribute("data-item")]; }
          writeTicks(list, current);
          showCount(list);
        });
      });
      var reset = list.querySelector(".pb-checklist__reset");
      var undo = list.querySelector(".pb-checklist__undo");
      var before = null;
      if (reset) {
        reset.addEventListener("click", function () {
          before = readTicks(list);
          list.querySelectorAll("input[data-item]").forEach(function (box) { box.checked = false; });
          try { window.localStorage.removeItem(storageKey(list)); } catch (e) { /* see above */ }
          showCount(list);
          if (undo) {
            undo.hidden = false;
            var count = list.querySelector(".pb-checklist__count");
            if (count) { count.textContent += ". Alle kryss er fjernet: «Angre» setter dem tilbake"; }
          }
        });
      }
      if (undo) {
        undo.addEventListener("click", function () {
          if (before === null) { return; }
          writeTicks(list, before);
          list.querySelectorAll("input[data-item]").forEach(function (box) {
            box.checked = before[box.getAttribute("data-item")] === true;
          });
          before = null;
          undo.hidden = true;
          showCount(list);
          if (reset) { reset.focus(); }
        });
        list.addEventListener("change", function () { before = null; undo.hidden = true; });
      }
      showCount(list);
    });
  }

  /* A polite live region, made when the page has copy buttons: screen readers hear what a
     copy did. It exists before anything is written to it, so the first message is read too. */
  var announcer = null;
  function announce(text) {
    if (!announcer) { return; }
    announcer.textContent = "";
    setTimeout(function () { announcer.textContent = text; }, 100);
  }
  if (document.querySelector(".pb-copy")) {
    announcer = document.createElement("div");
    announcer.className = "pb-visually-hidden";
    announcer.setAttribute("role", "status");
    document.body.appendChild(announcer);
  }

  function showOnButton(button, text, ms) {
    if (!button.hasAttribute("data-label")) { button.setAttribute("data-label", button.textContent); }
    button.textContent = text;
    clearTimeout(button.pbTimer);
    button.pbTimer = setTimeout(function () {
      button.textContent = button.getAttribute("data-label");
    }, ms);
  }

  /* Copies the text; where the clipboard is not offered (plain http on an intranet host is not
     a secure context), selects the text instead and tells the reader to press Ctrl+C. */
  function copyText(button) {
    var target = document.getElementById(button.getAttribute("data-copy-target"));
    if (!target) { return; }
    var name = (button.getAttribute("aria-label") || "").replace(/^Kopier tekst:\s*/, "");
    function copied() {
      showOnButton(button, "Kopiert", 2000);
      announce(name ? "Kopiert: " + name : "Kopiert");
    }
    function selectInstead() {
      var range = document.createRange();
      range.selectNodeContents(target);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      var done = false;
      try { done = document.execCommand("copy"); } catch (e) { done = false; }
      if (done) { copied(); return; }
      showOnButton(button, "Merket", 6000);
      announce("Teksten er merket. Trykk Ctrl+C (Cmd+C på Mac) for å kopiere den.");
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(target.innerText).then(copied, selectInstead);
    } else {
      selectInstead();
    }
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest(".pb-copy") : null;
    if (button) { copyText(button); }
    if (event.target.closest && event.target.closest(".pb-print-button")) { window.print(); }
  });

  /* «Skriv ut sjekkliste»: a button only a page with this script can use. */
  function showPrintButtons(root) {
    root.querySelectorAll(".pb-print-button[hidden]").forEach(function (b) { b.hidden = false; });
  }

  /* On paper a link cannot be followed: praksisbank-print.css prints the address after a link to
     another page or site, once per page; not after a jump on this page, a button, or a link whose
     text is its address. */
  function bare(text) {
    return text.replace(/\s+/g, " ").trim().toLowerCase()
      .replace(/^(https?:\/\/|mailto:|tel:)/, "").replace(/\/+$/, "");
  }

  function pageOf(url) { return url.split("#")[0].replace(/index\.html$/, ""); }

  function markAddresses(root) {
    var here = pageOf(window.location.href);
    var seen = {};
    root.querySelectorAll(".md-content a[href]").forEach(function (a) {
      a.removeAttribute("data-pb-address");
      var raw = a.getAttribute("href");
      if (!raw || raw.charAt(0) === "#") { return; }
      if (a.closest(".headerlink, .md-button, .md-content__button, .md-tags, .pb-pdf")) { return; }
      var url = a.href;
      if (!/^(https?:|file:|mailto:|tel:)/.test(url) || pageOf(url) === here) { return; }
      var shown = url.replace(/^(mailto|tel):/, "");
      if (seen[url] || bare(a.textContent) === bare(url)) { return; }
      seen[url] = true;
      a.setAttribute("data-pb-address", shown);
    });
    document.documentElement.classList.add("pb-addresses");
  }

  /* On a narrow screen a listing table stacks: each row a block, each cell labelled with its
     column's heading (CSS in praksisbank.css). Without JavaScript the table scrolls instead. */
  function stackTables(root) {
    root.querySelectorAll(".md-content table").forEach(function (table) {
      var heads = table.querySelectorAll("thead th");
      if (heads.length < 3 || table.hasAttribute("data-pb-stack")) { return; }
      if (table.hasAttribute("data-pb-scroll")) { return; } /* sortable: scrolls in its box */
      table.querySelectorAll("tbody tr").forEach(function (row) {
        Array.prototype.forEach.call(row.children, function (cell, i) {
          if (i > 0 && heads[i]) { cell.setAttribute("data-label", heads[i].textContent.trim()); }
        });
      });
      table.setAttribute("data-pb-stack", "");
    });
  }

  /* A search button in a page's text (the 404 page) opens the header's search dialog; hidden
     where the site has no such dialog (without JavaScript, or with Material's search). */
  function searchButtons(root) {
    var open = document.querySelector(".pb-search__open");
    root.querySelectorAll("[data-pb-open-search]").forEach(function (button) {
      if (!open || button.getAttribute("data-ready")) { return; }
      button.setAttribute("data-ready", "true");
      button.hidden = false;
      button.addEventListener("click", function () { open.click(); });
    });
  }

  /* Material's instant navigation swaps pages without a load event: follow it when it is on. */
  if (window.document$ && window.document$.subscribe) {
    window.document$.subscribe(function () {
      showOverdue(document);
      setupChecklists(document);
      stackTables(document);
      showPrintButtons(document);
      markAddresses(document);
      searchButtons(document);
    });
  } else {
    showOverdue(document);
    setupChecklists(document);
    stackTables(document);
    showPrintButtons(document);
    markAddresses(document);
    searchButtons(document);
  }
})();
