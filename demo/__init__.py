"""The make demo lifecycle script."""
