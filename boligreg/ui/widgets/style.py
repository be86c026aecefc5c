"""Stylesheet of the register sections (forms, banners, filters, buttons).

Kept beside the widgets it styles; the window's own look is ``ui/style.py``.
"""

from ..style import ACCENT, OSLO_BLUE

SECTION_STYLE = f"""
#sectionHeading {{ font-size: 20px; font-weight: 600; color: {OSLO_BLUE}; }}
#sectionSubheading {{ color: #5b5f6b; }}
#countLabel {{ color: #2b2f3a; font-weight: 600; }}
#searchBox {{ padding: 5px 8px; border: 1px solid #c4c9d4; border-radius: 4px;
              background: white; font-size: 13px; }}
#searchBox:focus {{ border: 1px solid {ACCENT}; }}
QComboBox#filterCombo {{ padding: 3px 6px; border: 1px solid #c4c9d4;
                         border-radius: 4px; background: white; }}
QComboBox#filterCombo QAbstractItemView {{ background: white; color: #2b2f3a;
    selection-background-color: #dfe7fb; selection-color: {OSLO_BLUE}; outline: 0; }}
QComboBox#filterCombo[active="true"] {{
    border: 1px solid {ACCENT}; background: #e8eefc; color: {OSLO_BLUE}; font-weight: 600; }}
#filterLabel {{ color: #4a4f5c; }}
QPushButton {{ padding: 5px 12px; border: 1px solid #c4c9d4; border-radius: 4px;
               background: white; color: #2b2f3a; }}
QPushButton:hover {{ background: #f0f2f7; }}
QPushButton:disabled {{ color: #a0a4ae; border-color: #dde1e8; background: #f7f8fa; }}
QPushButton#primaryButton {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT};
                             font-weight: 600; }}
QPushButton#primaryButton:hover {{ background: #1a3890; }}
QPushButton#primaryButton:disabled {{ background: #a9b6dc; border-color: #a9b6dc;
                                      color: #eef1f8; }}
QPushButton#dangerButton {{ color: #b3261e; border-color: #e3b4b0; }}
QPushButton#dangerButton:disabled {{ color: #c9a9a6; border-color: #eee0df; }}
QPushButton#linkButton {{ border: none; background: transparent; color: {ACCENT};
                          text-decoration: underline; padding: 3px 4px; }}
#recordForm {{ background: white; }}
#detailPane {{ background: white; border: 1px solid #dde1e8; border-radius: 4px; }}
#detailTitle {{ font-size: 17px; font-weight: 600; color: {OSLO_BLUE}; }}
#detailSubtitle {{ color: #5b5f6b; font-size: 11px; }}
#dirtyLabel {{ color: #9a6700; font-size: 11px; font-weight: 600; }}
#placeholder {{ color: #8a8f9c; font-size: 13px; }}
#fieldLabel {{ color: #3a3f4b; font-size: 11px; font-weight: 600; padding-top: 6px; }}
#fieldError {{ color: #b3261e; font-size: 11px; }}
#fieldError[advice="true"] {{ color: #7a5a00; }}
#dialogError {{ color: #b3261e; }}
#dialogHint {{ color: #5b5f6b; font-size: 11px; }}
QLineEdit, QPlainTextEdit {{ padding: 3px 5px; border: 1px solid #c4c9d4; border-radius: 3px;
                             background: white; }}
QLineEdit:focus, QPlainTextEdit:focus {{ border: 1px solid {ACCENT}; }}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"] {{
    border: 1px solid #b3261e; background: #fff4f3; }}
QLineEdit:disabled, QPlainTextEdit:disabled {{ background: #f3f4f7; color: #6b7080; }}
#banner {{ padding: 6px 10px; border-radius: 4px; }}
#banner[kind="info"] {{ background: #e8eefc; color: #1d2f6b; }}
#banner[kind="ok"] {{ background: #e6f4ea; color: #1e5631; }}
#banner[kind="warning"] {{ background: #fff3cd; color: #664d03; }}
#banner[kind="error"] {{ background: #fdecea; color: #8c1d18; }}
QTabWidget::pane {{ border: none; border-top: 1px solid #dde1e8; }}
QTabBar::tab {{ padding: 6px 7px; color: #4a4f5c; border: none; background: transparent; }}
QTabBar::tab:selected {{ color: {OSLO_BLUE}; border-bottom: 2px solid {ACCENT};
                         font-weight: 600; }}
QTabBar::tab:disabled {{ color: #b0b4be; }}
"""
