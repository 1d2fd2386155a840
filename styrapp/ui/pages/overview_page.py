"""Översikt as a page: the plan's summary, status counts, Agenda 2030 coverage and the red thread's
findings, read again after any change (every edit can change a count or a finding)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...views.overview import OverviewPage

if TYPE_CHECKING:
    from ...models.changes import Changes
    from ..document import PlanDocument


class OverviewScreen(OverviewPage):
    document: PlanDocument | None = None

    def show_document(self, document: PlanDocument) -> None:
        self.document = document

    def concerns(self, changes: Changes) -> bool:
        return bool(changes)

    def refresh(self, _changes: Changes | None = None) -> None:
        from ...models.queries.agenda2030_coverage import sdg_coverage
        from ...models.queries.getting_started import getting_started
        from ...models.queries.plan_details import plan_details
        from ...models.queries.plan_status import status_counts
        from ...models.queries.red_thread import check_plan
        from ...models.queries.summary import summarise

        plan = self.document.plan
        self.show_plan(summarise(plan), check_plan(plan), status_counts(plan), sdg_coverage(plan))
        self.show_start(getting_started(plan), bool(plan_details(plan).samples))
        from ...models.queries.documents import document_rows

        self.show_documents([(row.title, row.valid_until.isoformat()) for row in document_rows(plan) if row.past_date])
