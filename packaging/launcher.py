"""Entry point of the frozen bundle (PyInstaller): the same `main` as the `kkoguard` console script."""

import multiprocessing

if __name__ == "__main__":
    # Parse workers run in child processes; a frozen executable must let them start (spawn/forkserver).
    multiprocessing.freeze_support()

    from kkoguard.cli import main

    raise SystemExit(main())
