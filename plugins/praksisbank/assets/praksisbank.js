/* Praksisbanken: small progressive enhancements. The pages work without this script. */
(function () {
  "use strict";

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
})();
