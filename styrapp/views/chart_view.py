"""A matplotlib figure inside the window. matplotlib loads the first time a chart is shown."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ChartView(QWidget):
    def __init__(self, placeholder: str = "", parent=None):
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._canvas = None
        self.placeholder = QLabel(placeholder)
        self.placeholder.setWordWrap(True)
        self._layout.addWidget(self.placeholder)
        self.figure = None
        self.setAccessibleName(self.tr("Chart"))

    def describe(self, text: str) -> None:
        """What the chart shows, in words, for a screen reader: the same alternative text the PDF's figure
        gets (reports/alt_text.py)."""
        self.setAccessibleDescription(text)
        if self._canvas is not None:
            self._canvas.setAccessibleName(self.accessibleName())
            self._canvas.setAccessibleDescription(text)

    def show_figure(self, figure) -> None:
        """Show a `matplotlib.figure.Figure` (from `reports.charts`), replacing the one shown."""
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        if self._canvas is not None:
            self._layout.removeWidget(self._canvas)
            self._canvas.setParent(None)
            self._canvas.deleteLater()
        self.figure = figure
        self._canvas = FigureCanvasQTAgg(figure)
        self._canvas.setMinimumHeight(220)
        self._layout.addWidget(self._canvas, 1)
        self.placeholder.hide()
        self._canvas.draw_idle()
        self.describe(self.accessibleDescription())

    def redraw(self) -> None:
        """Draw the shown figure again, after it was changed in place."""
        if self._canvas is not None:
            self._canvas.draw_idle()

    def clear(self, text: str) -> None:
        if self._canvas is not None:
            self._layout.removeWidget(self._canvas)
            self._canvas.setParent(None)
            self._canvas.deleteLater()
            self._canvas = None
        self.figure = None
        self.placeholder.setText(text)
        self.placeholder.show()
        self.setAccessibleDescription(text)
