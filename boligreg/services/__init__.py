"""Pure-Python services over the models: no Qt. Each takes a Session/Connection, returns data."""
