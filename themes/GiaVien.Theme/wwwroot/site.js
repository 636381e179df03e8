// Reading tools: text size (A−, A, A+) and high contrast, remembered in this browser's local storage (no cookie),
// and the article's print button. Without JavaScript the page works; these controls simply stay hidden.
(function () {
  "use strict";
  var root = document.documentElement;
  function save(key, value) { try { localStorage.setItem(key, value); } catch (e) { /* private mode: not remembered */ } }
  function setSize(size) {
    size = Math.max(-1, Math.min(2, size));
    root.dataset.size = String(size);
    save("gv-size", String(size));
  }
  document.addEventListener("DOMContentLoaded", function () {
    var tools = document.querySelector("[data-tools]");
    if (tools) {
      tools.hidden = false;
      var contrast = tools.querySelector("[data-contrast]");
      contrast.setAttribute("aria-pressed", String(root.classList.contains("contrast")));
      tools.addEventListener("click", function (event) {
        var button = event.target.closest("button");
        if (!button) { return; }
        if (button.hasAttribute("data-contrast")) {
          var on = root.classList.toggle("contrast");
          button.setAttribute("aria-pressed", String(on));
          save("gv-contrast", on ? "1" : "0");
          return;
        }
        var step = Number(button.getAttribute("data-size"));
        setSize(step === 0 ? 0 : Number(root.dataset.size || "0") + step);
      });
    }
    var print = document.querySelector("[data-print]");
    if (print) {
      print.hidden = false;
      print.addEventListener("click", function () { window.print(); });
    }
  });
})();
