// Draws the dashboard's two trend charts from the numbers the page carries (the JSON block
// #trends-data, written by the server; data, not a script, so the page's CSP allows it): no second request. The same numbers are in the tables under the charts.
(function () {
  var block = document.getElementById('trends-data');
  var data = block ? JSON.parse(block.textContent) : null;
  if (!data || !window.Chart) { return; }
  var colours = ['#0b4f8a', '#1d6b2f', '#7a9a01', '#b00020'];
  function label(iso, kind) {
    var d = new Date(iso + 'T00:00:00');
    return kind === 'week'
      ? d.toLocaleDateString(data.locale, { day: 'numeric', month: 'short' })
      : d.toLocaleDateString(data.locale, { month: 'short', year: '2-digit' });
  }
  function draw(id, trend) {
    var canvas = document.getElementById(id);
    if (!canvas) { return; }
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: trend.labels.map(function (l) { return label(l, trend.format); }),
        datasets: trend.values.map(function (values, i) {
          return { label: data.series[i], data: values, borderColor: colours[i], backgroundColor: colours[i],
            tension: 0.2, pointRadius: 2 };
        })
      },
      options: { responsive: true, maintainAspectRatio: false, animation: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } } }
    });
  }
  draw('chart-weekly', data.weekly);
  draw('chart-monthly', data.monthly);
}());
