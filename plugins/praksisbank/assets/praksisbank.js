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
    window.document$.subscribe(function () { showOverdue(document); });
  } else {
    showOverdue(document);
  }
})();
