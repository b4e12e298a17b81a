"""placeholder until generation."""
