"""Keeping the project file safe: one writer (locks by file identity), damage told
from trouble (integrity checks), and backups that are made, listed and restored
without ever leaving a half-written file.
"""
