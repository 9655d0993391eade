"""The project database (one SQLite file per project), import and export.

No Qt here: the GUI, the command line and the tests all drive the same API.
"""

from storage.errors import DuplicateArticleError, ProjectOpenError, StorageError
from storage.project import Project

__all__ = ["Project", "StorageError", "ProjectOpenError", "DuplicateArticleError"]
