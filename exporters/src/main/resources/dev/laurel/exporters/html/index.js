"use strict";
// Sorts the index table by the clicked column; reads cells with textContent only.
(function () {
  var table = document.getElementById("index");
  var heads = table.tHead.rows[0].cells;
  function key(row, col, num) {
    var cell = row.cells[col];
    var v = cell.dataset.v !== undefined ? cell.dataset.v : cell.textContent;
    return num ? Number(v) : v;
  }
  Array.prototype.forEach.call(heads, function (th, col) {
    th.tabIndex = 0;
    function sort() {
      var num = th.dataset.type === "num";
      var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = key(a, col, num), y = key(b, col, num);
        return dir * (num ? x - y : String(x).localeCompare(String(y), "zh"));
      });
      rows.forEach(function (r) { body.appendChild(r); });
    }
    th.addEventListener("click", sort);
    th.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { sort(); } });
  });
  document.documentElement.dataset.ready = "true";
})();
