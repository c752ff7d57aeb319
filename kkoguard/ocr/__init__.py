"""Reading bills that have no text layer (paper bills scanned, phone photos, screenshots) with Tesseract."""
