// Small, framework-free helpers of the admin: confirmation of destructive forms, a local copy of the
// editor form (so nothing typed is lost if the tab closes or the network drops), and the media library's
// picker in the editor: images with alt text and caption in the rich-text body, and media fields.
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
          // Inputs sharing a name (a date and its time) get their values in order.
          editor.querySelectorAll("[name='" + CSS.escape(name) + "']").forEach(function (input, index) {
            if (input.type === "checkbox") {
              input.checked = values[name].indexOf(input.value) >= 0;
            } else if (input.type === "hidden" && document.querySelector("trix-editor[input='" + input.id + "']")) {
              document.querySelector("trix-editor[input='" + input.id + "']").editor.loadHTML(values[name][0]);
            } else {
              input.value = values[name][index] || "";
              // Scripts that show an input in their own way (the album's photo list) redraw from it.
              input.dispatchEvent(new Event("change"));
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

  // Files dropped into the body are not uploaded from here: images come from the media library's picker.
  document.addEventListener("trix-file-accept", function (event) { event.preventDefault(); });

  // The picker is offered only when the form names the library's endpoints (users allowed to use the library).
  function pickerForm(element) {
    var form = element.closest("form");
    return form && form.getAttribute("data-media-list") && window.GiaVienMediaPicker ? form : null;
  }

  function pickerOptions(form, extra) {
    var options = {
      listUrl: form.getAttribute("data-media-list"),
      uploadUrl: form.getAttribute("data-media-upload"),
      token: form.querySelector("input[name='__af']").value,
      kind: "image"
    };
    Object.keys(extra).forEach(function (name) { options[name] = extra[name]; });
    return options;
  }

  function addInsertImageButton(trix) {
    var form = pickerForm(trix);
    var group = trix.toolbarElement && trix.toolbarElement.querySelector(".trix-button-group--block-tools");
    if (!form || !group || !window.Trix || group.querySelector(".insert-image")) {
      return;
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "trix-button insert-image";
    button.textContent = "Chèn ảnh";
    button.addEventListener("click", function () {
      var range = trix.editor.getSelectedRange();
      window.GiaVienMediaPicker.open(pickerOptions(form, {
        title: "Chèn ảnh vào nội dung",
        describe: true,
        onPick: function (file, texts) {
          // The caption is kept by the attachment (the server writes it out as <figcaption>); the copy in the
          // content only shows it inside the editor.
          var preview = document.createElement("span");
          preview.className = "caption-preview";
          preview.textContent = texts.caption;
          var content = window.GiaVienMediaPicker.imageHtml(file, texts.alt) + (texts.caption ? preview.outerHTML : "");
          var attachment = new window.Trix.Attachment({ content: content, caption: texts.caption });
          trix.focus();
          trix.editor.setSelectedRange(range);
          trix.editor.insertAttachment(attachment);
        }
      }));
    });
    group.appendChild(button);
  }

  // Trix may have initialised its editors before this script ran (scripts load one after another).
  document.addEventListener("trix-initialize", function (event) { addInsertImageButton(event.target); });
  document.querySelectorAll("trix-editor").forEach(function (trix) {
    if (trix.editor) { addInsertImageButton(trix); }
  });

  // Media fields. The featured image: a hidden input holding the library path, its preview, "Chọn ảnh" and "Bỏ ảnh".
  // A video: its path in a text box that works without script, and "Chọn video", shown only here, which fills it.
  document.querySelectorAll("[data-media-field]").forEach(function (field) {
    var form = pickerForm(field);
    var choose = field.querySelector("[data-media-choose]");
    if (!form || !choose) {
      return;
    }
    var input = field.querySelector("input");
    var preview = field.querySelector("img");
    var name = field.querySelector(".media-field-name");
    var clear = field.querySelector("[data-media-clear]");
    var show = function (path, thumbnailUrl) {
      input.value = path;
      if (preview) {
        preview.hidden = !path;
        if (path) { preview.src = thumbnailUrl; } else { preview.removeAttribute("src"); }
      }
      if (name) { name.textContent = path || "Chưa chọn ảnh."; }
      if (clear) { clear.hidden = !path; }
      form.dispatchEvent(new Event("input"));
    };
    choose.hidden = false;
    choose.addEventListener("click", function () {
      window.GiaVienMediaPicker.open(pickerOptions(form, {
        kind: field.getAttribute("data-media-kind") || "image",
        title: field.getAttribute("data-media-title") || "Chọn ảnh đại diện",
        onPick: function (file) { show(file.path, file.thumbnailUrl); }
      }));
    });
    if (clear) {
      clear.addEventListener("click", function () {
        show("", "");
        choose.focus();
      });
    }
  });

  // "Chọn tất cả" of the content list: a checkbox ticking every row of the page. Written by the script because it
  // does nothing without it; each row's own labelled checkbox works either way.
  var selectAll = document.querySelector("[data-select-all]");
  if (selectAll) {
    var rows = document.querySelectorAll("input[data-select]");
    var all = document.createElement("input");
    all.type = "checkbox";
    var label = document.createElement("label");
    label.className = "inline";
    label.appendChild(all);
    label.appendChild(document.createTextNode(" Chọn tất cả"));
    selectAll.replaceWith(label);
    all.addEventListener("change", function () {
      rows.forEach(function (row) { row.checked = all.checked; });
    });
    rows.forEach(function (row) {
      row.addEventListener("change", function () {
        all.checked = Array.prototype.every.call(rows, function (r) { return r.checked; });
      });
    });
  }
})();
