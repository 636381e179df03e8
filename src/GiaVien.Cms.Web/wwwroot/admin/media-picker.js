// Media picker of the admin's editors (news editor: images in the body, featured image): a modal dialog
// that browses the tenant's library (folders, search by name, pages), can upload a new image on the spot,
// and, when asked, lets the editor describe the chosen image (alt text and caption) before it is used, or choose
// several at once (an album: the files are pressed in turn, across folders and pages, then added together).
//   GiaVienMediaPicker.open({ listUrl, uploadUrl?, token?, kind: 'image' | 'video', title?, describe?, onPick: function (file, texts) {…} })
//   GiaVienMediaPicker.open({ listUrl, …, multiple: true, submitLabel?, onPick: function (files) {…} })
//   GiaVienMediaPicker.imageHtml(file, alt) → '<img …>' at the "article" profile, with its rendered size
//   GiaVienMediaPicker.element(tag, attributes?, text?) → a new element
// `file` is one entry of the list API (path, name, thumbnailUrl, articleUrl, articleWidth, articleHeight, alt,
// caption); `texts` is { alt, caption } when `describe` is set.
(function () {
  'use strict';
  var opened = 0;
  // What the picker lists and takes for upload, by the kind of file asked for (images unless told otherwise).
  var kinds = {
    image: { accept: 'image/jpeg,image/png,image/webp,image/gif', upload: 'Hoặc tải ảnh mới lên thư mục đang xem', none: 'Thư mục này chưa có ảnh.' },
    video: { accept: 'video/mp4', upload: 'Hoặc tải video MP4 mới lên thư mục đang xem', none: 'Thư mục này chưa có video.' }
  };

  function escapeHtml(text) {
    return String(text || '').replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function imageHtml(file, alt) {
    return '<img src="' + escapeHtml(file.articleUrl) + '" width="' + file.articleWidth + '" height="' + file.articleHeight +
      '" alt="' + escapeHtml(alt) + '" loading="lazy" decoding="async">';
  }

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text) { node.textContent = text; }
    return node;
  }

  function readJson(response) {
    return response.json().catch(function () { return {}; }).then(function (data) { return { ok: response.ok, data: data }; });
  }

  function open(options) {
    var id = 'media-picker-' + (++opened);
    var opener = document.activeElement;
    var state = { folder: '', q: '', page: 1 };
    var picked = null;
    var words = kinds[options.kind] || kinds.image;

    var dialog = element('dialog', { 'class': 'media-picker', 'aria-labelledby': id + '-title' });
    var head = element('div', { 'class': 'media-picker-head' });
    var close = element('button', { type: 'button' }, 'Đóng');
    head.append(element('h2', { id: id + '-title' }, options.title || 'Chọn ảnh từ thư viện'), close);

    var browse = element('div', { 'class': 'media-picker-browse' });
    var search = element('input', { type: 'search', id: id + '-q', autocomplete: 'off', autofocus: '' });
    browse.append(element('label', { 'for': id + '-q' }, 'Tìm theo tên tệp'), search);
    var upload = null;
    if (options.uploadUrl) {
      upload = element('input', { type: 'file', id: id + '-file', accept: words.accept });
      browse.append(element('label', { 'for': id + '-file' }, words.upload), upload);
    }
    var status = element('p', { 'class': 'media-picker-status', role: 'status' });
    var crumbs = element('p', { 'class': 'media-picker-folder' });
    var grid = element('ul', { 'class': 'media-picker-grid' });
    var pager = element('p', { 'class': 'media-picker-pager' });
    browse.append(status, crumbs, grid, pager);
    // Several files: the order they are pressed in is the order they are added in.
    var selection = [];
    var confirm = null;
    if (options.multiple) {
      var bar = element('div', { 'class': 'media-picker-actions media-picker-selection' });
      confirm = element('button', { type: 'button', 'class': 'primary', disabled: '' });
      bar.append(confirm);
      browse.append(bar);
      confirm.addEventListener('click', function () {
        picked = { files: selection.slice() };
        dialog.close();
      });
    }

    var describe = element('form', { 'class': 'media-picker-describe', hidden: '' });
    var preview = element('img', { alt: '' });
    var chosen = element('p', { 'class': 'media-picker-chosen' });
    var alt = element('input', { type: 'text', id: id + '-alt', required: '', maxlength: '500' });
    var caption = element('textarea', { id: id + '-caption', rows: '2', maxlength: '1000' });
    var back = element('button', { type: 'button' }, 'Chọn ảnh khác');
    var actions = element('div', { 'class': 'media-picker-actions' });
    actions.append(element('button', { type: 'submit', 'class': 'primary' }, options.submitLabel || 'Chèn ảnh vào bài'), back);
    describe.append(preview, chosen,
      element('label', { 'for': id + '-alt' }, 'Mô tả ảnh (cho người khiếm thị)'), alt,
      element('label', { 'for': id + '-caption' }, 'Chú thích ảnh'), caption, actions);

    dialog.append(head, browse, describe);
    document.body.appendChild(dialog);

    var latest = 0;
    function load(focusFirst) {
      // Only the answer to the latest request is shown (a slow first page must not replace search results).
      var request = ++latest;
      var query = '?folder=' + encodeURIComponent(state.folder) + '&q=' + encodeURIComponent(state.q) +
        '&page=' + state.page + (options.kind ? '&kind=' + options.kind : '');
      status.textContent = 'Đang tải…';
      fetch(options.listUrl + query, { credentials: 'same-origin', headers: { 'X-GiaVien-Admin': '1' } })
        .then(readJson)
        .then(function (answer) {
          if (request !== latest) { return; }
          if (!answer.ok || !answer.data.files) { throw new Error(answer.data.error || ''); }
          render(answer.data);
          var first = focusFirst && grid.querySelector('button');
          if (first) { first.focus(); }
        })
        .catch(function (error) {
          if (request === latest) { status.textContent = error.message || 'Không tải được thư viện tệp. Hãy thử lại.'; }
        });
    }

    function go(changes) {
      Object.keys(changes).forEach(function (key) { state[key] = changes[key]; });
      load(true);
    }

    function item(button) {
      grid.appendChild(element('li')).appendChild(button);
      return button;
    }

    function render(data) {
      grid.textContent = '';
      pager.textContent = '';
      crumbs.textContent = data.folder ? 'Thư mục: ' + data.folder : 'Thư mục gốc';
      if (data.folder) {
        item(element('button', { type: 'button' }, '↑ Thư mục cha')).addEventListener('click', function () {
          go({ folder: data.folder.split('/').slice(0, -1).join('/'), page: 1 });
        });
      }
      (data.folders || []).forEach(function (folder) {
        var name = folder.split('/').pop();
        item(element('button', { type: 'button', 'aria-label': 'Mở thư mục ' + name }, '📁 ' + name)).addEventListener('click', function () {
          go({ folder: folder, page: 1 });
        });
      });
      data.files.forEach(function (file) {
        var button = item(element('button', { type: 'button', title: file.name }));
        if (file.thumbnailUrl) { button.appendChild(element('img', { src: file.thumbnailUrl, alt: '', width: '100', height: '100' })); }
        button.appendChild(element('span', {}, file.name));
        if (options.multiple) {
          button.setAttribute('aria-pressed', String(selected(file) >= 0));
          button.addEventListener('click', function () { toggle(file, button); });
        } else {
          button.addEventListener('click', function () { choose(file); });
        }
      });
      status.textContent = data.total ? data.total + ' tệp · trang ' + data.page + '/' + data.pageCount
        : ((data.folders || []).length ? words.none : 'Không tìm thấy kết quả phù hợp.');
      [[data.page - 1, '‹ Trang trước', data.page > 1], [data.page + 1, 'Trang sau ›', data.page < data.pageCount]].forEach(function (link) {
        if (link[2]) {
          pager.appendChild(element('button', { type: 'button' }, link[1])).addEventListener('click', function () { go({ page: link[0] }); });
        }
      });
    }

    function selected(file) {
      for (var i = 0; i < selection.length; i++) {
        if (selection[i].path === file.path) { return i; }
      }
      return -1;
    }

    function showSelection() {
      confirm.textContent = (options.submitLabel || 'Thêm ảnh đã chọn') + ' (' + selection.length + ')';
      confirm.disabled = selection.length === 0;
    }

    function toggle(file, button) {
      var at = selected(file);
      if (at >= 0) { selection.splice(at, 1); } else { selection.push(file); }
      if (button) { button.setAttribute('aria-pressed', String(at < 0)); }
      status.textContent = (at >= 0 ? 'Đã bỏ chọn “' : 'Đã chọn “') + file.name + '”: ' + selection.length + ' ảnh đang được chọn.';
      showSelection();
    }

    function choose(file) {
      if (options.multiple) {
        // A file just uploaded joins the selection; the listing shows it pressed once reloaded.
        if (selected(file) < 0) { toggle(file, null); }
        load(false);
        return;
      }
      if (!options.describe) {
        picked = { file: file };
        dialog.close();
        return;
      }
      picked = null;
      preview.src = file.thumbnailUrl || '';
      chosen.textContent = file.name;
      alt.value = file.alt || '';
      caption.value = file.caption || '';
      browse.hidden = true;
      describe.hidden = false;
      alt.focus();
      describe.onsubmit = function (event) {
        event.preventDefault();
        picked = { file: file, texts: { alt: alt.value.trim(), caption: caption.value.trim() } };
        dialog.close();
      };
    }

    if (upload) {
      upload.addEventListener('change', function () {
        var file = upload.files[0];
        if (!file) { return; }
        var data = new FormData();
        data.append('__af', options.token || '');
        data.append('folder', state.folder);
        data.append('files', file, file.name);
        status.textContent = 'Đang tải lên “' + file.name + '”…';
        fetch(options.uploadUrl, { method: 'POST', body: data, credentials: 'same-origin', headers: { 'X-GiaVien-Admin': '1' } })
          .then(readJson)
          .then(function (answer) {
            var result = answer.data.results ? answer.data.results[0] : null;
            upload.value = '';
            if (result && result.ok) {
              status.textContent = result.message;
              choose(result.file);
            } else {
              status.textContent = (result && result.message) || answer.data.error || 'Tải lên không thành công. Hãy thử lại.';
            }
          })
          .catch(function () { status.textContent = 'Mất kết nối khi tải lên. Hãy thử lại.'; });
      });
    }

    var timer = null;
    search.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { state.q = search.value; state.page = 1; load(false); }, 250);
    });
    back.addEventListener('click', function () { describe.hidden = true; browse.hidden = false; search.focus(); });
    close.addEventListener('click', function () { dialog.close(); });
    // Escape closes the whole dialog, even from the search box (where it would first only clear the text).
    dialog.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') { event.preventDefault(); dialog.close(); }
    });
    dialog.addEventListener('close', function () {
      dialog.remove();
      if (opener && opener.focus) { opener.focus(); }
      if (picked) {
        if (options.multiple) { options.onPick(picked.files); } else { options.onPick(picked.file, picked.texts); }
      }
    });
    if (options.multiple) { showSelection(); }
    dialog.showModal();
    load(false);
  }

  // `element` serves the scripts built around the picker (the album editor) too.
  window.GiaVienMediaPicker = { open: open, imageHtml: imageHtml, element: element };
}());
