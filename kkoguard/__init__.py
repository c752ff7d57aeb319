"""KKO Guard: find, explain and dispute third-party charges on French phone and internet bills."""

__version__ = "0.1.0"
