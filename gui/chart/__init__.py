"""The timeline as a zoomable chart (the window's Chart tab).

time_axis and stacking are Qt-free (dates to x, tick levels, row packing);
chart_scene/chart_items hold the drawing, chart_view the interaction,
chart_panel the tab and its wiring, chart_export the PNG/SVG files.
"""

from __future__ import annotations
