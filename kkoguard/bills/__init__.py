"""PDF bill → `Bill`: words and positions, French amounts and dates, operator templates, generic reader."""
