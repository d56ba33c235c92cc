"use strict";
// The review page's script. Every string of the records reaches the page through textContent or a
// property, never through innerHTML: the document text is hostile.
(function () {
  var data = JSON.parse(document.getElementById("laurel-data").textContent);
  var records = document.getElementById("records");
  var filters = document.getElementById("filters");
  var status = document.getElementById("status");

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function str(v) { return v === null || v === undefined ? "" : String(v); }
  function marksOf(id) { return document.querySelectorAll('.mk[data-m="' + id + '"]'); }

  var flashTimer = null;
  function jump(id) {
    var ms = marksOf(id);
    if (!ms.length) { say("no marked span for this record"); return false; }
    ms[0].scrollIntoView({ block: "center" });
    for (var i = 0; i < ms.length; i++) {
      ms[i].classList.remove("flash");
      void ms[i].offsetWidth; // restart the animation
      ms[i].classList.add("flash");
    }
    clearTimeout(flashTimer);
    flashTimer = setTimeout(function () {
      for (var i = 0; i < ms.length; i++) { ms[i].classList.remove("flash"); }
    }, 1700);
    return true;
  }
  function say(msg) { status.textContent = msg; }

  function table(headers, rows) {
    var t = el("table"), thead = el("thead"), tr = el("tr");
    headers.forEach(function (h) { tr.appendChild(el("th", h.cls, h.name)); });
    thead.appendChild(tr); t.appendChild(thead);
    var tb = el("tbody");
    rows.forEach(function (r) {
      var row = el("tr");
      r.cells.forEach(function (c, i) { row.appendChild(el("td", headers[i].cls, c)); });
      if (r.id && r.span) {
        row.dataset.m = r.id;
        row.tabIndex = 0;
        row.title = "show in the text";
      } else if (r.id) {
        row.className = "nospan";
      }
      if (r.awardee !== undefined) { row.dataset.a = r.awardee; }
      if (r.kind) { row.dataset.k = r.kind; }
      tb.appendChild(row);
    });
    t.appendChild(tb);
    return t;
  }
  function diagRows(list, prefix, awardee) {
    return list.map(function (d, k) {
      return { id: prefix + k, span: d.span, awardee: awardee, kind: d.kind,
        cells: [d.kind, d.severity, str(d.awardee), d.message, d.span ? d.span.start + "–" + d.span.end : ""] };
    });
  }
  var diagHeaders = [{ name: "kind" }, { name: "severity" }, { name: "awardee" }, { name: "message" }, { name: "span" }];

  // Records.
  var head = el("div", "meta");
  head.appendChild(el("div", null, [data.honor, data.province, data.event && data.event.date,
    data.event && data.event.place].filter(Boolean).join(" · ")));
  records.appendChild(head);

  records.appendChild(el("h2", null, "Roster (" + data.roster.length + ")"));
  records.appendChild(table([{ name: "name" }, { name: "kind" }, { name: "code" }, { name: "province" }, { name: "section" }],
    data.roster.map(function (r, i) {
      return { id: "r" + i, span: r.span, cells: [r.name, str(r.kind), str(r.regionCode), str(r.province),
        r.hasSection ? "yes" : "no"] };
    })));

  records.appendChild(el("h2", null, "Awardees (" + data.awardees.length + ")"));
  data.awardees.forEach(function (w, i) {
    var box = el("section", "awardee c" + (i % 8));
    box.dataset.a = i;
    var h = el("h3", null, w.name);
    h.dataset.m = "a" + i;
    h.style.cursor = "pointer";
    h.title = "show in the text";
    box.appendChild(h);
    var count = w.timesHonored === null ? "no count" : w.timesHonored + "×" + (w.timesKind ? " " + w.timesKind : "");
    box.appendChild(el("div", "meta", [str(w.regionCode) || "no code", count, str(w.kind), str(w.honorTitle),
      w.writtenName ? "written " + w.writtenName : ""].filter(Boolean).join(" · ")));
    if (w.metrics.length) {
      box.appendChild(table([{ name: "label" }, { name: "value", cls: "num" }, { name: "unit" }, { name: "qualifier" },
        { name: "cumulative" }, { name: "text" }],
        w.metrics.map(function (m, j) {
          return { id: "a" + i + "m" + j, span: m.span, awardee: i, cells: [str(m.label),
            m.value + (m.upper !== null ? "–" + m.upper : ""), str(m.unit), m.qualifier, m.cumulative ? "yes" : "", m.text] };
        })));
    }
    if (w.initiatives.length) {
      box.appendChild(table([{ name: "initiative" }, { name: "chars", cls: "num" }],
        w.initiatives.map(function (t, j) {
          return { id: "a" + i + "i" + j, span: t.span, awardee: i, cells: [t.title, t.text.length] };
        })));
    }
    if (w.issues.length) {
      box.appendChild(table(diagHeaders, diagRows(w.issues, "a" + i + "d", i)));
    }
    records.appendChild(box);
  });
  if (data.issues.length) {
    records.appendChild(el("h2", null, "Document diagnostics (" + data.issues.length + ")"));
    records.appendChild(table(diagHeaders, diagRows(data.issues, "d", undefined)));
  }

  records.addEventListener("click", function (ev) {
    var t = ev.target.closest("[data-m]");
    if (t) { jump(t.dataset.m); }
  });
  records.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && ev.target.dataset && ev.target.dataset.m) { jump(ev.target.dataset.m); }
  });

  // Filters: by awardee, by diagnostic kind.
  var allMarks = document.querySelectorAll("#doc .mk");
  var shownAwardee = "";
  var hiddenKinds = {};
  function apply() {
    for (var i = 0; i < allMarks.length; i++) {
      var m = allMarks[i], a = m.dataset.a, k = m.dataset.k;
      var off = (shownAwardee !== "" && a !== undefined && a !== shownAwardee) || (k !== undefined && hiddenKinds[k]);
      m.classList.toggle("off", !!off);
    }
    var boxes = records.querySelectorAll("section.awardee");
    for (var j = 0; j < boxes.length; j++) {
      boxes[j].classList.toggle("hidden", shownAwardee !== "" && boxes[j].dataset.a !== shownAwardee);
    }
    var rows = records.querySelectorAll("tr[data-k]");
    for (var r = 0; r < rows.length; r++) { rows[r].classList.toggle("hidden", !!hiddenKinds[rows[r].dataset.k]); }
  }
  if (data.awardees.length) {
    var lab = el("label", null, "awardee ");
    var sel = el("select");
    sel.id = "filter-awardee";
    sel.appendChild(new Option("all", ""));
    data.awardees.forEach(function (w, i) { sel.appendChild(new Option(w.name, String(i))); });
    sel.addEventListener("change", function () { shownAwardee = sel.value; apply(); });
    lab.appendChild(sel);
    filters.appendChild(lab);
  }
  var kinds = {};
  data.issues.concat.apply(data.issues, data.awardees.map(function (w) { return w.issues; }))
    .forEach(function (d) { kinds[d.kind] = (kinds[d.kind] || 0) + 1; });
  Object.keys(kinds).sort().forEach(function (k) {
    var lab = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.dataset.kind = k;
    box.className = "filter-kind";
    box.addEventListener("change", function () { hiddenKinds[k] = !box.checked; apply(); });
    lab.appendChild(box);
    lab.appendChild(document.createTextNode(" " + k + " (" + kinds[k] + ")"));
    filters.appendChild(lab);
  });
  var help = el("span", "meta", "n / p: next / previous diagnostic");
  filters.appendChild(help);

  // Keyboard: n and p move between the diagnostics marked in the text, in text order.
  var current = -1;
  function diagMarks() {
    return Array.prototype.filter.call(document.querySelectorAll("#doc .mk.dg:not(.cont)"),
      function (m) { return !m.classList.contains("off"); });
  }
  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    var tag = ev.target && ev.target.tagName;
    if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA") { return; }
    if (ev.key !== "n" && ev.key !== "p") { return; }
    var ds = diagMarks();
    if (!ds.length) { say("no diagnostics with a place in the text"); return; }
    current = ev.key === "n" ? (current + 1) % ds.length : (current - 1 + ds.length) % ds.length;
    jump(ds[current].dataset.m);
    say("diagnostic " + (current + 1) + " of " + ds.length + ": " + ds[current].title);
    ev.preventDefault();
  });
  document.documentElement.dataset.ready = "true";
})();
