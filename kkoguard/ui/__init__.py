"""The Qt window: the only package that imports Qt. It drives the engine (bills, detection, guides,
letters, dossier) and never the reverse. Long work runs on worker threads (`tasks.py`, `workers.py`)."""
