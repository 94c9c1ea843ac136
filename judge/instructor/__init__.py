"""Tools for problem setters: scaffold, validate a bank, calibrate limits, preview, export a public pack."""
