"""CLI subcommands, one module per feature (see ``boligreg.cli.COMMAND_MODULES``).

Imports inside the ``cmd_*`` functions are deliberate: ``boligreg --help`` or a mistyped
argument imports only argparse and this package (≈ 0.1 s, ``python -X importtime -c "import
boligreg.cli"``), while the services behind a command pull in SQLAlchemy and the models
(≈ 2–3 s on a busy machine). Each command loads what it runs, when it runs.
"""
