"""Operational tasks behind the management commands: backing up and restoring an instance."""
