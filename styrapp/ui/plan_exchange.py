"""Arkiv → Importera… and Arkiv → Exportera…: a file into the open plan, or the whole plan out to Excel, each
in the background. A part of `MainWindow`, kept apart so the window's module stays one idea (its texts are
the window's: they are translated in its context)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox


class PlanExchange:
    """Mixed into MainWindow: uses its document and show_message."""

    def choose_import(self) -> None:
        if self.document is None:
            return
        name, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("MainWindow", "Import"), "",
                                              QCoreApplication.translate("MainWindow", "Kolada, Excel or calendar (*.json *.csv *.xlsx *.ics)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path, **options):
        """Import in the background; returns the run (its `finished` signal says when it is over).
        `options` go to the importer (the årshjul's ring for a calendar)."""
        from .import_runner import ImportRun

        run = ImportRun(self.document, path, self, **options)
        run.finished.connect(lambda _ok: run.deleteLater())
        run.start()
        return run

    def fetch_commissioner_goals(self) -> None:
        """Arkiv → Hämta mål från uppdragsgivarens plan…: the dialog (ui/commissioner_dialog.py)."""
        if self.document is None:
            return
        from .commissioner_dialog import CommissionerDialog

        CommissionerDialog(self.document, self).exec()

    def choose_export(self) -> None:
        if self.document is None:
            return
        suggested = str(self.document.plan.path.with_suffix(".xlsx"))
        name, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("MainWindow", "Export"), suggested, QCoreApplication.translate("MainWindow", "Excel workbook (*.xlsx)"))
        if name:
            self.export_workbook(Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx"))

    def export_workbook(self, path: Path):
        """Write the whole plan to `path` (.xlsx) in the background; returns the run (see `import_file`)."""
        from .background import BackgroundRun

        plan = self.document.plan

        def work(_progress):
            from ..exchange.workbook_export import export_plan_workbook

            return export_plan_workbook(plan, path)

        run = BackgroundRun(work, QCoreApplication.translate("MainWindow", "Export"), QCoreApplication.translate("MainWindow", "Exporting %1…").replace("%1", path.name), self)

        def over(ok: bool) -> None:
            if ok:
                self.show_message(QCoreApplication.translate("MainWindow", "The plan was exported to %1").replace("%1", str(path)))
            else:
                QMessageBox.warning(self, QCoreApplication.translate("MainWindow", "Could not export the plan"), run.error)
            run.deleteLater()

        run.finished.connect(over)
        run.start()
        return run
