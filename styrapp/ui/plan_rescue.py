"""What the window does when a plan is in trouble: the rolling backups (made on open and while the plan
changes, and put back from Arkiv → Återställ från säkerhetskopia…), and a plan that will not open — the
reason, the newest backup by name, "Öppna den senaste säkerhetskopian…" and "Reparera en kopia…"
(never in place). A part of `MainWindow`, kept apart so the window's module stays one idea."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..models.errors import StyrappError

FILE_FILTER = "styrapp-plan (*.styrplan)"


class PlanRescue:
    """Mixed into MainWindow: uses its document, settings, show_message and open_with_dialog."""

    def back_up(self) -> Path | None:
        """A backup of the open plan now (the last `backups_kept` of it kept); None when it could not be made."""
        from ..models.file.backups import make_backup
        from .settings import backup_folder

        if self.document is None or self.document.plan.read_only:
            return None
        try:
            made = make_backup(self.document.plan.path, backup_folder(), keep=self.settings.backups_kept)
        except OSError as exc:
            self.show_message(QCoreApplication.translate("MainWindow", "Could not make a backup: %1").replace("%1", exc.strerror or str(exc)))
            return None
        self._changed_since_backup = False
        return made

    def _backup_if_changed(self) -> None:
        if self._changed_since_backup:
            self.back_up()

    def restore_backup(self) -> None:
        from .restore_dialog import RestoreDialog
        from .settings import backup_folder

        if self.document is not None:
            RestoreDialog(self, backup_folder()).exec()

    def show_open_error(self, path: Path, exc: StyrappError) -> bool:
        """Say why `path` did not open; for a damaged plan, offer to save what can be saved into a new
        plan (never in place). True if a repaired copy was made and opened."""
        from ..models.errors import PlanCorrupt

        text = exc.message
        newest = None
        if isinstance(exc, PlanCorrupt):  # the backups styrapp made of it, by name
            from ..models.file.backups import newest_backup
            from .settings import backup_folder

            newest = newest_backup(path, backup_folder())
            text += "\n\n" + (QCoreApplication.translate("MainWindow", "The newest backup styrapp made of it is %1 (%2), in %3.")
                               .replace("%1", newest.path.name).replace("%2", newest.when.strftime("%Y-%m-%d %H:%M"))
                               .replace("%3", str(newest.path.parent)) if newest is not None
                               else QCoreApplication.translate("MainWindow", "styrapp has made no backup of this plan."))
        damaged = isinstance(exc, PlanCorrupt) and path.is_file() and path.stat().st_size >= 1024
        if not damaged and newest is None:
            QMessageBox.critical(self, QCoreApplication.translate("MainWindow", "Could not open the plan"), text)
            return False
        choice = self.offer_repair(text, repair=damaged, backup=newest is not None)
        if choice == "backup":
            return self.open_backup_copy(path, newest)
        if choice == "repair":
            return self.repair_copy(path)
        return False

    def offer_repair(self, text: str, *, repair: bool = True, backup: bool = False) -> str | None:
        """"repair", "backup" or None: what the person chose for a plan that would not open."""
        box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("MainWindow", "Could not open the plan"), text,
                          QMessageBox.StandardButton.Close, self)
        buttons = {}
        if backup:
            buttons["backup"] = box.addButton(QCoreApplication.translate("MainWindow", "Open the newest backup…"), QMessageBox.ButtonRole.ActionRole)
            buttons["backup"].setToolTip(QCoreApplication.translate("MainWindow", "Open the copy as a new file; the damaged file is left as it is."))
        if repair:
            buttons["repair"] = box.addButton(QCoreApplication.translate("MainWindow", "Repair a copy…"), QMessageBox.ButtonRole.ActionRole)
            buttons["repair"].setToolTip(QCoreApplication.translate("MainWindow", "Save what can still be read into a new plan; the damaged file is left as it is."))
        box.exec()
        return next((key for key, button in buttons.items() if box.clickedButton() is button), None)

    def open_backup_copy(self, path: Path, backup) -> bool:
        """The backup as a new file beside the damaged plan (never over it), opened."""
        from ..models.file.backups import restore

        suggested = path.with_name(f"{path.stem}-{backup.when.strftime('%Y%m%d-%H%M')}.styrplan")
        name, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("MainWindow", "Open as a new file"), str(suggested), FILE_FILTER)
        if not name:
            return False
        dest = Path(name) if name.endswith(".styrplan") else Path(name + ".styrplan")
        if dest.resolve() == path.resolve():
            return False
        try:
            restore(backup.path, dest)
        except OSError as exc:
            QMessageBox.critical(self, QCoreApplication.translate("MainWindow", "Could not open the plan"), exc.strerror or str(exc))
            return False
        return self.open_with_dialog(dest)

    def repair_copy(self, path: Path) -> bool:
        from ..models.file.repair import repair_copy

        repaired = QCoreApplication.translate("MainWindow", "%1 repaired").replace("%1", path.stem)
        suggested = path.with_name(repaired + ".styrplan")
        name, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("MainWindow", "Repair a copy as"), str(suggested), FILE_FILTER)
        if not name:
            return False
        dest = Path(name) if name.endswith(".styrplan") else Path(name + ".styrplan")
        try:
            result = repair_copy(path, dest)
            self.open_plan_file(result.path)
        except (StyrappError, OSError) as exc:
            QMessageBox.critical(self, QCoreApplication.translate("MainWindow", "Could not repair the plan"), getattr(exc, "message", str(exc)))
            return False
        left_out = sum(result.left_out.values())
        self.show_message(QCoreApplication.translate("MainWindow", "A repaired copy was opened: %1 rows saved, %2 left out.")
                          .replace("%1", str(result.rows)).replace("%2", str(left_out)))
        return True

