// Small, framework-free helpers of the admin: confirmation of destructive forms, a local copy of the
// editor form (so nothing typed is lost if the tab closes or the network drops), and inserting an image
// with its caption and alt text into the rich-text body.
(function () {
  "use strict";

  document.addEventListener("submit", function (event) {
    var message = event.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });

  var editor = document.getElementById("editor");
  if (editor) {
    var key = "giavien-autosave:" + location.pathname + ":" + editor.getAttribute("data-autosave-key");
    var saved = localStorage.getItem(key);
    var snapshot = function () {
      var values = {};
      new FormData(editor).forEach(function (value, name) {
        if (name !== "__af" && name !== "Number") {
          (values[name] = values[name] || []).push(value);
        }
      });
      return JSON.stringify(values);
    };
    var initial = snapshot();
    if (saved && saved !== initial) {
      var bar = document.createElement("p");
      bar.className = "notice";
      bar.setAttribute("role", "status");
      bar.textContent = "Có bản nháp chưa lưu trên máy này từ lần soạn trước. ";
      var restore = document.createElement("button");
      restore.type = "button";
      restore.textContent = "Khôi phục bản nháp trên máy";
      restore.addEventListener("click", function () {
        var values = JSON.parse(saved);
        Object.keys(values).forEach(function (name) {
          editor.querySelectorAll("[name='" + CSS.escape(name) + "']").forEach(function (input) {
            if (input.type === "checkbox") {
              input.checked = values[name].indexOf(input.value) >= 0;
            } else if (input.type === "hidden" && document.querySelector("trix-editor[input='" + input.id + "']")) {
              document.querySelector("trix-editor[input='" + input.id + "']").editor.loadHTML(values[name][0]);
            } else {
              input.value = values[name][0];
            }
          });
        });
        bar.remove();
      });
      bar.appendChild(restore);
      editor.parentNode.insertBefore(bar, editor);
    }
    var timer;
    var remember = function () {
      clearTimeout(timer);
      timer = setTimeout(function () { localStorage.setItem(key, snapshot()); }, 500);
    };
    editor.addEventListener("input", remember);
    editor.addEventListener("trix-change", remember);
    editor.addEventListener("submit", function () { localStorage.removeItem(key); });
  }

  // Files dropped into the body are not uploaded from here: images come from the media library by address.
  document.addEventListener("trix-file-accept", function (event) { event.preventDefault(); });

  document.addEventListener("trix-initialize", function (event) {
    var trix = event.target;
    var group = trix.toolbarElement.querySelector(".trix-button-group--block-tools");
    if (!group || !window.Trix) {
      return;
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "trix-button insert-image";
    button.textContent = "Chèn ảnh";
    button.addEventListener("click", function () {
      var url = window.prompt("Địa chỉ ảnh (ví dụ /media/2024/hoi-nghi.jpg):");
      if (!url) { return; }
      var alt = window.prompt("Mô tả ảnh (cho người khiếm thị):") || "";
      var caption = window.prompt("Chú thích ảnh:") || "";
      var img = document.createElement("img");
      img.src = url;
      img.alt = alt;
      var attachment = new window.Trix.Attachment({ content: img.outerHTML, caption: caption });
      trix.editor.insertAttachment(attachment);
    });
    group.appendChild(button);
  });
})();
