// CNFinCharts: SVG charts.
