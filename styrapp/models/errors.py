"""Errors a user can meet, each with a code and its values, worded where it is shown.

`error.text("en")` words it in a language; `error.message` and `str(error)` in the current one (the
window's or the CLI's). The English of each code is in styrapp/wording/messages.py, the Swedish in the
catalogue beside it. Values that are the user's own text (a title, a file name) are put in as they are;
words of ours among the values are `wording.Phrase`s. Nothing here carries a traceback to the user.
"""

from __future__ import annotations

from pathlib import Path

from ..wording import Phrase, message


def _restore(cls, code, values, state):
    error = cls.__new__(cls)
    StyrappError.__init__(error, code, **values)
    error.__dict__.update(state)
    return error


class StyrappError(Exception):
    """Base of every error that is the user's to understand (a bad file, a refused edit)."""

    def __init__(self, code: str, /, **values):
        super().__init__(code)
        self.code, self.values = code, values

    def text(self, language: str | None = None) -> str:
        """The message in `language` (sv, en; None: the current language)."""
        return message(self.code, self.values, language)

    def worded(self) -> str:  # an error inside another message's values
        return self.text()

    @property
    def message(self) -> str:
        return self.text()

    def __str__(self) -> str:
        return self.text()

    def __reduce__(self):  # across a process boundary (a report's worker) with its code and values
        state = {k: v for k, v in self.__dict__.items() if k not in ("code", "values")}
        return _restore, (type(self), self.code, self.values, state)


# --- the plan file -----------------------------------------------------------------------------


class PlanFileError(StyrappError):
    def __init__(self, path: Path | str, code: str, /, **values):
        super().__init__(code, **values)
        self.path = Path(path)


class PlanNotFound(PlanFileError):
    def __init__(self, path):
        super().__init__(path, "file.not_found", path=str(Path(path)))


class NotAPlan(PlanFileError):
    def __init__(self, path, detail: Phrase | str = ""):
        if detail:
            super().__init__(path, "file.not_a_plan_because", name=Path(path).name, detail=detail)
        else:
            super().__init__(path, "file.not_a_plan", name=Path(path).name)


class PlanCorrupt(PlanFileError):
    def __init__(self, path, detail: Phrase | str = ""):
        if detail:
            super().__init__(path, "file.corrupt_because", name=Path(path).name, detail=detail)
        else:
            super().__init__(path, "file.corrupt", name=Path(path).name)


class PlanTruncated(PlanCorrupt):
    def __init__(self, path, expected: int, actual: int):
        super().__init__(path, Phrase("the file is truncated ({actual} of {expected} bytes are left)",
                                      actual=f"{actual:,}".replace(",", " "), expected=f"{expected:,}".replace(",", " ")))


class PlanNeedsRecovery(PlanFileError):
    """A crash in the middle of a save left a journal that SQLite must put back, and it may not write."""

    def __init__(self, path, why: Phrase | str, journal: str):
        super().__init__(path, "file.needs_recovery", name=Path(path).name, why=why, journal=journal)


class PlanTooNew(PlanFileError):
    def __init__(self, path, version: int, supported: int):
        super().__init__(path, "file.too_new", name=Path(path).name, version=version, supported=supported)
        self.version = version


class PlanReadOnly(PlanFileError):
    def __init__(self, path, why: Phrase | str | None = None):
        super().__init__(path, "file.read_only", name=Path(path).name,
                         why=why if why is not None else Phrase("the file is write-protected"))


class PlanLocked(PlanFileError):
    """`owner` words who has it; `record` is what their lock file says (user, host, since), if anything."""

    def __init__(self, path, owner: Phrase | str, record: dict | None = None, *, other_computer: bool = False):
        if other_computer:  # its lock may be stale (that styrapp crashed) or live: the person decides
            super().__init__(path, "file.locked_elsewhere", name=Path(path).name, owner=owner)
        else:
            super().__init__(path, "file.locked", name=Path(path).name, owner=owner)
        self.owner = owner
        self.record = record or {}
        self.other_computer = other_computer


class PlanExists(PlanFileError):
    def __init__(self, path):
        super().__init__(path, "file.exists", path=str(Path(path)))


class MigrationFailed(PlanFileError):
    def __init__(self, path, version: int, detail: Phrase | str, backup: Path | None):
        if backup:
            super().__init__(path, "file.migration_failed_backup", name=Path(path).name, version=version,
                             detail=detail, backup=backup.name)
        else:
            super().__init__(path, "file.migration_failed", name=Path(path).name, version=version, detail=detail)


# --- edits refused by the domain ---------------------------------------------------------------


class DomainError(StyrappError):
    """An edit the styrmodell or the data does not allow. Nothing was changed."""


class NotFound(DomainError):
    def __init__(self, what: Phrase | str, ident):
        super().__init__("record.not_found", what=what, ident=ident)


class InvalidMove(DomainError):
    pass


class LevelNotAllowed(DomainError):
    pass


class InvalidValue(DomainError):
    pass


class InUse(DomainError):
    pass


class YearClosed(DomainError):
    """A write to a plan year that is closed (after its årsredovisning)."""

    def __init__(self, year: int):
        super().__init__("year.closed", year=year)
