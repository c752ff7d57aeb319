"""Bill → suspicious charges: rules from resources/rules/, recurrence, per-merchant summary."""
