// Media picker for the admin's editors (news editor: featured image, images with captions in the body).
//   GiaVienMediaPicker.open({ listUrl: '/gia-hoa/admin/media/api/list', kind: 'image', onPick: function (file) { … } })
//   GiaVienMediaPicker.figureHtml(file) → '<figure><img …><figcaption>…</figcaption></figure>' at the "article" profile
// `file` is one entry of the list API: path, name, url, thumbnailUrl, articleUrl, articleWidth, articleHeight, alt, caption.
(function () {
  'use strict';

  function escapeHtml(text) {
    return String(text || '').replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function figureHtml(file) {
    var img = '<img src="' + escapeHtml(file.articleUrl) + '" width="' + file.articleWidth + '" height="' + file.articleHeight +
      '" alt="' + escapeHtml(file.alt || file.caption || '') + '" loading="lazy" decoding="async">';
    return '<figure>' + img + (file.caption ? '<figcaption>' + escapeHtml(file.caption) + '</figcaption>' : '') + '</figure>';
  }

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text) { node.textContent = text; }
    return node;
  }

  function open(options) {
    var state = { folder: '', q: '', page: 1 };
    var dialog = element('dialog', { 'class': 'media-picker', 'aria-label': 'Chọn tệp từ thư viện' });
    var search = element('input', { type: 'search', placeholder: 'Tìm theo tên tệp', 'aria-label': 'Tìm theo tên tệp' });
    var close = element('button', { type: 'button' }, 'Đóng');
    var crumbs = element('p', { 'class': 'media-picker-folder' });
    var grid = element('ul', { 'class': 'media-picker-grid' });
    var pager = element('p', { 'class': 'media-picker-pager' });
    dialog.append(search, close, crumbs, grid, pager);
    document.body.appendChild(dialog);

    function load() {
      var query = '?folder=' + encodeURIComponent(state.folder) + '&q=' + encodeURIComponent(state.q) +
        '&page=' + state.page + (options.kind ? '&kind=' + options.kind : '');
      fetch(options.listUrl + query, { credentials: 'same-origin' })
        .then(function (response) { return response.json(); })
        .then(render)
        .catch(function () { grid.textContent = 'Không tải được thư viện tệp. Hãy thử lại.'; });
    }

    function render(data) {
      grid.textContent = '';
      crumbs.textContent = data.folder ? 'Thư mục: ' + data.folder : 'Thư mục gốc';
      if (data.folder) {
        var up = element('button', { type: 'button' }, '↑ Thư mục cha');
        up.addEventListener('click', function () { state.folder = data.folder.split('/').slice(0, -1).join('/'); state.page = 1; load(); });
        grid.appendChild(element('li')).appendChild(up);
      }
      (data.folders || []).forEach(function (folder) {
        var button = element('button', { type: 'button' }, '📁 ' + folder.split('/').pop());
        button.addEventListener('click', function () { state.folder = folder; state.page = 1; load(); });
        grid.appendChild(element('li')).appendChild(button);
      });
      data.files.forEach(function (file) {
        var button = element('button', { type: 'button', title: file.name });
        if (file.thumbnailUrl) { button.appendChild(element('img', { src: file.thumbnailUrl, alt: '', width: '100', height: '100' })); }
        button.appendChild(element('span', {}, file.name));
        button.addEventListener('click', function () { dialog.close(); options.onPick(file); });
        grid.appendChild(element('li')).appendChild(button);
      });
      if (!data.files.length && !(data.folders || []).length) { grid.appendChild(element('li', {}, 'Không tìm thấy kết quả phù hợp.')); }
      pager.textContent = 'Trang ' + data.page + ' / ' + data.pageCount + ' ';
      [[data.page - 1, '‹ Trang trước', data.page > 1], [data.page + 1, 'Trang sau ›', data.page < data.pageCount]].forEach(function (link) {
        if (!link[2]) { return; }
        var button = element('button', { type: 'button' }, link[1]);
        button.addEventListener('click', function () { state.page = link[0]; load(); });
        pager.appendChild(button);
      });
    }

    var timer = null;
    search.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { state.q = search.value; state.page = 1; load(); }, 250);
    });
    close.addEventListener('click', function () { dialog.close(); });
    dialog.addEventListener('close', function () { dialog.remove(); });
    dialog.showModal();
    load();
  }

  window.GiaVienMediaPicker = { open: open, figureHtml: figureHtml };
}());
