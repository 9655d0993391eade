"""Helpers shared by tests of several layers (imported, never collected)."""
