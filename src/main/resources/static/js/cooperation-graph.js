// Draws the cooperation graph of a territory with ECharts (graph series, force layout) from the two
// accessible tables beside it: <div class="cooperation-graph" data-nodes="id" data-edges="id">.
// Node rows carry data-siren, data-degree, data-hub, data-isolated; edge rows data-a, data-b,
// data-weight. Without JavaScript the tables stay as they are.
(function () {
  'use strict';

  function draw() {
    if (typeof echarts === 'undefined') {
      return;
    }
    document.querySelectorAll('.cooperation-graph[data-nodes]').forEach(function (element) {
      var nodesTable = document.getElementById(element.dataset.nodes);
      var edgesTable = document.getElementById(element.dataset.edges);
      if (!nodesTable || !edgesTable) {
        return;
      }
      var nodes = [];
      nodesTable.querySelectorAll('tbody tr[data-siren]').forEach(function (row) {
        var hub = row.dataset.hub === 'true';
        var isolated = row.dataset.isolated === 'true';
        nodes.push({id: row.dataset.siren, name: row.querySelector('th').textContent.trim(),
          symbolSize: 10 + 4 * Math.sqrt(parseFloat(row.dataset.degree) || 0) * 3,
          category: hub ? 0 : (isolated ? 2 : 1)});
      });
      var edges = [];
      edgesTable.querySelectorAll('tbody tr[data-a]').forEach(function (row) {
        var weight = parseFloat(row.dataset.weight) || 1;
        edges.push({source: row.dataset.a, target: row.dataset.b, value: weight,
          lineStyle: {width: Math.min(8, 0.5 + weight)}});
      });
      var categories = JSON.parse(element.dataset.categories || '[]').map(function (name) { return {name: name}; });
      element.style.height = '480px';
      var chart = echarts.init(element, null, {renderer: 'svg'});
      chart.setOption({
        color: ['#8a1c1c', '#1f3a93', '#9e9e9e'],
        tooltip: {},
        legend: [{data: categories.map(function (c) { return c.name; })}],
        series: [{type: 'graph', layout: 'force', roam: true, draggable: true, data: nodes, links: edges,
          categories: categories, label: {show: true, position: 'right', fontSize: 11},
          force: {repulsion: 160, edgeLength: [40, 140], gravity: 0.08},
          emphasis: {focus: 'adjacency'}, lineStyle: {color: 'source', opacity: 0.6}}]
      });
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
