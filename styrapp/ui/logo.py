"""The organisation's logo on the reports' cover, chosen from a file: one place for the Rapporter page and
Plan → Planuppgifter…"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from .commands import UpdateOrganisation


def logo_file(parent: QWidget) -> tuple[bytes | None, str]:
    """Ask for a picture file: (its bytes, "") — or (None, why it could not be read), (None, "") when cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("logo", "Logo on the cover"), "",
                                          QCoreApplication.translate("logo", "Pictures (*.png *.jpg *.jpeg)"))
    if not name:
        return None, ""
    try:
        return Path(name).read_bytes(), ""
    except OSError as exc:
        return None, exc.strerror or str(exc)


def logo_command(data: bytes | None) -> tuple[UpdateOrganisation | None, str]:
    """The undo step that puts `data` (a PNG or JPEG of at most 2 MB; None: no logo) on the cover, or why not."""
    from ..models.errors import StyrappError
    from ..models.rules.pictures import logo_fields

    try:
        fields = logo_fields(data)
    except StyrappError as exc:
        return None, exc.message
    text = (QCoreApplication.translate("logo", "Remove the logo") if data is None
            else QCoreApplication.translate("logo", "Change the logo"))
    return UpdateOrganisation(text, **fields), ""
