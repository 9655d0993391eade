"""Helpers shared by tests (imported by tests, never a test module)."""
