"""``python -m delar_extract`` works like the ``delar-extract`` command."""

from delar_extract.cli import main

main()
