/* The query UI: YASGUI on this server's /sparql, one tab per competency query, no network access beyond it.

   - Prefixes come from the project's own table (kg.vocab.PREFIXES: schema: is https://schema.org/), never from
     YASQE's bundled list or prefix.cc; classes and properties complete from /ontology/terms.json, never from LOV.
   - A shared link (#query=... or ?query=...) opens in the active tab, against this server's endpoint whatever
     endpoint the link names. */
(function () {
  "use strict";
  var cfg = JSON.parse(document.getElementById("kg-config").textContent);
  var BASE = "https://w3id.org/kg/";
  var Yasqe = Yasgui.Yasqe;

  // Our IRIs resolve through w3id.org; offline, and for speed, this server's page instead (kg.web.terms).
  function localHref(iri) {
    if (!iri || iri.indexOf(BASE) !== 0) return null;
    var rest = iri.slice(BASE.length);
    if (rest.indexOf("id/") === 0) return "/" + rest;
    if (rest === "ontology" || rest.indexOf("ontology#") === 0) return "/" + rest;
    var m = /^(threat|status|modality)\/([^#?\/]+)$/.exec(rest);
    return m ? "/" + m[1] + "/" + m[2] : null;
  }
  window.kgLocalHref = localHref;

  // Completers: the same names YASQE knows (so nothing else can enable the internet-bound originals), local data.
  var prefixLines = Object.keys(cfg.prefixes).sort().map(function (p) { return p + ": <" + cfg.prefixes[p] + ">"; });
  var vocabulary = null;
  function terms(kind) {
    vocabulary = vocabulary || fetch(cfg.vocabulary, { headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : { classes: [], properties: [] }; });
    return vocabulary.then(function (v) { return v[kind] || []; });
  }
  Yasqe.forkAutocompleter("prefixes", { name: "prefixes", get: prefixLines, persistenceId: null }, false);
  Yasqe.forkAutocompleter("class", { name: "class", bulk: true, autoShow: true, persistenceId: null,
    get: function () { return terms("classes"); } }, false);
  Yasqe.forkAutocompleter("property", { name: "property", bulk: true, autoShow: true, persistenceId: null,
    get: function () { return terms("properties"); } }, false);

  // Read before YASGUI does: it consumes (and clears) the link's #query=... when it builds the shared tab.
  var shared = /(^|[?&#])query=/.test(window.location.search + "&" + window.location.hash.replace(/^#/, ""));

  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: cfg.endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: cfg.endpoint }]; } },
    persistenceId: null,               // tabs come from ontology/queries on every load, never stale copies
    autoAddOnInit: cfg.queries.length === 0,
    populateFromUrl: function (tab) {  // a shared link runs here, never against the endpoint it names
      tab.requestConfig.endpoint = cfg.endpoint;
      return tab;
    },
    yasqe: {
      autocompleters: ["prefixes", "variables", "class", "property"],
      prefixCcApi: null,
      persistenceId: null,
    },
    yasr: { prefixes: cfg.prefixes, persistenceId: null },
  });

  var tabIds = [];
  cfg.queries.forEach(function (q, i) {
    var tab = yasgui.addTab(!shared && i === 0, Object.assign(Yasgui.Tab.getDefaults(yasgui), {
      name: q.tab,
      yasqe: { value: q.query },
    }));
    tabIds.push(tab.getId());
  });

  var list = document.getElementById("kg-examples");
  if (list) {
    list.addEventListener("click", function (ev) {
      var a = ev.target.closest("a[data-index]");
      if (!a) return;
      ev.preventDefault();
      var i = Number(a.dataset.index), q = cfg.queries[i];
      if (!yasgui.getTab(tabIds[i])) {
        tabIds[i] = yasgui.addTab(true, Object.assign(Yasgui.Tab.getDefaults(yasgui), {
          name: q.tab, yasqe: { value: q.query },
        })).getId();
      }
      yasgui.selectTabId(tabIds[i]);
    });
  }

  document.getElementById("yasgui").addEventListener("click", function (ev) {
    var a = ev.target.closest("a[href]");
    var href = a && localHref(a.href);
    if (href) {
      ev.preventDefault();
      window.open(href, a.target || "_self");
    }
  });
  // CONSTRUCT / DESCRIBE results open in the graph view (YASR keeps the table as its default otherwise).
  yasgui.on("queryResponse", function (_, tab) {
    var yasr = tab && tab.getYasr && tab.getYasr();
    if (!yasr || !yasr.plugins.graph) return;
    yasr.once("drawn", function () {
      if (yasr.drawnPlugin !== "graph" && yasr.plugins.graph.canHandleResults()) yasr.selectPlugin("graph");
    });
  });
  window.kgYasgui = yasgui;
})();
