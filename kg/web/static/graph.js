/* The network view: actors, meetings and agreements from /graph.json, drawn with Cytoscape.js. */
(function () {
  "use strict";
  var box = document.getElementById("cy"), status = document.getElementById("graph-status");
  var COLORS = { person: "#2b6cb0", organization: "#2f855a", country: "#c05621",
                 meeting: "#805ad5", agreement: "#b83280" };
  fetch(box.dataset.src, { headers: { Accept: "application/json" } })
    .then(function (r) { if (!r.ok) throw new Error("HTTP " + r.status); return r.json(); })
    .then(function (data) {
      status.textContent = data.nodes + " nodes, " + data.edges + " links" +
        " (up to " + data.events + " best-connected meetings and agreements)";
      var cy = cytoscape({
        container: box,
        elements: data.elements,
        wheelSensitivity: 0.3,
        style: [
          { selector: "node", style: {
              "background-color": function (n) { return COLORS[n.data("category")] || "#718096"; },
              "label": "data(label)", "font-size": 9, "color": "#1a202c",
              "text-wrap": "ellipsis", "text-max-width": 110, "width": 16, "height": 16 } },
          { selector: "node[category = 'country']", style: { "width": 28, "height": 28, "font-size": 12,
              "font-weight": "bold", "shape": "round-rectangle" } },
          { selector: "node[category = 'meeting'], node[category = 'agreement']", style: {
              "shape": "diamond", "width": 12, "height": 12, "font-size": 7, "color": "#4a5568",
              "min-zoomed-font-size": 9 } },
          { selector: "edge", style: { "width": 1, "line-color": "#cbd5e0", "curve-style": "haystack",
              "opacity": 0.8 } },
          { selector: "node:selected", style: { "border-width": 3, "border-color": "#f6e05e" } },
        ],
        layout: data.nodes > 1500 ? { name: "grid" } :
          { name: "cose", animate: false, randomize: false, numIter: 800, nodeOverlap: 40,
            nodeRepulsion: function () { return data.nodes < 200 ? 60000 : 8000; },
            idealEdgeLength: function () { return data.nodes < 200 ? 110 : 60; } },
      });
      cy.on("tap", "node", function (ev) { window.location.href = ev.target.data("href"); });
      window.kgCy = cy;
      box.dataset.rendered = String(cy.nodes().length);
    })
    .catch(function (err) { status.textContent = "Could not load the network: " + err.message; });
})();
