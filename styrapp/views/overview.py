"""Översikt: the organisation, vision, what the plan holds by status, and the red-thread findings."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..models.enums import Status
from ..models.rules.status import COLOUR
from ..models.rules.status import SYMBOL as STATUS_SYMBOL
from .ink import ink
from .labels import enum_label
from .sdg_strip import SdgStrip

if TYPE_CHECKING:
    from ..models.queries.getting_started import Step
    from ..models.queries.summary import PlanSummary
    from ..models.rules.red_thread import Finding

# By severity ("error", "warning", "info"; trace.Severity is a StrEnum of these).
SYMBOL = {"error": "■", "warning": "▲", "info": "○"}


class _Plurals(QObject):
    """Plural texts in a class nobody subclasses. PySide's self.tr() looks the text up under the name of
    the object's own class first (OverviewScreen) and takes any answer that differs from the source as
    the translation, which a plural always gives ("2 finding(s)"), so Översikt showed English."""

    def findings(self, count: int) -> str:
        return self.tr("%n finding(s)", "", count)


class OverviewPage(QWidget):
    """Shows a plan summary and findings; `show_plan` is handed what to show, it reads nothing itself."""

    finding_activated = Signal(object)  # the Finding the user clicked
    step_activated = Signal(str)  # a Kom igång step's place: a page's key, or "details", "organisation", "periods"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.vision = QLabel()
        self.vision.setWordWrap(True)
        self.vision.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.title)
        layout.addWidget(self.vision)
        self.samples = QLabel()  # the template's sample texts are still there
        self.samples.setWordWrap(True)
        self.samples.setTextFormat(Qt.TextFormat.RichText)
        self.samples.setStyleSheet("background: #FFF4D6; color: #5C4400; padding: 6px; border-radius: 3px;")
        self.samples.linkActivated.connect(self.step_activated)
        self.samples.hide()
        layout.addWidget(self.samples)
        self.start = QFrame()  # Kom igång
        self.start.setFrameShape(QFrame.Shape.StyledPanel)
        start_layout = QVBoxLayout(self.start)
        start_layout.setContentsMargins(10, 6, 10, 6)
        self.start_title = QLabel()
        self.start_title.setTextFormat(Qt.TextFormat.RichText)
        start_layout.addWidget(self.start_title)
        self.start_grid = QGridLayout()
        self.start_grid.setHorizontalSpacing(24)
        self.start_grid.setVerticalSpacing(2)
        start_layout.addLayout(self.start_grid)
        self.start.hide()
        layout.addWidget(self.start)
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.grid = QGridLayout(frame)
        self.count_labels: dict[str, QLabel] = {}
        self.status_labels: dict[str, QLabel] = {}
        counts = (
            ("goals", self.tr("Goals")),
            ("assignments", self.tr("Assignments")),
            ("activities", self.tr("Activities")),
            ("indicators", self.tr("Indicators")),
            ("measurements", self.tr("Measured values")),
            ("wheel_events", self.tr("Events in the annual wheel")),
            ("risks", self.tr("Risks")),
        )
        for i, (key, text) in enumerate(counts):
            name = QLabel(text)
            value = QLabel()
            value.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            name.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            value.setStyleSheet("font-size: 18pt; font-weight: 600;")
            self.grid.addWidget(value, 0, i)
            self.grid.addWidget(name, 1, i)
            self.count_labels[key] = value
            if key in ("goals", "assignments", "activities", "indicators"):
                status = QLabel()
                status.setAlignment(Qt.AlignmentFlag.AlignHCenter)
                status.setTextFormat(Qt.TextFormat.RichText)
                self.grid.addWidget(status, 2, i)
                self.status_labels[key] = status
        layout.addWidget(frame)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.legend)
        layout.addSpacing(6)
        self.sdg_title = QLabel()
        self.sdg_title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.sdg_title)
        self.sdgs = SdgStrip()
        layout.addWidget(self.sdgs)
        layout.addSpacing(6)
        self.documents = QLabel()  # styrdokument past their date: one compact line, a link to the register
        self.documents.setWordWrap(True)
        self.documents.setTextFormat(Qt.TextFormat.RichText)
        self.documents.linkActivated.connect(self.step_activated)
        self.documents.hide()
        layout.addWidget(self.documents)
        self.findings_title = QLabel()
        layout.addWidget(self.findings_title)
        self.findings = QListWidget()
        self.findings.setAccessibleName(self.tr("Findings to look at"))
        self.findings.setWordWrap(True)
        self.findings.itemActivated.connect(self._activated)
        self.findings.itemClicked.connect(self._activated)
        layout.addWidget(self.findings, 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.note)

    def _step_text(self, step: Step) -> str:
        texts = {
            "details": self.tr("Fill in the plan's details: organisation, vision, values and decision"),
            "units": self.tr("Add the organisation's committees and departments"),
            "indicators": self.tr("Link indicators to the goals"),
            "periods": self.tr("Set the reporting periods"),
            "wheel": self.tr("Plan the year in the annual wheel"),
            "follow_up": self.tr("Follow up: assess the goals for a period"),
        }
        return texts.get(step.key) or self.tr("Add %1").replace("%1", step.level.lower())

    def show_start(self, steps: list[Step], samples: bool) -> None:
        """Kom igång: the steps of making the plan one's own, each a link to where it is done; shown until
        every one is done. `samples`: the vision or values are still the template's examples."""
        link = self.tr("Plan details…")
        self.samples.setText(self.tr("The vision and values are the template's examples: replace them with "
                                     "your own under %1").replace("%1", f"<a href='details'>{escape(link)}</a>"))
        self.samples.setVisible(samples)
        while self.start_grid.count():
            self.start_grid.takeAt(0).widget().deleteLater()
        left = [step for step in steps if not step.done]
        self.start.setVisible(bool(left))
        if not left:
            return
        done = len(steps) - len(left)
        title = self.tr("Getting started")
        progress = self.tr("%1 of %2 done").replace("%1", str(done)).replace("%2", str(len(steps)))
        self.start_title.setText(f"<b>{escape(title)}</b> – {escape(progress)}")
        rows = -(-len(steps) // 3)  # three columns, read downwards in the styrmodell's order
        for i, step in enumerate(steps):
            text = escape(self._step_text(step))
            label = QLabel(f"<span style='color:{ink().done}'>✓</span> <span style='color:{ink().muted}'>{text}</span>"
                           if step.done else f"○ <a href='{escape(step.goes_to)}'>{text}</a>")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.linkActivated.connect(self.step_activated)
            # at the top of its cell: a step wrapped onto two lines does not push its neighbours off their line
            self.start_grid.addWidget(label, i % rows, i // rows, Qt.AlignmentFlag.AlignTop)

    def show_documents(self, past: list[tuple[str, str]]) -> None:
        """The styrdokument past their date, as (title, date): a line, or nothing when none is."""
        self.documents.setVisible(bool(past))
        if not past:
            self.documents.setText("")
            return
        heading = self.tr("Governing documents past their date")
        shown = ", ".join(f"{escape(title)} ({day})" for title, day in past[:4])
        more = " " + self.tr("and %1 more").replace("%1", str(len(past) - 4)) if len(past) > 4 else ""
        link = self.tr("Open the register")
        self.documents.setText(f"<b>{heading}</b> – <span style='color:{ink().refused}'>{shown}</span>{more} "
                               f"<a href='documents'>{link}</a>")

    def _activated(self, item: QListWidgetItem) -> None:
        self.finding_activated.emit(item.data(Qt.ItemDataRole.UserRole))

    def show_plan(self, summary: PlanSummary, findings: list[Finding],
                  statuses: dict[str, dict[Status, int]] | None = None, sdgs: list | None = None) -> None:
        self.title.setText(
            f"<h1 style='margin:0'>{escape(summary.organisation)}</h1>"
            f"<p style='font-size:13pt'>{escape(summary.plan_title)}</p>"
        )
        vision = escape(summary.vision) if summary.vision else self.tr("(no vision written yet)")
        label = self.tr("Vision")
        self.vision.setText(f"<b>{label}:</b> <i>{vision}</i>")
        for key, label in self.count_labels.items():
            label.setText(f"{summary.counts.get(key, 0):n}")
        statuses = statuses or {}
        for key, label in self.status_labels.items():
            parts = [f"<span style='color:{COLOUR[s]}'>{STATUS_SYMBOL[s]}</span>&nbsp;{n}"
                     for s, n in statuses.get(key, {}).items() if n]
            label.setText("&nbsp;&nbsp;".join(parts))
        self.legend.setText("&nbsp;&nbsp;&nbsp;".join(
            f"<span style='color:{COLOUR[s]}'>{STATUS_SYMBOL[s]}</span> {escape(enum_label(s))}" for s in Status))
        heading = self.tr("The red thread")
        count = _Plurals().findings(len(findings)) if findings else self.tr("no findings")
        hint = self.tr("click a finding to go to it") if findings else ""
        self.findings_title.setText(f"<b>{heading}</b> – {count}" + (f" <i>({hint})</i>" if hint else ""))
        self.findings.clear()
        for finding in findings:
            item = QListWidgetItem(f"{SYMBOL[finding.severity]}  {finding.message}")
            item.setData(Qt.ItemDataRole.UserRole, finding)
            self.findings.addItem(item)
        self.note.setText(summary.note)
        sdgs = sdgs or []
        covered = sum(1 for item in sdgs if item.covered)
        heading = self.tr("Agenda 2030")
        text = self.tr("the plan works towards %1 of the 17 global goals").replace("%1", str(covered))
        hint = self.tr("point at a goal to see what is linked")
        self.sdg_title.setText(f"<b>{heading}</b> – {text} <i>({hint})</i>")
        self.sdgs.show_coverage(sdgs)
