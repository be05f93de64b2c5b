// The search box on every page: suggestions from /search.json as you type; arrows and Enter pick one,
// Enter alone opens the results page (the form's own submit). Text goes in with textContent, never as markup.
(function () {
  "use strict";
  const form = document.querySelector("form.search-box");
  if (!form) return;
  const input = form.querySelector("input[name=q]");
  const list = form.querySelector(".search-list");
  let timer = null, active = -1, seq = 0;

  function links() { return Array.from(list.querySelectorAll("a")); }

  function highlight(i) {
    const all = links();
    all.forEach((a, j) => { a.classList.toggle("active", j === i); a.setAttribute("aria-selected", j === i); });
    active = i;
  }

  function close() { list.hidden = true; list.replaceChildren(); active = -1; }

  function show(results) {
    list.replaceChildren();
    for (const r of results) {
      const li = document.createElement("li");
      li.setAttribute("role", "option");
      const a = document.createElement("a");
      a.href = r.href;
      a.dataset.iri = r.iri;
      a.append(r.label);
      const kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = r.alias ? r.kind + " · “" + r.alias + "”" : r.kind;
      const cited = document.createElement("span");
      cited.className = "cited";
      cited.textContent = r.cited + (r.cited === 1 ? " article" : " articles");
      a.append(kind, cited);
      li.append(a);
      list.append(li);
    }
    list.hidden = results.length === 0;
    active = -1;
  }

  async function suggest() {
    const q = input.value.trim();
    const mine = ++seq;
    if (!q) { close(); return; }
    const url = form.dataset.api + "?limit=8&q=" + encodeURIComponent(q);
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok || mine !== seq) return;   // a later keystroke has asked again
    show((await response.json()).results);
  }

  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(suggest, 120); });
  input.addEventListener("keydown", (e) => {
    const all = links();
    if (e.key === "ArrowDown" && all.length) { e.preventDefault(); highlight((active + 1) % all.length); }
    else if (e.key === "ArrowUp" && all.length) { e.preventDefault(); highlight((active - 1 + all.length) % all.length); }
    else if (e.key === "Escape") { close(); }
    else if (e.key === "Enter" && active >= 0 && all[active]) { e.preventDefault(); window.location.href = all[active].href; }
  });
  document.addEventListener("click", (e) => { if (!form.contains(e.target)) close(); });
})();
