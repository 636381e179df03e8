// The rich-text editor (Trix) in Vietnamese. Trix.config.lang is filled in place (its toolbar template reads that
// same object) before Trix builds its toolbars; a toolbar built earlier is translated where it stands. The paperclip
// is removed: files are not uploaded from the body, images come from the media library ("Chèn ảnh").
(function () {
  "use strict";
  if (!window.Trix) {
    return;
  }

  var vietnamese = {
    attachFiles: "Đính kèm tệp", bold: "In đậm", bullets: "Danh sách dấu đầu dòng", byte: "byte", bytes: "byte",
    captionPlaceholder: "Thêm chú thích…", code: "Mã", heading1: "Tiêu đề", indent: "Tăng mức thụt lề",
    italic: "In nghiêng", link: "Liên kết", numbers: "Danh sách đánh số", outdent: "Giảm mức thụt lề",
    quote: "Trích dẫn", redo: "Làm lại", remove: "Xóa", strike: "Gạch ngang", undo: "Hoàn tác",
    unlink: "Bỏ liên kết", url: "Địa chỉ liên kết", urlPlaceholder: "Nhập địa chỉ liên kết…"
  };
  var english = {};
  Object.keys(vietnamese).forEach(function (key) { english[window.Trix.config.lang[key]] = vietnamese[key]; });
  Object.assign(window.Trix.config.lang, vietnamese);

  function translate(toolbar) {
    var files = toolbar.querySelector(".trix-button-group--file-tools");
    if (files) {
      files.remove();
    }
    toolbar.querySelectorAll("[title], [placeholder], [aria-label], input[type=button]").forEach(function (node) {
      ["title", "placeholder", "aria-label", "value"].forEach(function (name) {
        var text = node.getAttribute(name);
        if (text && english[text]) {
          node.setAttribute(name, english[text]);
        }
      });
      if (node.tagName === "BUTTON" && english[node.textContent]) {
        node.textContent = english[node.textContent];
      }
    });
  }

  document.querySelectorAll("trix-toolbar").forEach(translate);
  document.addEventListener("trix-initialize", function (event) {
    if (event.target.toolbarElement) {
      translate(event.target.toolbarElement);
    }
  });
})();
