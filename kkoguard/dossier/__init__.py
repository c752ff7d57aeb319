"""The encrypted dossier: cases, evidence, letters, correspondence, deadlines."""
