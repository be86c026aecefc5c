"""The PySide6 user interface. Qt lives only here; everything below calls services."""
