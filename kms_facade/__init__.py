"""kms-facade."""
