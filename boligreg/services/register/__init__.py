"""The register workspace's queries (being split into one-job modules)."""

from .grids import *  # noqa: F403
