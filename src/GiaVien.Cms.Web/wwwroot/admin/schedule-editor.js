// The week editor of "Lịch công tác": "Thêm dòng" and "Xóa dòng" act in place instead of posting the form back
// (which the page does without this script). Rows are renumbered after each change, so the names the server binds
// (Rows[0].Content…), the ids the labels point at and the visible row numbers stay in order.
(function () {
  "use strict";

  var form = document.querySelector("[data-schedule-editor]");
  if (!form) {
    return;
  }
  var body = form.querySelector("[data-schedule-rows]");
  var template = form.querySelector("template[data-schedule-row-template]");
  var add = form.querySelector("[data-add-row]");

  function renumber() {
    body.querySelectorAll("tr[data-schedule-row]").forEach(function (row, index) {
      row.querySelectorAll("[name]").forEach(function (input) {
        if (input.name === "row") {
          input.value = String(index);
        } else {
          input.name = input.name.replace(/^Rows\[\d+\]/, "Rows[" + index + "]");
        }
      });
      ["id", "for", "aria-describedby"].forEach(function (attribute) {
        row.querySelectorAll("[" + attribute + "]").forEach(function (element) {
          element.setAttribute(attribute, element.getAttribute(attribute).replace(/dong-\d+-/g, "dong-" + index + "-"));
        });
      });
      row.querySelectorAll("[data-row-number]").forEach(function (number) { number.textContent = String(index + 1); });
    });
    var empty = form.querySelector("[data-no-rows]");
    if (empty) {
      empty.hidden = body.rows.length > 0;
    }
  }

  add.addEventListener("click", function (event) {
    event.preventDefault();
    var rows = body.querySelectorAll("tr[data-schedule-row]");
    var row = template.content.firstElementChild.cloneNode(true);
    // A new row starts on the day of the row above, as when the form is posted back.
    var last = rows.length ? rows[rows.length - 1].querySelector("select").value : null;
    if (last) {
      row.querySelector("select").value = last;
    }
    body.appendChild(row);
    renumber();
    row.querySelector("select").focus();
  });

  body.addEventListener("click", function (event) {
    var remove = event.target.closest("[data-remove-row]");
    if (!remove) {
      return;
    }
    event.preventDefault();
    var row = remove.closest("tr");
    var next = row.nextElementSibling || row.previousElementSibling;
    row.remove();
    renumber();
    (next ? next.querySelector("[data-remove-row]") : add).focus();
  });
})();
