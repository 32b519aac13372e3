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

  function copyText(button) {
    var target = document.getElementById(button.getAttribute("data-copy-target"));
    if (!target || !navigator.clipboard) { return; }
    navigator.clipboard.writeText(target.innerText).then(function () {
      var label = button.textContent;
      button.textContent = "Kopiert";
      setTimeout(function () { button.textContent = label; }, 2000);
    });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest(".pb-copy") : null;
    if (button) { copyText(button); }
  });

  /* Material's instant navigation swaps pages without a load event: follow it when it is on. */
  if (window.document$ && window.document$.subscribe) {
    window.document$.subscribe(function () { showOverdue(document); setupChecklists(document); });
  } else {
    showOverdue(document);
    setupChecklists(document);
  }
})();
