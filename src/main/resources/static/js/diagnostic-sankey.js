// Draws the flow diagram (ECharts sankey) of the interdependence page from its data table:
// <div class="echart-sankey" data-table="id" data-from="suffix of homes" data-to="suffix of workplaces">
// reads the table's rows (commune of residence, place of work, actives). Without JavaScript the
// table stays as it is.
(function () {
  'use strict';

  function number(text) {
    var value = parseFloat(text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
    return isNaN(value) ? 0 : value;
  }

  function draw() {
    if (typeof echarts === 'undefined') {
      return;
    }
    document.querySelectorAll('.echart-sankey[data-table]').forEach(function (element) {
      var table = document.getElementById(element.dataset.table);
      if (!table) {
        return;
      }
      var nodes = {};
      var links = [];
      table.querySelectorAll('tbody tr').forEach(function (row) {
        var cells = row.querySelectorAll('th, td');
        if (cells.length < 3) {
          return;
        }
        var source = cells[0].textContent.trim() + ' ' + element.dataset.from;
        var target = cells[1].textContent.trim() + ' ' + element.dataset.to;
        nodes[source] = true;
        nodes[target] = true;
        links.push({source: source, target: target, value: number(cells[2].textContent)});
      });
      if (links.length === 0) {
        return;
      }
      element.style.height = Math.max(320, Object.keys(nodes).length * 18) + 'px';
      var chart = echarts.init(element, null, {renderer: 'svg'});
      chart.setOption({
        color: ['#1f3a93', '#2e7d32', '#b26a00', '#8a1c1c', '#5c6bc0', '#00838f'],
        tooltip: {trigger: 'item'},
        series: [{type: 'sankey', left: 8, right: 160, nodeGap: 6, emphasis: {focus: 'adjacency'},
          lineStyle: {color: 'gradient', curveness: 0.5},
          data: Object.keys(nodes).map(function (name) { return {name: name}; }), links: links}]
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
