"""Errors a user can meet, each with a clear Swedish message.

The message is what the CLI prints and what a dialog shows; `str(error)` gives it. Nothing here
carries a traceback to the user.
"""

from __future__ import annotations

from pathlib import Path


class StyrappError(Exception):
    """Base of every error that is the user's to understand (a bad file, a refused edit)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


# --- the plan file -----------------------------------------------------------------------------


class PlanFileError(StyrappError):
    def __init__(self, path: Path | str, message: str):
        super().__init__(message)
        self.path = Path(path)


class PlanNotFound(PlanFileError):
    def __init__(self, path):
        super().__init__(path, f"Filen {Path(path)} finns inte.")


class NotAPlan(PlanFileError):
    def __init__(self, path, detail: str = ""):
        text = f"{Path(path).name} är inte en styrapp-plan"
        super().__init__(path, f"{text} ({detail})." if detail else f"{text}.")


class PlanCorrupt(PlanFileError):
    def __init__(self, path, detail: str = ""):
        text = f"Planen {Path(path).name} är skadad och kan inte öppnas"
        hint = " Öppna en säkerhetskopia i stället; filen har inte ändrats."
        super().__init__(path, (f"{text}: {detail}." if detail else f"{text}.") + hint)


class PlanTruncated(PlanCorrupt):
    def __init__(self, path, expected: int, actual: int):
        super().__init__(
            path, f"filen är avkortad ({actual:,} av {expected:,} byte finns kvar)".replace(",", " ")
        )


class PlanTooNew(PlanFileError):
    def __init__(self, path, version: int, supported: int):
        super().__init__(
            path,
            f"Planen {Path(path).name} är sparad av en nyare version av styrapp (filformat {version}; "
            f"den här versionen kan läsa till och med {supported}). Uppdatera styrapp för att öppna den.",
        )
        self.version = version


class PlanReadOnly(PlanFileError):
    def __init__(self, path, why: str = "filen är skrivskyddad"):
        super().__init__(
            path,
            f"Planen {Path(path).name} kan inte ändras: {why}. Spara en kopia på en plats där du får "
            f"skriva, eller be den som äger filen om skrivrätt.",
        )


class PlanLocked(PlanFileError):
    def __init__(self, path, owner: str):
        super().__init__(
            path,
            f"Planen {Path(path).name} är redan öppen i styrapp ({owner}). Stäng den där först, "
            f"eller öppna en kopia.",
        )
        self.owner = owner


class PlanExists(PlanFileError):
    def __init__(self, path):
        super().__init__(path, f"Filen {Path(path)} finns redan. Välj ett annat namn eller skriv över med --force.")


class MigrationFailed(PlanFileError):
    def __init__(self, path, version: int, detail: str, backup: Path | None):
        where = f" Säkerhetskopian {backup.name} är orörd." if backup else ""
        super().__init__(
            path, f"Planen {Path(path).name} kunde inte uppgraderas från filformat {version}: {detail}.{where}"
        )


# --- edits refused by the domain ---------------------------------------------------------------


class DomainError(StyrappError):
    """An edit the styrmodell or the data does not allow. Nothing was changed."""


class NotFound(DomainError):
    def __init__(self, what: str, ident):
        super().__init__(f"{what} {ident} finns inte i planen.")


class InvalidMove(DomainError):
    pass


class LevelNotAllowed(DomainError):
    pass


class InvalidValue(DomainError):
    pass


class InUse(DomainError):
    pass
