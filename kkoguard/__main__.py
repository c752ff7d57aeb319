"""`python -m kkoguard` behaves like the `kkoguard` command."""

from kkoguard.cli import main

raise SystemExit(main())
