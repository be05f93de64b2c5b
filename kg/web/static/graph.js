/* The network view: actors, meetings and agreements from /graph.json, drawn with Cytoscape.js.
 *
 * The view's state (filters, cap, expanded nodes, layout) lives in the page URL, so a view can be reloaded,
 * shared, and exported as the server draws it (GEXF/GraphML links carry the same arguments). Layouts are
 * seeded: the same view gives the same picture; an expansion places the new nodes around the clicked one and
 * moves nothing else. Text from articles goes in with textContent, never as markup. */
(function () {
  "use strict";
  var box = document.getElementById("cy"), status = document.getElementById("graph-status");
  var form = document.getElementById("graph-filters"), info = document.getElementById("graph-info");
  var tip = document.getElementById("graph-tip"), more = document.getElementById("g-more");
  var COLORS = { person: "#2b6cb0", organization: "#2f855a", country: "#c05621",
                 meeting: "#805ad5", agreement: "#b83280" };
  var TYPES = ["person", "organization", "country", "meeting", "agreement"];
  var TITLES = { person: "persons", organization: "organisations", country: "countries",
                 meeting: "meetings", agreement: "agreements" };
  var STEP = 300, MAX = 2000, SEED = 20260207;  // MAX: network_view.MAX_LIMIT
  var state = readState(), cy = null, options = null, seq = 0, evidenceCache = {}, lastResolved = {};

  // -- state <-> URL ------------------------------------------------------------------------------------
  function readState() {
    var p = new URLSearchParams(window.location.search);
    return {
      types: p.get("types") ? p.get("types").split(",") : TYPES.slice(),
      country: p.get("country") || "", threat: p.get("threat") || "",
      from: p.get("from") || "", to: p.get("to") || "", min_sources: p.get("min_sources") || "",
      events: Number(p.get("events")) || STEP, expand: p.getAll("expand"), layout: p.get("layout") || "",
    };
  }

  function viewParams() {
    var p = new URLSearchParams();
    if (state.types.length !== TYPES.length) p.set("types", state.types.join(","));
    ["country", "threat", "from", "to"].forEach(function (k) { if (state[k]) p.set(k, state[k]); });
    if (Number(state.min_sources) > 1) p.set("min_sources", state.min_sources);
    p.set("events", String(state.events));
    state.expand.forEach(function (iri) { p.append("expand", iri); });
    return p;
  }

  function writeState() {
    var p = viewParams();
    if (state.layout) p.set("layout", state.layout);
    history.replaceState(null, "", window.location.pathname + "?" + p.toString());
    var q = "?" + viewParams().toString();
    document.getElementById("g-gexf").href = box.dataset.gexf + q;
    document.getElementById("g-graphml").href = box.dataset.graphml + q;
  }

  function fillForm() {
    form.querySelectorAll("input[name=types]").forEach(function (c) { c.checked = state.types.indexOf(c.value) >= 0; });
    document.getElementById("g-from").value = state.from;
    document.getElementById("g-to").value = state.to;
    document.getElementById("g-sources").value = state.min_sources || "1";
    document.getElementById("g-layout").value = state.layout || "fcose";
  }

  function fillOptions(opts) {
    if (options) return;
    options = opts;
    var country = document.getElementById("g-country"), threat = document.getElementById("g-threat");
    opts.countries.forEach(function (c) { country.append(new Option(c.label, c.iri)); });
    opts.threats.forEach(function (t) { threat.append(new Option(t.label + " (" + t.count + ")", t.iri)); });
    country.value = state.country;
    threat.value = state.threat;
    ["g-from", "g-to"].forEach(function (id) {
      var input = document.getElementById(id);
      if (opts.dates.min) { input.min = opts.dates.min; input.max = opts.dates.max; }
    });
    document.getElementById("g-sources").max = String(opts.max_sources);
  }

  // -- seeded randomness, so one view always gives one picture -----------------------------------------
  function prng(seed) {
    return function () {  // mulberry32
      seed |= 0; seed = (seed + 0x6D2B79F5) | 0;
      var t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function hash(text) {
    var h = 2166136261;
    for (var i = 0; i < text.length; i++) { h ^= text.charCodeAt(i); h = Math.imul(h, 16777619); }
    return h >>> 0;
  }

  function seededPosition(id, n) {
    var r = prng(hash(id)), side = 120 * Math.sqrt(n + 1);
    return { x: (r() - 0.5) * side, y: (r() - 0.5) * side };
  }

  function layoutOptions(name, n) {
    var common = { name: name, animate: false, fit: true, padding: 30 };
    if (name === "fcose") {  // seeded through Math.random (runLayout); fast enough for thousands of nodes
      return Object.assign(common, { quality: n > 300 ? "draft" : "default", randomize: true,
        nodeRepulsion: function () { return n < 200 ? 9000 : 4500; },
        idealEdgeLength: function () { return n < 200 ? 90 : 50; }, nodeSeparation: 60 });
    }
    if (name === "concentric") return Object.assign(common, { concentric: function (node) { return node.degree(); },
                                                             levelWidth: function () { return 2; }, minNodeSpacing: 12 });
    if (name === "breadthfirst") return Object.assign(common, { directed: false, spacingFactor: 1.1 });
    return common;
  }

  function runLayout() {
    var real = Math.random, name = state.layout || "fcose";
    Math.random = prng(SEED);
    try {
      var n = cy.nodes().length;
      cy.nodes().forEach(function (node) { node.position(seededPosition(node.id(), n)); });
      cy.layout(layoutOptions(name, n)).run();
    } finally {
      Math.random = real;
    }
  }

  // -- drawing -----------------------------------------------------------------------------------------
  function makeCy() {
    cy = cytoscape({
      container: box,
      wheelSensitivity: 0.3,
      style: [
        { selector: "node", style: {
            "background-color": function (n) { return COLORS[n.data("category")] || "#718096"; },
            "label": "data(label)", "font-size": 9, "color": "#1a202c",
            "text-wrap": "ellipsis", "text-max-width": 110, "width": 16, "height": 16,
            "min-zoomed-font-size": 7 } },  // labels appear as one zooms in: hundreds of them are unreadable
        { selector: "node[category = 'country']", style: { "width": 28, "height": 28, "font-size": 12,
            "font-weight": "bold", "shape": "round-rectangle" } },
        { selector: "node[category = 'meeting'], node[category = 'agreement']", style: {
            "shape": "diamond", "width": 12, "height": 12, "font-size": 7, "color": "#4a5568",
            "min-zoomed-font-size": 9 } },
        { selector: "edge", style: { "width": 1, "line-color": "#cbd5e0", "curve-style": "haystack",
            "haystack-radius": 0, "opacity": 0.8 } },
        { selector: "edge.hover", style: { "width": 3, "line-color": "#d69e2e", "opacity": 1 } },
        { selector: "node.expanded", style: { "border-width": 2, "border-color": "#2d3748" } },
        { selector: "node:selected", style: { "border-width": 3, "border-color": "#f6e05e" } },
      ],
    });
    cy.on("tap", "node", function (ev) { expand(ev.target); });
    cy.on("mouseover", "edge", function (ev) { showEvidence(ev.target, ev.renderedPosition); });
    cy.on("mouseout", "edge", function (ev) { ev.target.removeClass("hover"); hideTipSoon(); });
    cy.on("tap", function (ev) { if (ev.target === cy) { info.hidden = true; } });
    window.kgCy = cy;
  }

  function load(how) {
    var mine = ++seq;
    writeState();
    status.textContent = "Loading the network…";
    return fetch(box.dataset.src + "?" + viewParams().toString(), { headers: { Accept: "application/json" } })
      .then(function (r) {
        if (!r.ok) return r.text().then(function (t) { throw new Error(t.trim() || "HTTP " + r.status); });
        return r.json();
      })
      .then(function (data) {
        if (mine !== seq) return;
        fillOptions(data.options);
        if (how && how.around && data.resolved && data.resolved[how.around]) how.around = data.resolved[how.around];
        lastResolved = data.resolved || {};
        draw(data, how || {});
        describe(data);
      })
      .catch(function (err) { status.textContent = "Could not load the network: " + err.message; });
  }

  function draw(data, how) {
    if (!cy) makeCy();
    var wanted = {};
    data.elements.forEach(function (el) { wanted[el.data.id] = el; });
    cy.batch(function () {
      cy.elements().forEach(function (el) { if (!wanted[el.id()]) el.remove(); });
      var added = data.elements.filter(function (el) { return cy.getElementById(el.data.id).empty(); });
      cy.add(added.filter(function (el) { return !el.data.source; }));
      cy.add(added.filter(function (el) { return el.data.source; }));
      cy.nodes().removeClass("expanded");
      state.expand.forEach(function (iri) { cy.getElementById(iri).addClass("expanded"); });
    });
    if (how.around && !cy.getElementById(how.around).empty() && !how.relayout) {
      placeAround(cy.getElementById(how.around), how.before || {});
    } else {
      runLayout();
    }
    box.dataset.rendered = String(cy.nodes().length);
    box.dataset.view = viewParams().toString();
  }

  function placeAround(centre, before) {
    // the new neighbours on a ring around the node clicked; everything already drawn stays where it was
    if (!before[centre.id()]) centre.position(seededPosition(centre.id(), cy.nodes().length));
    var fresh = cy.nodes().filter(function (n) { return !before[n.id()] && n.id() !== centre.id(); });
    var c = centre.position(), radius = 60 + 6 * fresh.length;
    fresh.forEach(function (node, i) {
      var a = 2 * Math.PI * i / Math.max(fresh.length, 1) + (hash(node.id()) % 100) / 400;
      node.position({ x: c.x + radius * Math.cos(a), y: c.y + radius * Math.sin(a) });
    });
    cy.animate({ center: { eles: centre }, duration: 0 });
  }

  function describe(data) {
    var c = data.counts, hidden = [];
    TYPES.forEach(function (t) { if (c.hidden[t]) hidden.push(c.hidden[t] + " " + TITLES[t]); });
    var text = data.nodes + " nodes, " + data.edges + " links · " + c.shown + " of " + c.matching +
      " matching meetings and agreements" + (hidden.length ? " · not shown: " + hidden.join(", ") : "");
    var extra = Object.keys(c.expanded).reduce(function (sum, k) { return sum + c.expanded[k]; }, 0);
    if (extra) text += " · " + extra + " more neighbours of expanded nodes";
    status.textContent = text;
    status.dataset.matching = String(c.matching);
    status.dataset.more = String(c.more);
    more.hidden = !(c.more > 0 && state.events < MAX);
    more.textContent = "Show " + Math.min(STEP, c.more) + " more";
  }

  // -- interaction -------------------------------------------------------------------------------------
  function positions() {
    var out = {};
    cy.nodes().forEach(function (n) { out[n.id()] = true; });
    return out;
  }

  function expand(node) {
    showInfo(node);
    if (state.expand.indexOf(node.id()) >= 0) return Promise.resolve();
    state.expand.push(node.id());
    return load({ around: node.id(), before: positions() });
  }

  function focusOn(iri, label) {
    var node = cy && cy.getElementById(iri);
    if (node && !node.empty()) {
      cy.nodes().unselect();
      node.select();
      cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 300 });
      showInfo(node);
      return;
    }
    state.expand.push(iri);  // not in view: bring it in with its neighbourhood
    load({ around: iri, before: cy ? positions() : {} }).then(function () {
      var n = cy.getElementById(lastResolved[iri] || iri);  // one outlet's mention: the canonical node
      if (n.empty()) { status.textContent = label + " is not in the network (only actors, meetings and agreements are)"; return; }
      n.select();
      cy.animate({ center: { eles: n } }, { duration: 0 });
      showInfo(n);
    });
  }

  function showInfo(node) {
    var d = node.data();
    info.replaceChildren();
    var h = document.createElement("h2");
    h.textContent = d.label;
    var kind = document.createElement("p");
    kind.textContent = d.category + (d.date ? " · " + d.date : "") + (d.sources ? " · " + d.sources +
      (d.sources === 1 ? " source" : " independent sources") : "");
    info.append(h, kind);
    if (d.countries && d.countries.length && d.category !== "country") {
      var names = d.countries.map(function (iri) { var c = cy.getElementById(iri); return c.empty() ? iri.split("/").pop() : c.data("label"); });
      var p = document.createElement("p");
      p.textContent = "Countries: " + names.join(", ");
      info.append(p);
    }
    var p2 = document.createElement("p");
    p2.textContent = node.degree() + " links drawn";
    info.append(p2);
    if (d.href) {
      var a = document.createElement("a");
      a.href = d.href;
      a.className = "open-page";
      a.textContent = "Open its page →";
      info.append(a);
    }
    info.hidden = false;
  }

  var tipTimer = null;
  function hideTipSoon() { clearTimeout(tipTimer); tipTimer = setTimeout(function () { tip.hidden = true; }, 400); }
  tip.addEventListener("mouseenter", function () { clearTimeout(tipTimer); });
  tip.addEventListener("mouseleave", hideTipSoon);

  function showEvidence(edge, at) {
    clearTimeout(tipTimer);
    edge.addClass("hover");
    var d = edge.data(), key = d.id;
    tip.style.left = (at.x + 12) + "px";
    tip.style.top = (at.y + 12) + "px";
    tip.replaceChildren(document.createTextNode(d.label + ": loading the evidence…"));
    tip.hidden = false;
    var got = evidenceCache[key] || fetch(box.dataset.evidence + "?" + new URLSearchParams(
      { source: d.source, predicate: d.label, target: d.target }).toString(),
      { headers: { Accept: "application/json" } }).then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status);
        return r.json();
      });
    evidenceCache[key] = got;
    got.then(function (data) {
      if (tip.hidden || !edge.hasClass("hover") && tip.dataset.edge !== key) return;
      tip.dataset.edge = key;
      tip.replaceChildren();
      var head = document.createElement("div");
      head.textContent = cy.getElementById(d.source).data("label") + " — " + d.label + " — " +
        cy.getElementById(d.target).data("label");
      tip.append(head);
      if (!data.evidence.length) tip.append(document.createTextNode("No sentence states this link."));
      data.evidence.slice(0, 2).forEach(function (e) {
        var q = document.createElement("blockquote");
        q.textContent = e.text;
        var src = document.createElement("div");
        src.className = "source";
        var a = document.createElement("a");
        a.href = e.doc;
        a.textContent = e.title;
        src.append(a, document.createTextNode((e.publisher ? " · " + e.publisher : "") + (e.issued ? " · " + e.issued : "")));
        tip.append(q, src);
      });
      if (!data.stated) tip.append(document.createTextNode("(sentences about the " + (cy.getElementById(d.source).data("category") || "node") + "; none states the link itself)"));
    }).catch(function () {
      delete evidenceCache[key];  // try again on the next hover
      tip.replaceChildren(document.createTextNode("Could not load the evidence for this link."));
    });
  }

  // -- search-and-focus (the site's search API) ---------------------------------------------------------
  var find = document.getElementById("g-find"), findList = document.getElementById("g-find-list"), findTimer = null;
  function suggest() {
    var q = find.value.trim();
    if (!q || !find.dataset.api) { findList.hidden = true; return; }
    fetch(find.dataset.api + "?limit=8&q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : { results: [] }; })
      .then(function (data) {
        findList.replaceChildren();
        data.results.forEach(function (hit) {
          var li = document.createElement("li"), a = document.createElement("a");
          a.href = "#";
          a.dataset.iri = hit.iri;
          a.textContent = hit.label + " · " + hit.kind;
          a.addEventListener("click", function (e) {
            e.preventDefault();
            findList.hidden = true;
            find.value = hit.label;
            focusOn(hit.iri, hit.label);
          });
          li.append(a);
          findList.append(li);
        });
        findList.hidden = data.results.length === 0;
      });
  }
  find.addEventListener("input", function () { clearTimeout(findTimer); findTimer = setTimeout(suggest, 120); });
  find.addEventListener("keydown", function (e) {
    if (e.key === "Enter") {
      e.preventDefault();
      var first = findList.querySelector("a");
      if (first) first.click();
    } else if (e.key === "Escape") { findList.hidden = true; }
  });

  // -- filters -----------------------------------------------------------------------------------------
  form.addEventListener("change", function (e) {
    if (e.target.id === "g-find") return;
    if (e.target.id === "g-layout") { state.layout = e.target.value === "fcose" ? "" : e.target.value; writeState(); runLayout(); return; }
    state.types = Array.prototype.map.call(form.querySelectorAll("input[name=types]:checked"), function (c) { return c.value; });
    state.country = document.getElementById("g-country").value;
    state.threat = document.getElementById("g-threat").value;
    state.from = document.getElementById("g-from").value;
    state.to = document.getElementById("g-to").value;
    state.min_sources = document.getElementById("g-sources").value;
    state.events = STEP;
    state.expand = [];
    load();
  });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  document.getElementById("g-reset").addEventListener("click", function () {
    state = { types: TYPES.slice(), country: "", threat: "", from: "", to: "", min_sources: "", events: STEP,
              expand: [], layout: state.layout };
    document.getElementById("g-country").value = "";
    document.getElementById("g-threat").value = "";
    fillForm();
    load();
  });
  more.addEventListener("click", function () { state.events = Math.min(MAX, state.events + STEP); load(); });

  // -- export the view as drawn (graph_export.js) ------------------------------------------------------
  document.getElementById("g-png").addEventListener("click", function () {
    kgGraphExport.save(cy.png({ output: "blob", full: true, scale: 2, bg: "#ffffff" }), "kg-network.png");
  });
  document.getElementById("g-svg").addEventListener("click", function () {
    kgGraphExport.save(new Blob([kgGraphExport.svg(cy, COLORS)], { type: "image/svg+xml" }), "kg-network.svg");
  });

  fillForm();
  load();
})();
