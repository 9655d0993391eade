"""The timeline as a zoomable chart (the window's Chart tab).

time_axis and stacking are Qt-free (dates to x, tick levels, row packing);
chart_records holds a light record per event and chart_layout stacks them
into lanes and rows as plain data; chart_scene follows the model and gives
graphics items (chart_items) only to the events drawn near the view;
chart_view is the interaction (select, step, drag, zoom, pan, fit),
chart_panel the tab and its wiring, chart_export the PNG/SVG files.
"""

from __future__ import annotations
