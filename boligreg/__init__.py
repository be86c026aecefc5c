"""boligreg — register of Oslo kommune's municipal dwellings (kommunalt disponerte boliger)."""

__version__ = "0.1.0"
