"""The risk matrix widget alone: where a risk's chip is, what a drag says, a crowded cell."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from styrapp.views.risk_matrix import MatrixRisk, RiskMatrix


def test_a_drag_says_where_the_risk_went_and_a_click_only_selects(qtbot):
    matrix = RiskMatrix()
    qtbot.addWidget(matrix)
    matrix.resize(640, 400)
    matrix.set_risks([MatrixRisk(7, 1, "Felaktiga utbetalningar", 2, 3), MatrixRisk(9, 2, "Brand", 1, 1)])
    moved, selected = [], []
    matrix.risk_moved.connect(lambda *args: moved.append(args))
    matrix.risk_selected.connect(selected.append)
    start = matrix.chip_rect(7).center().toPoint()
    qtbot.mousePress(matrix, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseRelease(matrix, Qt.MouseButton.LeftButton, pos=start)  # a click: selected, not moved
    assert selected == [7] and moved == [] and matrix.selected == 7
    target = matrix.cell_rect(4, 4).center().toPoint()
    qtbot.mousePress(matrix, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseRelease(matrix, Qt.MouseButton.LeftButton, pos=target)
    assert moved == [(7, 4, 4)]
    below = QPoint(int(matrix.cell_rect(1, 1).center().x()), matrix.height() - 2)  # on the axis, below the grid
    qtbot.mousePress(matrix, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseRelease(matrix, Qt.MouseButton.LeftButton, pos=below)
    assert moved == [(7, 4, 4)]  # dropped outside the cells: nothing
    assert matrix.cell_at(matrix.cell_rect(3, 2).center()) == (3, 2)


def test_a_crowded_cell_keeps_the_numbers_of_the_risks_it_has_no_room_for(qtbot):
    matrix = RiskMatrix()
    qtbot.addWidget(matrix)
    risks = [MatrixRisk(n, n, f"Risk {n}", 3, 3) for n in range(1, 9)]
    matrix.set_risks(risks)
    for width, height in ((640, 400), (400, 260)):
        matrix.resize(width, height)
        chips = matrix._chips()
        shown = [risk.number for risk, _rect, _rest in chips if risk is not None]
        (rest,) = [rest for risk, _rect, rest in chips if risk is None]
        assert shown + [r.number for r in rest] == list(range(1, 9))  # the first as chips, the rest by number
        cell = matrix.cell_rect(3, 3)
        assert all(cell.contains(rect) for _risk, rect, _rest in chips)
        matrix.grab()  # paints without error
    assert shown == []  # the small matrix has room only for the numbers
