/* The query UI: YASGUI on this server's /sparql, one tab per competency query, no network access beyond it. */
(function () {
  "use strict";
  var cfg = JSON.parse(document.getElementById("kg-config").textContent);
  var ID_BASE = "https://w3id.org/kg/id/";

  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: cfg.endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: cfg.endpoint }]; } },
    persistenceId: null,               // tabs come from ontology/queries on every load, never stale copies
    autoAddOnInit: cfg.queries.length === 0,
    populateFromUrl: true,
    yasqe: {
      autocompleters: ["prefixes", "variables"],  // no LOV class/property look-ups: they need the internet
      prefixCcApi: null,                           // bundled prefixes, never prefix.cc
      persistenceId: null,
    },
    yasr: { prefixes: cfg.prefixes, persistenceId: null },
  });

  var tabIds = [];
  cfg.queries.forEach(function (q, i) {
    var tab = yasgui.addTab(i === 0, Object.assign(Yasgui.Tab.getDefaults(yasgui), {
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

  // Our resources' IRIs resolve through w3id.org; offline, and for speed, open this server's page instead.
  document.getElementById("yasgui").addEventListener("click", function (ev) {
    var a = ev.target.closest("a[href]");
    if (a && a.href.indexOf(ID_BASE) === 0) {
      ev.preventDefault();
      window.open("/id/" + a.href.slice(ID_BASE.length), a.target || "_self");
    }
  });
  window.kgYasgui = yasgui;
})();
