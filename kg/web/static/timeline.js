// Timeline view: one entry per canonical event or agreement, by date; filters run in the browser.
(function () {
  "use strict";
  const list = document.getElementById("timeline");
  const status = document.getElementById("timeline-status");
  const filters = { country: "f-country", person: "f-person", kind: "f-kind" };
  let items = [];

  function fill(id, values) {
    const select = document.getElementById(id);
    [...new Set(values)].sort().forEach(function (v) {
      const o = document.createElement("option");
      o.value = v; o.textContent = v; select.appendChild(o);
    });
    select.addEventListener("change", render);
  }

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function render() {
    const want = {};
    Object.keys(filters).forEach(function (k) { want[k] = document.getElementById(filters[k]).value; });
    list.replaceChildren();
    let shown = 0;
    items.forEach(function (it) {
      if (want.country && it.countries.indexOf(want.country) < 0) return;
      if (want.person && it.people.indexOf(want.person) < 0) return;
      if (want.kind && it.kind !== want.kind) return;
      const li = el("li", undefined, "timeline-item " + it.kind);
      const when = it.dated ? it.date : (it.reportedOn ? "reported " + it.reportedOn : "undated");
      li.appendChild(el("time", when || "undated"));
      li.appendChild(el("span", it.kind, "kind"));
      const a = el("a", it.label, "item"); a.href = it.href; li.appendChild(a);
      li.appendChild(el("span", it.sources + (it.sources === 1 ? " source" : " sources") +
                        " · " + it.reports + (it.reports === 1 ? " report" : " reports"), "sources"));
      const docs = el("span", undefined, "documents");
      it.documents.forEach(function (d) {
        const link = el("a", d.name, "document"); link.href = d.href; docs.appendChild(link);
        docs.appendChild(document.createTextNode(" "));
      });
      li.appendChild(docs);
      list.appendChild(li);
      shown += 1;
    });
    status.textContent = shown + " of " + items.length + " items";
  }

  fetch(list.dataset.src).then(function (r) { return r.json(); }).then(function (data) {
    items = data.items;
    fill(filters.country, items.flatMap(function (i) { return i.countries; }));
    fill(filters.person, items.flatMap(function (i) { return i.people; }));
    fill(filters.kind, items.map(function (i) { return i.kind; }));
    render();
  }).catch(function (e) { status.textContent = "Could not load the timeline: " + e; });
})();
