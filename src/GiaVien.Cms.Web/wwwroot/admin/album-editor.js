// The album field of the content editor ("Ảnh của album"): without script it is a text box of lines
// "đường dẫn | mô tả ảnh | chú thích"; with script those lines become a list of photos, each with its thumbnail,
// alt text, caption and buttons to move or remove it (Alt+↑ / Alt+↓ move the photo whose control has the focus),
// and "Thêm ảnh từ thư viện" opens the media picker to choose several images at once. The list writes the same
// lines back into the (hidden) text box on every change, so the server reads and checks one format either way.
(function () {
  'use strict';

  function element(tag, attributes, text) {
    return window.GiaVienMediaPicker.element(tag, attributes, text);
  }

  // "a | b | c | d" → path "a", alt "b", caption "c | d": the caption is the rest of the line, as the server reads it.
  function parse(text) {
    return text.split('\n').map(function (line) { return line.trim(); }).filter(Boolean).map(function (line) {
      var parts = line.split('|');
      return {
        path: parts[0].trim().replace(/^\/+/, ''),
        alt: (parts[1] || '').trim(),
        caption: parts.slice(2).join('|').trim()
      };
    });
  }

  // One line per photo; a '|' in the alt text would end it early, and a line break would start a new photo.
  function format(photos) {
    var flat = function (text) { return text.replace(/\s*\n\s*/g, ' ').trim(); };
    return photos.map(function (p) {
      return [p.path, flat(p.alt).replace(/\|/g, '/'), flat(p.caption)].join(' | ').replace(/[\s|]+$/, '');
    }).join('\n');
  }

  function setUp(field, index) {
    var form = field.closest('form');
    var textarea = field.querySelector('textarea');
    var thumbnailBase = field.getAttribute('data-thumbnail-base');
    if (!form || !textarea || !thumbnailBase || !form.getAttribute('data-media-list') || !window.GiaVienMediaPicker) {
      return;
    }
    var id = 'album-' + index;
    var photos = parse(textarea.value);

    // The line format's hint and the text box are for the no-script path only.
    var wrapper = field.parentElement;
    textarea.hidden = true;
    wrapper.querySelectorAll('p.hint').forEach(function (hint) { hint.hidden = true; });
    var label = wrapper.querySelector('label[for="' + textarea.id + '"]');
    // The field's name without the required mark (shown to the eye only).
    var name = label ? label.cloneNode(true) : null;
    if (name) { name.querySelectorAll('[aria-hidden]').forEach(function (mark) { mark.remove(); }); }
    var heading = element('p', { 'class': 'album-heading', id: id + '-heading' }, name ? name.textContent.trim() : 'Ảnh của album');
    if (label) { label.hidden = true; }

    var help = element('p', { 'class': 'hint', id: id + '-help' },
      'Ảnh hiện theo thứ tự dưới đây. Dùng nút “Lên”, “Xuống” hoặc phím Alt + mũi tên lên/xuống để đổi thứ tự.');
    var list = element('ol', { 'class': 'album-photos', 'aria-labelledby': id + '-heading', 'aria-describedby': id + '-help' });
    var empty = element('p', { 'class': 'album-empty' }, 'Album chưa có ảnh nào.');
    var add = element('button', { type: 'button' }, 'Thêm ảnh từ thư viện');
    var live = element('p', { 'class': 'visually-hidden', role: 'status' });
    field.append(heading, help, empty, list, add, live);

    function save() {
      textarea.value = format(photos);
      form.dispatchEvent(new Event('input'));
    }

    // Rebuilds the list; `focus` names the control to focus afterwards ({ index, role }).
    function render(focus) {
      list.textContent = '';
      empty.hidden = photos.length > 0;
      photos.forEach(function (photo, i) {
        var n = i + 1;
        var rowId = id + '-' + n;
        var row = element('li', { 'class': 'album-photo' });
        row.append(element('img', { src: thumbnailBase + photo.path.split('/').map(encodeURIComponent).join('/'), alt: '', width: '100', height: '100' }));
        var texts = element('div', { 'class': 'album-photo-texts' });
        texts.append(element('p', { 'class': 'album-photo-name', id: rowId + '-name' }, 'Ảnh ' + n + ': ' + photo.path));
        var alt = element('input', { type: 'text', id: rowId + '-alt', maxlength: '500', 'data-role': 'alt' });
        alt.value = photo.alt;
        alt.addEventListener('input', function () { photo.alt = alt.value; save(); });
        var caption = element('textarea', { id: rowId + '-caption', rows: '2', maxlength: '1000', 'data-role': 'caption' });
        caption.value = photo.caption;
        caption.addEventListener('input', function () { photo.caption = caption.value; save(); });
        texts.append(element('label', { 'for': alt.id }, 'Mô tả ảnh ' + n + ' (cho người khiếm thị)'), alt,
          element('label', { 'for': caption.id }, 'Chú thích ảnh ' + n), caption);
        var actions = element('div', { 'class': 'album-photo-actions' });
        [['up', 'Lên', 'Chuyển ảnh ' + n + ' lên trước', i > 0],
          ['down', 'Xuống', 'Chuyển ảnh ' + n + ' xuống sau', i < photos.length - 1],
          ['remove', 'Bỏ ảnh', 'Bỏ ảnh ' + n + ' khỏi album', true]].forEach(function (action) {
          var button = element('button', { type: 'button', 'data-role': action[0], 'aria-label': action[2] }, action[1]);
          button.disabled = !action[3];
          button.addEventListener('click', function () { act(i, action[0]); });
          actions.append(button);
        });
        texts.append(actions);
        row.append(texts);
        row.addEventListener('keydown', function (event) {
          if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
            event.preventDefault();
            move(i, event.key === 'ArrowUp' ? -1 : 1, event.target.getAttribute('data-role'));
          }
        });
        list.append(row);
      });
      if (focus) {
        var rows = list.children;
        var target = rows[Math.min(focus.index, rows.length - 1)];
        // A photo moved to an end has that way's button disabled: the focus goes to the other way's.
        var other = { up: 'down', down: 'up' }[focus.role];
        var control = target && (target.querySelector('[data-role="' + focus.role + '"]:not([disabled])') ||
          (other && target.querySelector('[data-role="' + other + '"]:not([disabled])')) || target.querySelector('input'));
        (control || add).focus();
      }
    }

    function move(i, step, role) {
      var to = i + step;
      if (to < 0 || to >= photos.length) { return; }
      photos.splice(to, 0, photos.splice(i, 1)[0]);
      save();
      render({ index: to, role: role || 'alt' });
      live.textContent = 'Đã chuyển ảnh “' + photos[to].path + '” đến vị trí ' + (to + 1) + ' trên ' + photos.length + '.';
    }

    function act(i, what) {
      if (what === 'remove') {
        var gone = photos.splice(i, 1)[0];
        save();
        render(photos.length ? { index: i, role: 'remove' } : null);
        if (!photos.length) { add.focus(); }
        live.textContent = 'Đã bỏ ảnh “' + gone.path + '” khỏi album.';
      } else {
        move(i, what === 'up' ? -1 : 1, what);
      }
    }

    add.addEventListener('click', function () {
      window.GiaVienMediaPicker.open({
        listUrl: form.getAttribute('data-media-list'),
        uploadUrl: form.getAttribute('data-media-upload'),
        token: form.querySelector("input[name='__af']").value,
        kind: 'image',
        title: 'Chọn ảnh cho album',
        multiple: true,
        submitLabel: 'Thêm vào album',
        onPick: function (files) {
          var first = photos.length;
          files.forEach(function (file) {
            // The library's own description of an image, when it has one, is a good start for its alt text.
            photos.push({ path: file.path, alt: file.alt || '', caption: file.caption || '' });
          });
          save();
          render({ index: first, role: 'alt' });
          live.textContent = 'Đã thêm ' + files.length + ' ảnh vào album.';
        }
      });
    });

    // "Khôi phục bản nháp trên máy" (admin.js) puts older lines back into the text box.
    textarea.addEventListener('change', function () {
      photos = parse(textarea.value);
      render(null);
    });
    render(null);
  }

  document.querySelectorAll('[data-album-field]').forEach(setUp);
}());
