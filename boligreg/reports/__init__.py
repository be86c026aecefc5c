"""PDF reports and spreadsheet exports (reportlab, openpyxl). No Qt; renderers never query."""
