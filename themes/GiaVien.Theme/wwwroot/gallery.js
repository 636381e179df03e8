// The album's full-screen viewer. Without JavaScript every thumbnail is a link to its full image; with it, a link
// opens a modal <dialog> (the browser keeps focus inside it and Escape closes it) showing the photo with its
// caption, with buttons and the arrow keys for the previous and next photo. Closing returns focus to the thumbnail.
// The words come from the album's data-* attributes, so the theme's view decides them.
(function () {
  "use strict";
  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }
  function setUp(album) {
    var links = Array.prototype.slice.call(album.querySelectorAll("a[data-view]"));
    if (!links.length || typeof HTMLDialogElement !== "function") { return; }
    var words = album.dataset, index = 0, opener = null;
    var dialog = element("dialog", "viewer");
    dialog.setAttribute("aria-label", words.title);
    var figure = element("figure", "viewer-photo");
    var image = element("img");
    var caption = element("figcaption");
    caption.id = "viewer-caption";
    image.setAttribute("aria-describedby", caption.id);
    figure.append(image, caption);
    var counter = element("p", "viewer-counter");
    counter.setAttribute("aria-live", "polite");
    var previous = element("button", "viewer-previous", words.previous);
    var next = element("button", "viewer-next", words.next);
    var close = element("button", "viewer-close", words.close);
    [previous, next, close].forEach(function (button) { button.type = "button"; });
    var controls = element("div", "viewer-controls");
    controls.append(previous, counter, next, close);
    dialog.append(figure, controls);
    document.body.append(dialog);

    function show(i) {
      index = (i + links.length) % links.length;
      var link = links[index], thumbnail = link.querySelector("img"), text = link.closest("figure").querySelector("figcaption");
      image.src = link.dataset.view;
      image.alt = thumbnail ? thumbnail.alt : "";
      caption.textContent = text ? text.textContent : "";
      caption.hidden = !text;
      counter.textContent = words.counter.replace("{n}", index + 1).replace("{total}", links.length);
    }
    links.forEach(function (link, i) {
      link.addEventListener("click", function (event) {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) { return; }
        event.preventDefault();
        opener = link;
        show(i);
        dialog.showModal();
        close.focus();
      });
    });
    previous.addEventListener("click", function () { show(index - 1); });
    next.addEventListener("click", function () { show(index + 1); });
    close.addEventListener("click", function () { dialog.close(); });
    dialog.addEventListener("keydown", function (event) {
      if (event.key === "ArrowLeft") { event.preventDefault(); show(index - 1); }
      if (event.key === "ArrowRight") { event.preventDefault(); show(index + 1); }
    });
    // Escape, the close button and a click on the backdrop all end here.
    dialog.addEventListener("close", function () { if (opener) { opener.focus(); } });
    dialog.addEventListener("click", function (event) { if (event.target === dialog) { dialog.close(); } });
  }
  Array.prototype.forEach.call(document.querySelectorAll("[data-gallery]"), setUp);
})();
