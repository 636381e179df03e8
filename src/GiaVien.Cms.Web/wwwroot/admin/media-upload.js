// Uploads of the media library: drag and drop or file picker, one request per file so each has its own
// progress bar and its own (Vietnamese) verdict from the server.
(function () {
  'use strict';
  var zone = document.getElementById('upload');
  if (!zone) { return; }
  var input = document.getElementById('upload-input');
  var list = document.getElementById('upload-list');
  var files = document.getElementById('files');
  var token = zone.querySelector('input[name="__af"]').value;

  function formatSize(bytes) {
    if (bytes >= 1048576) { return (bytes / 1048576).toFixed(1).replace('.', ',') + ' MB'; }
    return Math.max(1, Math.round(bytes / 1024)) + ' KB';
  }

  function showUploaded(file) {
    if (!files) { return; }
    var item = document.createElement('li');
    var link = document.createElement('a');
    link.href = zone.dataset.editUrl + '?path=' + encodeURIComponent(file.path);
    if (file.thumbnailUrl) {
      var img = document.createElement('img');
      img.src = file.thumbnailUrl; img.alt = ''; img.width = 100; img.height = 100;
      link.appendChild(img);
    }
    var name = document.createElement('span');
    name.className = 'name'; name.textContent = file.name;
    link.appendChild(name);
    item.appendChild(link);
    files.insertBefore(item, files.firstChild);
  }

  function upload(file) {
    var row = document.createElement('li');
    var label = document.createElement('span');
    label.textContent = file.name + ' (' + formatSize(file.size) + ') ';
    var bar = document.createElement('progress');
    bar.max = 100; bar.value = 0;
    bar.setAttribute('aria-label', 'Tiến độ tải lên ' + file.name);
    var status = document.createElement('span');
    row.append(label, bar, status);
    list.appendChild(row);

    var data = new FormData();
    data.append('__af', token);
    data.append('folder', zone.dataset.folder || '');
    data.append('files', file, file.name);
    var request = new XMLHttpRequest();
    request.open('POST', zone.dataset.uploadUrl);
    // The admin's JSON endpoints answer only the admin's own scripts (see AdminRequests on the server).
    request.setRequestHeader('X-GiaVien-Admin', '1');
    request.upload.onprogress = function (e) { if (e.lengthComputable) { bar.value = Math.round(100 * e.loaded / e.total); } };
    request.onload = function () {
      var answer = null;
      try { answer = JSON.parse(request.responseText); } catch (ignored) { answer = null; }
      var result = answer && answer.results ? answer.results[0] : null;
      bar.value = 100;
      if (result && result.ok) {
        status.textContent = ' ' + result.message;
        showUploaded(result.file);
      } else {
        row.className = 'failed';
        status.textContent = ' ' + ((result && result.message) || (answer && answer.error) || 'Tải lên không thành công (mã ' + request.status + ').');
      }
    };
    request.onerror = function () {
      row.className = 'failed';
      status.textContent = ' Mất kết nối khi tải lên. Hãy thử lại.';
    };
    request.send(data);
  }

  function uploadAll(fileList) { Array.prototype.forEach.call(fileList, upload); }

  input.addEventListener('change', function () { uploadAll(input.files); input.value = ''; });
  ['dragenter', 'dragover'].forEach(function (type) {
    zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.add('dragging'); });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.remove('dragging'); });
  });
  zone.addEventListener('drop', function (e) { uploadAll(e.dataTransfer.files); });
}());
