// Draws the charts of a page with ECharts from the data tables that follow them: each
// <div class="echart" data-chart="hbar|bar|line|pie|radar" data-table="id" data-label="col" data-value="col"
// data-percent="true|false">
// is filled from the table's rows (data-skip-empty="true" leaves out rows whose value cell is empty). Without JavaScript the tables (and the SVG bars) stay as they are.
(function () {
  'use strict';
  var COLORS = ['#1f3a93', '#2e7d32', '#b26a00', '#8a1c1c', '#5c6bc0', '#00838f'];

  function number(text) {
    var value = parseFloat(text.replace(/[\s\u00a0\u202f%]/g, '').replace(',', '.'));
    return isNaN(value) ? 0 : value;
  }

  function rows(table, labelColumn, valueColumn, skipEmpty) {
    var data = [];
    table.querySelectorAll('tbody tr').forEach(function (row) {
      var cells = row.querySelectorAll('th, td');
      if (cells.length > Math.max(labelColumn, valueColumn)
          && !(skipEmpty && cells[valueColumn].textContent.trim() === '')) {
        data.push({label: cells[labelColumn].textContent.trim(), value: number(cells[valueColumn].textContent)});
      }
    });
    return data;
  }

  function option(kind, data, percent) {
    var labels = data.map(function (d) { return d.label; });
    var values = data.map(function (d) { return d.value; });
    var format = percent ? '{c} %' : '{c}';
    if (kind === 'pie') {
      return {color: COLORS, tooltip: {trigger: 'item', formatter: '{b} : {c} ({d} %)'},
        series: [{type: 'pie', radius: ['35%', '65%'], label: {formatter: '{b} : {d} %'},
          data: data.map(function (d) { return {name: d.label, value: d.value}; })}]};
    }
    if (kind === 'radar') {
      return {color: COLORS, tooltip: {}, radar: {indicator: labels.map(function (l) { return {name: l, max: 100}; })},
        series: [{type: 'radar', data: [{value: values, name: ''}], areaStyle: {opacity: 0.2}}]};
    }
    if (kind === 'hbar') {
      return {color: COLORS, grid: {left: 8, right: 40, top: 8, bottom: 8, containLabel: true}, tooltip: {},
        xAxis: {type: 'value'}, yAxis: {type: 'category', inverse: true, data: labels},
        series: [{type: 'bar', data: values, label: {show: true, position: 'right', formatter: format}}]};
    }
    return {color: COLORS, grid: {left: 8, right: 16, top: 24, bottom: 8, containLabel: true}, tooltip: {trigger: 'axis'},
      xAxis: {type: 'category', data: labels, axisLabel: {interval: 'auto', rotate: kind === 'line' ? 30 : 0}},
      yAxis: {type: 'value', max: percent ? 100 : null, axisLabel: {formatter: percent ? '{value} %' : '{value}'}},
      series: [{type: kind === 'line' ? 'line' : 'bar', data: values, smooth: kind === 'line',
        label: {show: kind !== 'line', position: 'top', formatter: format}}]};
  }

  function draw() {
    if (typeof echarts === 'undefined') {
      return;
    }
    document.querySelectorAll('.echart[data-table]').forEach(function (element) {
      var table = document.getElementById(element.dataset.table);
      if (!table) {
        return;
      }
      var data = rows(table, parseInt(element.dataset.label, 10), parseInt(element.dataset.value, 10),
          element.dataset.skipEmpty === 'true');
      if (data.length === 0) {
        return;
      }
      var percent = element.dataset.percent === 'true';
      element.style.height = (element.dataset.chart === 'hbar' ? Math.max(160, data.length * 28 + 24)
          : element.dataset.chart === 'radar' ? 380 : 280) + 'px';
      var fallback = element.parentElement.querySelector('svg.bars');
      if (fallback) {
        fallback.style.display = 'none';
      }
      var chart = echarts.init(element, null, {renderer: 'svg'});
      chart.setOption(option(element.dataset.chart, data, percent));
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
