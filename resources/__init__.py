"""Data, not code: this folder ships inside the wheel as `kkoguard.resources`."""
