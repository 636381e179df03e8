// Menu chính: dragging a row with the mouse reorders the menu. The row's buttons do the same on the server (and with
// the keyboard); after a drop, the names and button values follow the new order, so either way posts what is shown.
(() => {
  const form = document.getElementById('menu-editor');
  if (!form) return;
  const list = form.querySelector('.menu-rows');
  let dragged = null;

  const renumber = () => {
    list.querySelectorAll('[data-row]').forEach((row, i) => {
      row.querySelectorAll('[data-field]').forEach(input => { input.name = `Items[${i}].${input.dataset.field}`; });
      row.querySelectorAll('[data-action]').forEach(button => { button.value = `${button.dataset.action}-${i}`; });
    });
    const first = list.querySelector('[data-row] [data-field="Depth"]');
    if (first) first.value = '0';
  };

  list.addEventListener('dragstart', e => {
    dragged = e.target.closest('[data-row]');
    if (dragged) { dragged.classList.add('dragging'); e.dataTransfer.effectAllowed = 'move'; }
  });
  list.addEventListener('dragover', e => {
    const over = e.target.closest('[data-row]');
    if (!dragged || !over || over === dragged) return;
    e.preventDefault();
    const box = over.getBoundingClientRect();
    over.parentNode.insertBefore(dragged, e.clientY < box.top + box.height / 2 ? over : over.nextSibling);
  });
  list.addEventListener('dragend', () => {
    if (dragged) dragged.classList.remove('dragging');
    dragged = null;
    renumber();
  });
})();
