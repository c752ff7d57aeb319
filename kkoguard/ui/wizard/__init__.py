"""The wizard from dropped bills to a printed letter: one module per page, sharing a `WizardState`."""
