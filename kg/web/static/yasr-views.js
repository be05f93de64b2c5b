/* Result views beyond the table, as YASR plugins: a chart (bar or line, Chart.js) of a numeric column against
   a label or date column, and a graph (Cytoscape.js) of CONSTRUCT / DESCRIBE results. Both libraries are
   vendored under /assets/vendor; nothing is fetched from elsewhere. */
(function () {
  "use strict";
  var Yasr = window.Yasgui && window.Yasgui.Yasr;
  if (!Yasr) return;
  var NUMERIC = /#(integer|decimal|double|float|long|int|short|nonNegativeInteger|positiveInteger)$/;
  var DATE = /#(date|dateTime|gYear|gYearMonth)$/;
  var MAX_POINTS = 500, MAX_EDGES = 800;

  function isNumber(b) {
    return b && b.type !== "uri" && b.type !== "bnode" && (NUMERIC.test(b.datatype || "") || /^-?\d+(\.\d+)?$/.test(b.value));
  }
  function shortName(iri, prefixes) {
    var ours = prefixes.kgid;  // our resources: their path (event/doc-1/0), as the pages show them
    if (ours && iri.indexOf(ours) === 0) return iri.slice(ours.length);
    for (var p in prefixes) {
      if (iri.indexOf(prefixes[p]) === 0 && p !== "kgid") return p + ":" + iri.slice(prefixes[p].length);
    }
    return iri.replace(/^.*[\/#]/, "") || iri;
  }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    if (text) e.textContent = text;
    return e;
  }
  function icon(text) { return el("span", { "class": "kg-view-icon" }, text); }

  /* -- chart --------------------------------------------------------------------------------------------- */
  function columns(results) {
    var vars = results.getVariables(), rows = results.getBindings();
    var numeric = vars.filter(function (v) {
      return rows.some(function (r) { return r[v]; }) && rows.every(function (r) { return !r[v] || isNumber(r[v]); });
    });
    var labels = vars.filter(function (v) { return numeric.indexOf(v) < 0; });
    return { numeric: numeric, label: labels[0] || null, rows: rows };
  }

  function ChartView(yasr) {
    this.yasr = yasr;
    this.priority = 5;           // below the table: a chart is chosen, never imposed
    this.label = "Chart";
    this.chart = null;
  }
  ChartView.prototype.canHandleResults = function () {
    var r = this.yasr.results;
    if (!r || !r.getVariables || !r.getBindings || r.getBoolean() !== undefined) return false;
    var rows = r.getBindings();
    return !!rows && rows.length > 0 && columns(r).numeric.length > 0;
  };
  ChartView.prototype.getIcon = function () { return icon("▮▮"); };
  ChartView.prototype.destroy = function () { if (this.chart) { this.chart.destroy(); this.chart = null; } };
  ChartView.prototype.draw = function () {
    var self = this, yasr = this.yasr, cols = columns(yasr.results), prefixes = yasr.config.prefixes || {};
    var rows = cols.rows.slice(0, MAX_POINTS);
    var dated = cols.label && rows.every(function (r) { return !r[cols.label] || DATE.test(r[cols.label].datatype || ""); });
    var bar = el("div", { "class": "kg-chart-bar" });
    var select = el("select", { "class": "kg-chart-type", "aria-label": "chart type" });
    ["bar", "line"].forEach(function (t) { select.appendChild(el("option", { value: t }, t)); });
    select.value = dated ? "line" : "bar";
    bar.appendChild(el("label", {}, "Chart: "));
    bar.appendChild(select);
    bar.appendChild(el("span", { "class": "kg-chart-note" }, cols.numeric.join(", ") + " by " + (cols.label || "row") +
      (cols.rows.length > MAX_POINTS ? " (first " + MAX_POINTS + " rows)" : "")));
    var box = el("div", { "class": "kg-chart-box" });
    var canvas = el("canvas", { "class": "kg-chart" });
    box.appendChild(canvas);
    yasr.resultsEl.appendChild(bar);
    yasr.resultsEl.appendChild(box);
    var labels = rows.map(function (r, i) {
      var b = cols.label && r[cols.label];
      return b ? (b.type === "uri" ? shortName(b.value, prefixes) : b.value) : String(i + 1);
    });
    function render() {
      if (self.chart) self.chart.destroy();
      self.chart = new window.Chart(canvas, {
        type: select.value,
        data: { labels: labels, datasets: cols.numeric.map(function (v) {
          return { label: v, data: rows.map(function (r) { return r[v] ? Number(r[v].value) : null; }) };
        }) },
        options: { animation: false, maintainAspectRatio: false, responsive: true },
      });
      canvas.dataset.rendered = String(labels.length);
    }
    select.addEventListener("change", render);
    render();
  };

  /* -- graph --------------------------------------------------------------------------------------------- */
  function GraphView(yasr) {
    this.yasr = yasr;
    this.priority = 20;          // above the table: triples read better as a graph
    this.label = "Graph";
    this.cy = null;
  }
  GraphView.prototype.canHandleResults = function () {
    var r = this.yasr.results;
    if (!r || !r.getVariables || r.getBoolean() !== undefined) return false;
    var v = r.getVariables();
    return v.length === 3 && v[0] === "subject" && v[1] === "predicate" && v[2] === "object" && r.getBindings().length > 0;
  };
  GraphView.prototype.getIcon = function () { return icon("◉─◉"); };
  GraphView.prototype.destroy = function () { if (this.cy) { this.cy.destroy(); this.cy = null; } };
  GraphView.prototype.draw = function () {
    var yasr = this.yasr, prefixes = yasr.config.prefixes || {}, triples = yasr.results.getBindings();
    var nodes = {}, edges = [], labels = {};
    triples.forEach(function (t) {
      if (/#label$|prefLabel$/.test(t.predicate.value) && t.object.type !== "uri") labels[t.subject.value] = t.object.value;
    });
    function node(b) {
      if (!nodes[b.value]) nodes[b.value] = { data: { id: b.value, iri: b.type === "uri" ? b.value : "",
        label: labels[b.value] || (b.type === "uri" ? shortName(b.value, prefixes) : b.value) } };
    }
    triples.forEach(function (t) {
      if (edges.length >= MAX_EDGES || t.object.type === "literal" || t.object.type === "typed-literal") return;
      node(t.subject); node(t.object);
      edges.push({ data: { id: "e" + edges.length, source: t.subject.value, target: t.object.value,
                           label: shortName(t.predicate.value, prefixes) } });
    });
    var box = el("div", { "class": "kg-graph-view" });
    yasr.resultsEl.appendChild(el("div", { "class": "kg-chart-note" }, Object.keys(nodes).length + " nodes, " +
      edges.length + " links" + (edges.length >= MAX_EDGES ? " (first " + MAX_EDGES + ")" : "") +
      "; literal values are in the table and response views"));
    yasr.resultsEl.appendChild(box);
    var elements = Object.keys(nodes).map(function (k) { return nodes[k]; }).concat(edges);
    this.cy = window.cytoscape({
      container: box, elements: elements,
      style: [
        { selector: "node", style: { label: "data(label)", "font-size": 10, "background-color": "#2b6cb0", width: 14, height: 14 } },
        { selector: "edge", style: { label: "data(label)", "font-size": 8, "curve-style": "bezier", width: 1,
          "target-arrow-shape": "triangle", "line-color": "#a0aec0", "target-arrow-color": "#a0aec0", color: "#4a5568" } },
      ],
      layout: { name: "cose", animate: false, randomize: false },
    });
    this.cy.on("tap", "node", function (ev) {
      var href = window.kgLocalHref && window.kgLocalHref(ev.target.data("iri"));
      if (href) window.open(href, "_blank");
    });
    box.dataset.nodes = String(this.cy.nodes().length);
  };

  Yasr.registerPlugin("chart", ChartView);
  Yasr.registerPlugin("graph", GraphView);
})();
