/* Exports of the network view as drawn: an SVG written from the nodes' positions (no library needed for a
 * few shapes and lines) and a download helper. Used by graph.js as window.kgGraphExport. */
(function () {
  "use strict";
  function save(blob, name) {
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.append(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  function esc(text) {
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  function svg(cy, COLORS) {
    var bb = cy.elements().boundingBox({}), pad = 20, out = [];
    out.push('<svg xmlns="http://www.w3.org/2000/svg" viewBox="' + [bb.x1 - pad, bb.y1 - pad, bb.w + 2 * pad, bb.h + 2 * pad].join(" ") +
             '" width="' + Math.round(bb.w + 2 * pad) + '" height="' + Math.round(bb.h + 2 * pad) + '" font-family="sans-serif">');
    out.push('<rect x="' + (bb.x1 - pad) + '" y="' + (bb.y1 - pad) + '" width="' + (bb.w + 2 * pad) + '" height="' + (bb.h + 2 * pad) + '" fill="#fff"/>');
    cy.edges().forEach(function (e) {
      var s = e.source().position(), t = e.target().position();
      out.push('<line x1="' + s.x + '" y1="' + s.y + '" x2="' + t.x + '" y2="' + t.y + '" stroke="#cbd5e0"><title>' + esc(e.data("label")) + "</title></line>");
    });
    cy.nodes().forEach(function (n) {
      var p = n.position(), d = n.data(), fill = COLORS[d.category] || "#718096", r = d.category === "country" ? 14 : 8;
      var shape = d.category === "meeting" || d.category === "agreement"
        ? '<polygon points="' + [p.x, p.y - r, p.x + r, p.y, p.x, p.y + r, p.x - r, p.y].join(",") + '" fill="' + fill + '"/>'
        : d.category === "country" ? '<rect x="' + (p.x - r) + '" y="' + (p.y - r) + '" width="' + 2 * r + '" height="' + 2 * r + '" rx="4" fill="' + fill + '"/>'
        : '<circle cx="' + p.x + '" cy="' + p.y + '" r="' + r + '" fill="' + fill + '"/>';
      out.push('<g class="node ' + esc(d.category) + '"><title>' + esc(d.id) + "</title>" + shape +
               '<text x="' + p.x + '" y="' + (p.y + r + 10) + '" font-size="9" text-anchor="middle">' + esc(d.label) + "</text></g>");
    });
    out.push("</svg>");
    return out.join("\n");
  }

  window.kgGraphExport = { svg: svg, save: save };
})();
