"""CLI subcommands, one module per feature (see ``boligreg.cli.COMMAND_MODULES``)."""
