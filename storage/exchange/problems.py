"""What goes wrong in an exchange, worded for the analyst.

Three kinds of news travel from storage to whoever shows them: an
``ExchangeError`` refuses a whole file (nothing is written; ``messages`` say
why, one per line); a ``Problem`` is one finding of an import preview (an
error that blocks the import, a duplicate, a warning, a skipped row); an
``ExportReport`` says how many rows an export wrote and what it had to leave
out. Each format raises its own subclass of ``ExchangeError``
(``CsvImportError``, ``JsonImportError``), so a caller can tell them apart
or catch them all.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class ExchangeError(Exception):
    """A file cannot be imported (or read) at all; ``messages`` say why, one per line."""

    def __init__(self, messages: list[str] | str):
        self.messages = [messages] if isinstance(messages, str) else list(messages)
        super().__init__("\n".join(self.messages))


class ImportCancelled(Exception):
    """The analyst cancelled a preview that was still reading the file."""


@dataclass(frozen=True)
class Problem:
    """One finding of an import preview, with the file line when there is one."""

    line: int | None
    message: str
    kind: str = "error"   # error | duplicate | warning | skipped

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


@dataclass
class ExportReport:
    """How many rows were written and what was left out, for a message or stderr."""

    count: int = 0
    warnings: list[str] = field(default_factory=list)
