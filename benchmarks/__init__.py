"""Speed benchmarks (``make bench``): never tests, never fail CI on time."""
