"""One quiet stylesheet: Oslo kommune's dark blue for structure, white work surfaces."""

OSLO_BLUE = "#2a2859"  # Oslo kommune's profile dark blue
ACCENT = "#1f42aa"

STYLESHEET = f"""
QMainWindow {{ background: #f5f6f8; }}
#sidebar {{
    background: {OSLO_BLUE}; color: white; border: none; font-size: 14px;
    padding-top: 8px; outline: 0;
}}
#sidebar::item {{ padding: 10px 18px; border-left: 4px solid transparent; }}
#sidebar::item:selected {{ background: #3d3b7a; border-left: 4px solid #6fe9ff; color: white; }}
#sidebar::item:hover:!selected {{ background: #35336e; }}
#brand {{ background: {OSLO_BLUE}; color: white; font-size: 18px; font-weight: 600;
          padding: 14px 18px 4px 18px; }}
#brandSub {{ background: {OSLO_BLUE}; color: #c8c7e8; font-size: 11px;
             padding: 0 18px 10px 18px; }}
#demoBanner {{ background: #fff3cd; color: #664d03; border-bottom: 1px solid #f0d98c;
               padding: 6px 14px; }}
#sectionHeading {{ font-size: 20px; font-weight: 600; color: {OSLO_BLUE}; }}
#sectionSubheading {{ color: #5b5f6b; }}
#keyFigure {{ background: white; border: 1px solid #dde1e8; border-radius: 6px; }}
#keyFigureValue {{ font-size: 24px; font-weight: 600; color: {OSLO_BLUE}; }}
#keyFigureCaption {{ color: #333845; }}
#keyFigureNote {{ color: #6b7080; font-size: 11px; }}
#footnote {{ color: #6b7080; font-size: 11px; }}
QTableView {{ background: white; alternate-background-color: #f7f8fb;
              gridline-color: #e6e8ee; selection-background-color: {ACCENT};
              border: 1px solid #dde1e8; }}
QHeaderView::section {{ background: #eef0f5; color: #2b2f3a; padding: 5px 6px;
                        border: none; border-right: 1px solid #dde1e8;
                        border-bottom: 1px solid #cfd4de; font-weight: 600; }}
QToolBar {{ background: white; border-bottom: 1px solid #dde1e8; spacing: 8px;
            padding: 4px 8px; }}
QStatusBar {{ background: white; border-top: 1px solid #dde1e8; color: #4a4f5c; }}
"""
