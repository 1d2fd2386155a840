"""Rapporter: choose a report and its options, make it (in the background, with progress and Cancel),
look at it here — page thumbnails, zoom — and save it as PDF, print it, or open it in the system's PDF
viewer; or save it as a Word document to finish by hand. The PDF and the Word document come from the same
Qt-free engine as `styrapp-cli report`."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...views.fields import WholeNumberBox
from ..background import BackgroundRun
from ..document import PlanDocument
from ..later import Later
from .report_output import ReportOutput

report_rows = Later("styrapp.models.queries.report_rows")
follow_up_rows = Later("styrapp.models.queries.follow_up_rows")

KIND_ROLE = Qt.ItemDataRole.UserRole


def _kinds() -> list[tuple[str, str, str]]:
    """(CLI key, title, what it holds) in the order the list shows them, in the window's language."""
    from ...reports.kinds import KINDS
    from ...wording import tr as word  # the report kinds' words live in the one catalogue

    return [(kind.key, word(kind.title), word(kind.about)) for kind in KINDS]


class _Column(QScrollArea):
    """A column that scrolls up and down, and is never narrower than what it holds."""

    def __init__(self):
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        inner = self.widget().minimumSizeHint() if self.widget() is not None else QSize()
        return QSize(inner.width() + self.verticalScrollBar().sizeHint().width() + 2, 120)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.minimumSizeHint()


class ReportsPage(ReportOutput, QWidget):
    message = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.document: PlanDocument | None = None
        self.folder = Path(tempfile.mkdtemp(prefix="styrapp-rapporter-"))
        self.current: Path | None = None  # the report shown
        self.run: BackgroundRun | None = None
        self.pdf = None  # QPdfDocument, made on first preview (QtPdf loads then)
        self.view = None

        self.kinds = QListWidget()
        self.kinds.setAccessibleName(self.tr("Report"))
        self.kinds.setWordWrap(True)
        self.kinds.setMinimumHeight(150)  # two kinds and a half: the list scrolls, the options below stay in view
        self.kinds.setSpacing(2)
        for key, title, about in _kinds():
            item = QListWidgetItem(f"{title}\n{about}")
            item.setData(KIND_ROLE, key)
            item.setToolTip(about)
            self.kinds.addItem(item)
        self.year = WholeNumberBox()
        from ...reports.report_settings import YEARS  # light: no ReportLab while the window starts

        self.year.setRange(*YEARS)
        self.year.valueChanged.connect(lambda _y: self.document is not None and self.show_plan(self.document.plan))
        self.period = QComboBox()
        self.unit = QComboBox()
        self.size = QComboBox()
        self.size.addItems(["A4", "A3"])
        from ..settings import Settings

        self.size.setCurrentText(Settings().report_paper)  # Inställningar's paper for reports
        self.language = QComboBox()
        self.language.setToolTip(self.tr("The report's headings, labels, dates and numbers; the plan's own text is "
                                         "printed as written. Kept in the plan."))
        from ...wording import LANGUAGES

        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.colour_button = QPushButton()
        self.colour_button.setToolTip(self.tr("The profile colour of the cover, headings and table rules. Kept in "
                                              "the plan."))
        self.colour_reset = QPushButton(self.tr("Standard"))
        self.colour_reset.setToolTip(self.tr("Go back to styrapp's own colour"))
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour_button, 1)
        colour_row.addWidget(self.colour_reset)
        form = QFormLayout()
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.tr("Period"), self.period)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Paper"), self.size)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Colour"), colour_row)
        self.sections_box = QGroupBox(self.tr("Sections (kept in the plan)"))
        self.sections_layout = QVBoxLayout(self.sections_box)
        self.section_boxes: dict[str, QCheckBox] = {}
        self.logo_button = QPushButton(self.tr("Logo on the cover…"))
        self.logo_button.setToolTip(self.tr("Choose the logo (PNG or JPEG, at most 2 MB) on every report's cover; kept in the plan"))
        self.logo_remove = QPushButton(self.tr("No logo"))
        self.logo_remove.setToolTip(self.tr("Print the reports without a logo"))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_remove)
        self.make_button = QPushButton(self.tr("Make the report"))
        self.make_button.setToolTip(self.tr("Make the PDF with the choices above and show it here"))
        self.make_button.setDefault(True)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setToolTip(self.tr("Save the report shown as a PDF file"))
        self.word_button = QPushButton(self.tr("Save as Word…"))
        self.word_run: BackgroundRun | None = None  # a Word document being written
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print the report shown"))
        self.open_button = QPushButton(self.tr("Open in the PDF viewer"))
        self.open_button.setToolTip(self.tr("Open the report in the computer's own PDF viewer"))
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(12, 10, 6, 8)
        title = self.tr("Reports")
        column.addWidget(QLabel(f"<b style='font-size:14pt'>{title}</b>"))
        column.addWidget(self.kinds, 1)
        column.addLayout(form)
        column.addWidget(self.sections_box)
        column.addLayout(logo_row)
        column.addWidget(self.make_button)

        self.status = QLabel(self.tr("Choose a report and press “Make the report” to see it here."))
        self.status.setWordWrap(True)
        self.zoom = QComboBox()
        self.zoom.setAccessibleName(self.tr("Zoom"))
        self.zoom.addItem(self.tr("Fit width"), 0.0)
        for percent in (50, 75, 100, 125, 150, 200):
            self.zoom.addItem(f"{percent} %", percent / 100)
        self.thumbnails = QListWidget()
        self.thumbnails.setAccessibleName(self.tr("Pages of the report"))
        self.thumbnails.setViewMode(QListWidget.ViewMode.IconMode)
        self.thumbnails.setFlow(QListWidget.Flow.TopToBottom)
        self.thumbnails.setWrapping(False)
        self.thumbnails.setIconSize(QSize(110, 150))
        self.thumbnails.setFixedWidth(150)
        self.thumbnails.setMovement(QListWidget.Movement.Static)
        self.preview = QWidget()
        self.preview_row = QHBoxLayout(self.preview)
        self.preview_row.setContentsMargins(0, 0, 0, 0)
        self.preview_row.addWidget(self.thumbnails)
        self.placeholder = QLabel()
        self.preview_row.addWidget(self.placeholder, 1)
        right = QWidget()
        stack = QVBoxLayout(right)
        stack.setContentsMargins(6, 10, 12, 8)
        # What is done with the report shown sits above it, always in view (in the column of choices it
        # fell below the window's edge at 768 pixels); the line that says what is shown comes under it.
        bar = QHBoxLayout()
        for button in (self.save_button, self.word_button, self.print_button, self.open_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Zoom")))
        bar.addWidget(self.zoom)
        stack.addLayout(bar)
        stack.addWidget(self.status)
        stack.addWidget(self.preview, 1)
        choices = _Column()  # on a low screen the choices scroll rather than draw over each other
        choices.setAccessibleName(self.tr("Choices for the report"))
        choices.setWidget(left)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(choices)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.kinds.currentRowChanged.connect(lambda _row: self._options_for_kind())
        self.make_button.clicked.connect(self.make)
        self.save_button.clicked.connect(self.choose_save)
        self.word_button.clicked.connect(self.choose_save_word)
        self.print_button.clicked.connect(self.print_report)
        self.open_button.clicked.connect(self.open_external)
        self.zoom.currentIndexChanged.connect(lambda _i: self._apply_zoom())
        self.thumbnails.currentRowChanged.connect(self._go_to_page)
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_remove.clicked.connect(lambda: self.set_logo(None))
        self.language.currentIndexChanged.connect(lambda _i: self.set_language(self.language.currentData()))
        self.colour_button.clicked.connect(self.choose_colour)
        self.colour_reset.clicked.connect(lambda: self.set_colour(None))
        self.kinds.setCurrentRow(0)
        self._update_buttons()

    # --- the plan -----------------------------------------------------------------------------------

    def show_document(self, document: PlanDocument) -> None:
        self.set_document(document)

    def concerns(self, changes) -> bool:
        from ...models.changes import Kind

        return changes.touches(Kind.PLAN, Kind.SETTING, Kind.PERIOD, Kind.UNIT)

    def refresh(self, _changes=None) -> None:
        if self.document.plan.year != self._year_in_view:  # the window shows another plan year: follow it
            self._year_in_view = self.document.plan.year
            self.year.setValue(report_rows.plan_header(self.document.plan).year)
            self.clear_preview()
        self.show_plan(self.document.plan)

    def set_document(self, document: PlanDocument) -> None:
        self.document = document
        self._year_in_view = document.plan.year
        self.year.setValue(report_rows.plan_header(document.plan).year)
        self.clear_preview()

    def show_plan(self, plan) -> None:
        periods = follow_up_rows.periods(plan, self.year.value())  # the periods of the year chosen here
        chosen = self.period.currentText()
        self.period.clear()
        self.period.addItem(self.tr("(the latest that has ended)"), None)
        for period in periods:
            self.period.addItem(self.tr("%1 (up to %2)").replace("%1", period.name)
                                .replace("%2", period.period_end.isoformat()), period.name)
        index = self.period.findText(chosen)
        self.period.setCurrentIndex(max(0, index))
        unit = self.unit.currentData()
        self.unit.clear()
        self.unit.addItem(self.tr("(every unit)"), None)
        for name in report_rows.unit_names(plan):
            self.unit.addItem(name, name)
        self.unit.setCurrentIndex(max(0, self.unit.findData(unit)))
        self._options_for_kind()

    def kind(self) -> str:
        from ...reports.kinds import KINDS

        item = self.kinds.currentItem()
        return item.data(KIND_ROLE) if item is not None else KINDS[0].key

    def choose_kind(self, key: str) -> None:
        for row in range(self.kinds.count()):
            if self.kinds.item(row).data(KIND_ROLE) == key:
                self.kinds.setCurrentRow(row)

    def _options_for_kind(self) -> None:
        from ...reports.kinds import BY_KEY

        spec = BY_KEY[self.kind()]
        self.period.setEnabled(spec.uses_period)
        self.unit.setEnabled(spec.uses_unit)  # a unit and those beneath it; the wheel is the whole organisation's
        self.size.setEnabled(len(spec.sizes) > 1)
        self.year.setEnabled(spec.uses_year)
        self._show_sections()
        self._show_look()
        self._update_word_button()

    # --- report settings kept in the plan -------------------------------------------------------------

    def _report_options(self) -> dict:
        if self.document is None:  # no plan yet: nothing saved (and no database layer before the window shows)
            return {}
        from ...models.queries.plan_settings import get_setting
        from ...models.rules.plan_settings import REPORT_OPTIONS

        return get_setting(self.document.plan, REPORT_OPTIONS)

    def _show_sections(self) -> None:
        from ...reports.kinds import BY_KEY
        from ...reports.report_settings import chosen_sections
        from ...wording import tr as section_title  # the Qt-free parts' words, in the window's language

        for box in self.section_boxes.values():
            box.hide()
            self.sections_layout.removeWidget(box)
            box.deleteLater()
        self.section_boxes = {}
        kind = self.kind()
        chosen = chosen_sections(self._report_options(), kind)
        for key, title in BY_KEY[kind].sections:
            box = QCheckBox(section_title(title))
            box.setChecked(key in chosen)
            box.toggled.connect(lambda _on, k=kind: self._sections_changed(k))
            self.sections_layout.addWidget(box)
            self.section_boxes[key] = box
        self.sections_box.setVisible(bool(self.section_boxes))
        chain = [self.colour_reset, *self.section_boxes.values(), self.logo_button]  # Tab reads them in place
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _sections_changed(self, kind: str) -> None:
        from ...models.rules.plan_settings import REPORT_OPTIONS
        from ...reports.report_settings import with_sections
        from ..commands import SetPlanSetting

        chosen = frozenset(key for key, box in self.section_boxes.items() if box.isChecked())
        value = with_sections(self._report_options(), kind, chosen)
        self.document.run(SetPlanSetting(self.tr("Choose report sections"), REPORT_OPTIONS.key, value))

    def _show_look(self) -> None:
        """The language and profile colour as the plan keeps them."""
        from ...reports.report_settings import saved_accent, saved_language
        from ..settings import Settings

        options = self._report_options()
        # The plan's own report language; a plan that keeps none starts from Inställningar's.
        language = saved_language(options) if "language" in options else Settings().report_language
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.blockSignals(False)
        accent = saved_accent(options)
        swatch = QPixmap(28, 14)
        swatch.fill(QColor(accent))
        self.colour_button.setIcon(QIcon(swatch))
        self.colour_button.setText(self.tr("%1 – choose…").replace("%1", accent))
        self.colour_reset.setEnabled("accent" in options)

    def set_language(self, language: str) -> bool:
        """Print the plan's reports in `language` (sv, en); one undo step."""
        from ...models.rules.plan_settings import REPORT_OPTIONS
        from ...reports.report_settings import saved_language, with_language
        from ..commands import SetPlanSetting

        options = self._report_options()  # a plan that keeps no language is kept to the one chosen here
        if self.document is None or ("language" in options and language == saved_language(options)):
            return False
        value = with_language(self._report_options(), language)
        return self.document.run(SetPlanSetting(self.tr("Choose the report language"), REPORT_OPTIONS.key, value))

    def choose_colour(self) -> None:
        from ...reports.report_settings import saved_accent

        colour = QColorDialog.getColor(QColor(saved_accent(self._report_options())), self,
                                       self.tr("Profile colour of the reports"))
        if colour.isValid():
            self.set_colour(colour.name())

    def set_colour(self, accent: str | None) -> bool:
        """Print the plan's reports in the profile colour `accent` (#RRGGBB), or the standard one (None);
        one undo step."""
        from ...models.rules.plan_settings import REPORT_OPTIONS
        from ...reports.report_settings import with_accent
        from ..commands import SetPlanSetting

        if self.document is None:
            return False
        value = with_accent(self._report_options(), accent)
        if value == self._report_options():
            return False
        text = self.tr("Standard report colour") if accent is None else self.tr("Change the report colour")
        return self.document.run(SetPlanSetting(text, REPORT_OPTIONS.key, value))

    def choose_logo(self) -> None:
        from ..logo import logo_file

        data, problem = logo_file(self)
        if problem:
            self.message.emit(problem)
        elif data is not None:
            self.set_logo(data)

    def set_logo(self, data: bytes | None) -> bool:
        """Put a logo (PNG or JPEG, at most 2 MB) on the reports' cover, or none; one undo step."""
        from ..logo import logo_command

        if self.document is None:
            return False
        command, problem = logo_command(data)
        if command is None:
            self.message.emit(problem)
            return False
        return self.document.run(command)

    def _update_buttons(self) -> None:
        ready = self.current is not None and self.current.exists()
        for button in (self.save_button, self.print_button, self.open_button):
            button.setEnabled(ready)
        self.make_button.setEnabled(self.document is not None and self.run is None and self.word_run is None)
        self._update_word_button()

    # --- making a report ----------------------------------------------------------------------------

    def make(self) -> BackgroundRun | None:
        """Build the chosen report in the background into a file of our own; show it when done."""
        if self.document is None or self.run is not None or self.word_run is not None:  # one report at a time
            return None
        from ...reports.engine import build_report

        kind = self.kind()
        self.folder.mkdir(parents=True, exist_ok=True)
        options = self._chosen_options()
        target = self.folder / f"{kind}-{date.today().isoformat()}-{len(list(self.folder.iterdir()))}.pdf"
        plan = self.document.plan
        title = self.kinds.currentItem().text().split("\n")[0]
        self.run = BackgroundRun(lambda progress: build_report(plan, kind, target, options, progress),
                                 self.tr("Report"), self.tr("Making %1:").replace("%1", title), self)
        self.run.finished.connect(self._made)
        self._update_buttons()
        self.run.start()
        return self.run

    def _chosen_options(self):
        from ...reports.engine import ReportOptions

        return ReportOptions(self.year.value(), self.period.currentData(), self.unit.currentData(),
                             self.size.currentText(), language=self.language.currentData())

    def _made(self, ok: bool) -> None:
        run, self.run = self.run, None
        if ok:
            self.show_pdf(Path(run.result))
            self.message.emit(self.tr("The report is ready: save it, print it or open it in the PDF viewer."))
        else:
            self.status.setText(run.error)
            self.message.emit(run.error)
        self._update_buttons()

    # --- the preview --------------------------------------------------------------------------------

    def show_pdf(self, path: Path) -> None:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        if self.pdf is None:
            self.pdf = QPdfDocument(self)
            self.view = QPdfView()
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setDocument(self.pdf)
            self.preview_row.replaceWidget(self.placeholder, self.view)
            self.placeholder.deleteLater()
        self.pdf.close()
        self.pdf.load(str(path))
        self.current = path
        self._apply_zoom()
        self.thumbnails.clear()
        for page in range(min(self.pdf.pageCount(), 200)):
            size = self.pdf.pagePointSize(page).toSize().scaled(QSize(110, 150), Qt.AspectRatioMode.KeepAspectRatio)
            image = self.pdf.render(page, size)
            item = QListWidgetItem(QIcon(QPixmap.fromImage(image)), str(page + 1))
            self.thumbnails.addItem(item)
        self.status.setText(self.tr("%1 – %2 pages").replace("%1", self.kinds.currentItem().text().split("\n")[0])
                            .replace("%2", str(self.pdf.pageCount())))
        self._update_buttons()

    def clear_preview(self) -> None:
        if self.pdf is not None:
            self.pdf.close()
        self.current = None
        self.thumbnails.clear()
        self.status.setText(self.tr("Choose a report and press “Make the report” to see it here."))
        self._update_buttons()

    def page_count(self) -> int:
        return self.pdf.pageCount() if self.pdf is not None and self.current is not None else 0

    def _apply_zoom(self) -> None:
        if self.view is None:
            return
        from PySide6.QtPdfWidgets import QPdfView

        factor = self.zoom.currentData()
        if not factor:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(factor)

    def _go_to_page(self, row: int) -> None:
        if self.view is not None and row >= 0:
            from PySide6.QtCore import QPointF

            self.view.pageNavigator().jump(row, QPointF(), self.view.zoomFactor())

    # --- out of the app: saving, Word, printing and the PDF viewer are in report_output.py ---

    # --- as Word -------------------------------------------------------------------------------------

    def cleanup(self) -> None:
        """The reports made in this session go with the window (a saved copy stays where it was saved)."""
        if self.pdf is not None:
            self.pdf.close()
        shutil.rmtree(self.folder, ignore_errors=True)
