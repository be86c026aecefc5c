"""Colours shared by the PDFs and the window (no reportlab import: the UI loads this at start)."""

SEVERITY_COLOURS = {"high": "#C0392B", "medium": "#D9822B", "low": "#5B8DB8"}
SEVERITY_TINTS = {"high": "#F6D5D1", "medium": "#F8E3CC", "low": "#DCE7F1"}
OSLO_BLUE = "#2a2859"  # Oslo kommune's profile dark blue (the window's brand colour too)
