"""Nulägeskoll: a unit's one A4 page for a year, written here in Västerås's seven sections, each with its
source line (Norrtälje), with key figures picked from the plan's indicators. While a person types, the fit
gauge shows how much of the page the text uses — measured by the printed page's own layout function
(`reports.situation_report.measure`), so it never disagrees with the print — and which section to shorten.

Each section is written to the plan when the cursor leaves it (one undo step); the gauge follows every
keystroke, measuring only the section that changed."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...views.fields import LineField, TextArea
from ...views.ink import ink
from ..dialogs import error_label
from ..document import PlanDocument


def section_titles() -> dict[str, str]:
    """The seven sections' names in the window's language (the same English as the printed page)."""
    return {
        "mission": QCoreApplication.translate("review", "The committee's mission"),
        "analysis": QCoreApplication.translate("review", "Overall analysis of the present situation"),
        "needs": QCoreApplication.translate("review", "The needs of those we serve"),
        "results": QCoreApplication.translate("review", "Results of the operations"),
        "challenges": QCoreApplication.translate("review", "The greatest challenges"),
        "key_figures": QCoreApplication.translate("review", "Key figures"),
        "trends": QCoreApplication.translate("review", "Trends and their consequences"),
    }


class ReviewPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.document: PlanDocument | None = None
        self.data = None  # queries.reviews.ReviewData shown
        self._figures: list = []  # the chosen key figures as the print shows them
        self._loading = False
        self._language = "sv"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        top = QHBoxLayout()
        title = self.tr("Situation review")
        top.addWidget(QLabel(f"<b style='font-size:14pt'>{title}</b>"))
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Unit:")))
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("Unit"))
        self.unit.setMinimumWidth(220)
        self.unit.currentIndexChanged.connect(lambda _i: self.show_review())
        top.addWidget(self.unit)
        top.addWidget(QLabel(self.tr("Year:")))
        self.year = QSpinBox()
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setRange(2000, 2100)
        self.year.valueChanged.connect(lambda _v: self.show_review())
        top.addWidget(self.year)
        top.addStretch(1)
        layout.addLayout(top)
        intro = QLabel(self.tr("One A4 page per unit and year for the politicians to set direction from. Each "
                               "section is saved when you leave it; say where its facts come from on its source "
                               "line. Print it under Reports → Situation review."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        sections = QWidget()
        grid = QVBoxLayout(sections)
        grid.setContentsMargins(0, 0, 6, 0)
        self.texts: dict[str, TextArea] = {}
        self.sources: dict[str, LineField] = {}
        self.labels: dict[str, QLabel] = {}
        self.mandate_note = QLabel()
        self.mandate_note.setStyleSheet("color: palette(placeholder-text);")
        for key, name in section_titles().items():
            label = QLabel(f"<b>{escape(name)}</b>")
            self.labels[key] = label
            grid.addWidget(label)
            if key == "mission":
                grid.addWidget(self.mandate_note)
            text = TextArea()
            text.setFixedHeight(86)
            text.setAccessibleName(name)
            text.textChanged.connect(self._typed)
            text.committed.connect(lambda value, key=key: self._write(**{key: value}))
            self.texts[key] = text
            grid.addWidget(text)
            source = LineField()
            source.setPlaceholderText(self.tr("Source (e.g. Kolada 2025, the resident survey)"))
            source.setAccessibleName(self.tr("Source of %1").replace("%1", name))
            source.textChanged.connect(self._typed)
            source.committed.connect(lambda value, key=key: self._write(**{f"{key}_source": value}))
            self.sources[key] = source
            grid.addWidget(source)
        grid.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("The review's sections"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(sections)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        gauge_title = self.tr("How much of the A4 page is used")
        side_layout.addWidget(QLabel(f"<b>{gauge_title}</b>"))
        self.gauge = QProgressBar()
        self.gauge.setRange(0, 100)
        self.gauge.setTextVisible(True)
        side_layout.addWidget(self.gauge)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        side_layout.addWidget(self.advice)
        self.shares = QGridLayout()
        self.share_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for row, (key, name) in enumerate(section_titles().items()):
            left, right = QLabel(name), QLabel()
            left.setStyleSheet("color: palette(placeholder-text);")
            right.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.shares.addWidget(left, row, 0)
            self.shares.addWidget(right, row, 1)
            self.share_labels[key] = (left, right)
        side_layout.addLayout(self.shares)
        side_layout.addSpacing(10)
        figures_title = self.tr("Key figures on the page")
        side_layout.addWidget(QLabel(f"<b>{figures_title}</b>"))
        hint = QLabel(self.tr("Tick the indicators to print with their latest outcome, target, trend and women/men."))
        hint.setWordWrap(True)
        side_layout.addWidget(hint)
        self.indicators = QListWidget()
        self.indicators.setAccessibleName(self.tr("Indicators to print"))
        self.indicators.itemChanged.connect(self._picked)
        side_layout.addWidget(self.indicators, 1)
        self.message = error_label()
        side_layout.addWidget(self.message)

        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([820, 380])
        layout.addWidget(splitter, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # the gauge follows at the next turn of the event loop: typing never waits
        self._timer.timeout.connect(self.update_gauge)
        self._gauge_waits = False  # the gauge is measured when the page shows (update_gauge)

    # --- the page protocol -----------------------------------------------------------------------------

    def show_document(self, document: PlanDocument) -> None:
        from ...models.queries.report_rows import plan_header

        self.document = document
        self._year_in_view = document.plan.year
        self._loading = True
        self.year.setValue(plan_header(document.plan).year)
        self._loading = False
        self._fill_units()

    def concerns(self, changes) -> bool:
        from ...models.changes import Kind

        return changes.touches(Kind.REVIEW, Kind.UNIT, Kind.INDICATOR, Kind.MEASUREMENT, Kind.PLAN)

    def refresh(self, changes=None) -> None:
        from ...models.changes import Kind
        from ...models.queries.report_rows import plan_header

        if self.document.plan.year != self._year_in_view:  # the window shows another plan year: follow it
            self._year_in_view = self.document.plan.year
            self._loading = True
            self.year.setValue(plan_header(self.document.plan).year)
            self._loading = False
        if changes is None or changes.touches(Kind.UNIT):
            self._fill_units()
        else:
            self.show_review()

    # --- reading ---------------------------------------------------------------------------------------

    def _fill_units(self) -> None:
        from ...models.queries.units import unit_rows

        chosen = self.unit.currentData()
        rows = unit_rows(self.document.plan)
        self._loading = True
        self.unit.clear()
        depth: dict[int, int] = {}
        for row in rows:
            depth[row.id] = depth.get(row.parent_id, -1) + 1 if row.parent_id is not None else 0
            self.unit.addItem("   " * depth[row.id] + row.name, row.id)
        index = self.unit.findData(chosen) if chosen is not None else -1
        if index < 0:  # the first unit with a review, else the first unit under the top
            index = min(1, self.unit.count() - 1) if self.unit.count() else -1
        self.unit.setCurrentIndex(index)
        self._loading = False
        self.show_review()

    def unit_id(self) -> int | None:
        return self.unit.currentData()

    def show_review(self) -> None:
        if self._loading or self.document is None:
            return
        from ...models.queries.listings import indicator_lines
        from ...models.queries.reviews import review_of

        unit_id = self.unit_id()
        self.data = review_of(self.document.plan, unit_id, self.year.value()) if unit_id is not None else None
        enabled = self.data is not None
        for widget in (*self.texts.values(), *self.sources.values(), self.indicators):
            widget.setEnabled(enabled)
        self._loading = True
        try:
            for key in self.texts:
                text = self.data.text(key) if self.data else ""
                self.texts[key].set_value(text)
                self.sources[key].set_value(self.data.sources[key] if self.data else "")
            prefilled = bool(self.data and not self.data.texts["mission"].strip() and self.data.mandate.strip())
            self.mandate_note.setText(self.tr("From the unit's mandate (reglemente or owner directive); edit it "
                                              "here for this page.") if prefilled else "")
            self.mandate_note.setVisible(prefilled)
            self.indicators.clear()
            chosen = list(self.data.indicator_ids) if self.data else []
            for line in indicator_lines(self.document.plan):
                item = QListWidgetItem(line.name)
                item.setData(Qt.ItemDataRole.UserRole, line.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if line.id in chosen else Qt.CheckState.Unchecked)
                item.setToolTip(line.name)
                self.indicators.addItem(item)
        finally:
            self._loading = False
        from ...models.queries.plan_settings import get_setting
        from ...models.rules.plan_settings import REPORT_OPTIONS
        from ...reports.report_settings import saved_language
        from ...reports.situation_report import figures_of
        from ...wording import use_language

        self._language = saved_language(get_setting(self.document.plan, REPORT_OPTIONS))  # the print's language
        with use_language(self._language):
            self._figures = figures_of(self.data.key_figures) if self.data else []
        self.update_gauge()

    # --- the fit gauge ---------------------------------------------------------------------------------

    def _typed(self) -> None:
        if not self._loading:
            self._timer.start()

    def fit(self):
        """The page's fit for the text as it stands in the fields now (not yet saved included)."""
        from ...reports.situation_report import measure
        from ...wording import use_language

        texts = {key: field.toPlainText() for key, field in self.texts.items()}
        sources = {key: field.text() for key, field in self.sources.items()}
        with use_language(self._language):
            return measure(texts, sources, self._figures)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._gauge_waits:
            self.update_gauge()

    def update_gauge(self) -> None:
        # Measured once the page is seen: the measuring loads the report fonts, which is no part of opening a plan.
        self._gauge_waits = not self.isVisible()
        if self._gauge_waits:
            return
        if self.data is None:
            self.gauge.setValue(0)
            self.gauge.setFormat("")
            self.advice.setText(self.tr("Choose a unit."))
            return
        fit = self.fit()
        percent = round(fit.used * 100)
        self.gauge.setValue(min(100, percent))
        self.gauge.setFormat(self.tr("%1 % of the page").replace("%1", str(percent)))
        titles = section_titles()
        size = f"{fit.size:g}".replace(".", ",")
        if fit.fits:
            self.gauge.setStyleSheet("")
            self.advice.setText(self.tr("It fits on one page, with the text at %1 pt.").replace("%1", size))
        else:
            self.gauge.setStyleSheet("QProgressBar::chunk { background: #C62828; }")
            self.advice.setText(
                self.tr("Too long by %1 % of the page: shorten “%2”. Printed as it is, the text is cut and marked.")
                .replace("%1", str(percent - 100)).replace("%2", titles.get(fit.shorten, "")))
        for key, (left, right) in self.share_labels.items():
            right.setText(f"{round(fit.heights.get(key, 0) * 100)} %")
            weight = "bold" if key == fit.shorten else "normal"
            colour = ink().refused if key == fit.shorten else "palette(placeholder-text)"
            left.setStyleSheet(f"color: {colour}; font-weight: {weight};")

    # --- writing ---------------------------------------------------------------------------------------

    def _write(self, **fields) -> None:
        from .. import review_commands

        if self._loading or self.data is None or self.document is None:
            return
        self.message.clear()
        self.document.run(review_commands.SetSituationReview(self.data.unit, self.data.unit_id, self.year.value(), **fields))

    def _picked(self, _item) -> None:
        from .. import review_commands

        if self._loading or self.data is None:
            return
        ticked = [self.indicators.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.indicators.count())
                  if self.indicators.item(i).checkState() == Qt.CheckState.Checked]
        # The order they print in stays as it was; a newly ticked one comes last.
        ids = [i for i in self.data.indicator_ids if i in ticked] + [i for i in ticked if i not in self.data.indicator_ids]
        self.document.run(review_commands.SetReviewKeyFigures(self.data.unit, self.data.unit_id, self.year.value(), ids))
