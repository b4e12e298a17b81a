"""kms_mock."""
