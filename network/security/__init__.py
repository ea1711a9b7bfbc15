"""Accounts and sessions, headers and privacy: the platform's security rules (issue 8)."""
