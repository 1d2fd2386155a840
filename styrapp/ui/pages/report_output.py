"""The Rapporter page's way out of the app: save the report shown as PDF, write the chosen report as a
Word document (in the background), print it page by page, or open it in the computer's PDF viewer. A
part of `ReportsPage` (it uses the page's report, document and buttons)."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..background import BackgroundRun

PRINT_DPI = 600  # the most a page is rendered at for the printer


class ReportOutput:
    """(Its words are the page's: QCoreApplication.translate("ReportsPage", …), as a mixin's self.tr would look
    them up under its own name.)"""

    def _update_word_button(self) -> None:
        """Save as Word is for the kinds written as Word (not those drawn page by page), with a plan open."""
        from ...reports.kinds import WORD_KEYS

        word = self.kind() in WORD_KEYS
        self.word_button.setEnabled(word and self.document is not None and self.run is None and self.word_run is None)
        self.word_button.setToolTip(
            QCoreApplication.translate("ReportsPage", "The chosen report as a Word document, with the same headings, "
                                                      "tables and charts, to finish by hand") if word else
            QCoreApplication.translate("ReportsPage", "This report is drawn page by page and can only be saved as PDF"))

    def choose_save(self) -> None:
        if self.current is None:
            return
        suggested = self.current.name.rsplit("-", 1)[0] + ".pdf"
        name, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("ReportsPage", "Save the report"), suggested,
                                              QCoreApplication.translate("ReportsPage", "PDF (*.pdf)"))
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> bool:
        from ...atomic import replacing

        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            with replacing(path) as temporary:
                shutil.copyfile(self.current, temporary)
        except OSError as exc:
            QMessageBox.warning(self, QCoreApplication.translate("ReportsPage", "Save the report"),
                                QCoreApplication.translate("ReportsPage", "Could not save: %1")
                                .replace("%1", exc.strerror or str(exc)))
            return False
        self.message.emit(QCoreApplication.translate("ReportsPage", "Saved the report to %1").replace("%1", str(path)))
        return True

    def choose_save_word(self) -> None:
        if self.document is None:
            return
        title = self.kinds.currentItem().text().split("\n")[0]
        suggested = f"{title} {self.year.value()}.docx"
        name, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("ReportsPage", "Save as Word"), suggested,
                                              QCoreApplication.translate("ReportsPage", "Word document (*.docx)"))
        if name:
            self.save_word(Path(name))

    def save_word(self, path: Path) -> BackgroundRun | None:
        """Write the chosen report, with the choices made here, as a Word document at `path` (.docx added
        when missing), in the background; say where it went, or why it could not be written."""
        if self.document is None or self.run is not None or self.word_run is not None:  # one report at a time
            return None
        from ...reports.engine import build_report

        if path.suffix.lower() != ".docx":
            path = path.with_name(path.name + ".docx")
        kind, options, plan = self.kind(), self._chosen_options(), self.document.plan
        title = self.kinds.currentItem().text().split("\n")[0]
        what = QCoreApplication.translate("ReportsPage", "Writing %1 as Word:").replace("%1", title)
        self.word_run = BackgroundRun(lambda progress: build_report(plan, kind, path, options, progress),
                                      QCoreApplication.translate("ReportsPage", "Save as Word"), what, self)
        self.word_run.finished.connect(self._word_written)
        self._update_buttons()
        self.word_run.start()
        return self.word_run

    def _word_written(self, ok: bool) -> None:
        run, self.word_run = self.word_run, None
        if ok:
            saved = QCoreApplication.translate("ReportsPage", "Saved the report as Word to %1")
            self.message.emit(saved.replace("%1", str(run.result)))
        else:
            self.message.emit(run.error)
            QMessageBox.warning(self, QCoreApplication.translate("ReportsPage", "Save as Word"), run.error)
        self._update_buttons()

    def print_report(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.pdf is None or self.current is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.current.stem)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.pdf.pageCount())
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer) -> None:
        """Each page rendered at the printer's resolution (at most 600 dpi: an A4 page at 1200 dpi would be
        a picture of over half a gigabyte) and drawn onto its paper, scaled by the painter."""
        from PySide6.QtCore import QRect
        from PySide6.QtGui import QPageLayout, QPainter

        def turn(page: int) -> None:  # landscape pages (wide tables) on landscape paper
            points = self.pdf.pagePointSize(page)
            printer.setPageOrientation(QPageLayout.Orientation.Landscape if points.width() > points.height()
                                       else QPageLayout.Orientation.Portrait)

        first, last = printer.fromPage() or 1, printer.toPage() or self.pdf.pageCount()
        turn(first - 1)
        painter = QPainter(printer)
        dpi = min(printer.resolution(), PRINT_DPI)
        for page in range(first - 1, last):
            if page > first - 1:
                turn(page)
                printer.newPage()
            target = painter.viewport()
            points = self.pdf.pagePointSize(page)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = self.pdf.render(page, size)
            scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), scaled), image)
        painter.end()

    def open_external(self) -> bool:
        if self.current is None:
            return False
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.current))):
            return True
        QMessageBox.information(self, QCoreApplication.translate("ReportsPage", "Open in the PDF viewer"),
                                QCoreApplication.translate("ReportsPage", "No PDF viewer could be started on this computer. "
                                                           "Save the report with “Save as PDF…” and open it from "
                                                           "there, or print it with “Print…”."))
        return False
