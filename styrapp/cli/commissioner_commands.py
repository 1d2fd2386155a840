"""`styrapp-cli import PLAN SOURCE.styrplan --format plan`: uppdragsgivarens mål fetched from another plan
(see models/services/commissioner.py). Without --apply it shows what would change and writes nothing."""

from __future__ import annotations

import sys

from ..wording import tr


def add_arguments(command) -> None:
    command.add_argument("--levels", metavar=tr("MAPPING"),
                         help=tr("(--format plan) which level here each of the source plan's levels goes to, by "
                                 "name, source=here separated by commas, e.g. {example}; "
                                 "=- leaves a level out. A level not named goes to the level of the same name, else "
                                 "the one at the same depth; needed when the organisations are of different kinds",
                                 example='"Målområde=Målområde,Mål=Nämndmål"'))
    command.add_argument("--unit", metavar=tr("UNIT"),
                         help=tr("(--format plan) the source plan's unit whose assignments to fetch (by name); without "
                                 "it, the unit named as this plan's organisation"))
    command.add_argument("--apply", action="store_true",
                         help=tr("(--format plan) fetch: add the new goals, take in the changed ones and mark the "
                                 "removed ones. Without it the differences are only shown and nothing is written"))


def check_arguments(args, kind: str) -> None:
    from .common import UsageError

    if kind != "plan" and (args.levels is not None or args.unit is not None or args.apply):
        raise UsageError("cli.plan_options_only_plan")


def _quoted(text: str) -> str:
    return tr("“{text}”", text=text)


def describe(comparison) -> list[str]:
    """The comparison, side by side: what is new, what changed (old → new), what was removed at the source."""
    from ..models.services.commissioner import CHANGED, NEW, REMOVED, UNCHANGED

    source = comparison.source
    lines = [tr("Goals from {organisation}, {title} ({year}):", organisation=source.organisation,
                title=source.plan_title, year=source.plan_year)]
    if comparison.mapping:
        lines.append(tr("Levels: {mapping}", mapping=", ".join(
            f"{name} → {comparison.level_names.get(level_id, '–')}" for name, level_id in comparison.mapping.items()
            if source.level(name) is not None and source.level(name).used)))
    new, changed, removed = comparison.of(NEW), comparison.of(CHANGED), comparison.of(REMOVED)
    if new:
        lines.append(tr("New ({count}):", count=len(new)))
        lines += [f"  + {item.level} {_quoted(item.title)}" for item in new]
    if changed:
        lines.append(tr("Changed ({count}):", count=len(changed)))
        for item in changed:
            lines.append(f"  ~ {_quoted(item.old_title)} → {_quoted(item.title)}" if "title" in item.fields
                         else f"  ~ {_quoted(item.title)}")
            if "description" in item.fields:
                lines.append("      " + tr("description: {old} → {new}", old=_quoted(item.old_description),
                                           new=_quoted(item.description)))
            if "level" in item.fields:
                lines.append("      " + tr("level: {old} → {new}", old=item.old_level, new=item.level))
            if item.restored:
                lines.append("      " + tr("back at the source after being marked as removed"))
    if removed:
        lines.append(tr("Removed at the source ({count}); kept here and marked:", count=len(removed)))
        lines += [f"  − {item.level} {_quoted(item.title)}" for item in removed]
    lines.append(tr("Unchanged: {count}", count=len(comparison.of(UNCHANGED))))
    return lines


def run_plan_import(args) -> int:
    from ..models.file.plan_file import open_plan
    from ..models.queries.source_plan import read_source_plan
    from ..models.services import commissioner

    levels = commissioner.parse_levels(args.levels)
    with open_plan(args.plan, read_only=not args.apply, ignore_other_computer=args.take_over_lock) as plan:
        source = read_source_plan(args.file, target=plan, unit=args.unit)
        if source.notice:
            print(source.notice, file=sys.stderr)
        comparison = commissioner.compare(plan, source, levels)
        for line in describe(comparison):
            print(line)
        if not args.apply:
            print(tr("Nothing has been written; give --apply to fetch these changes."))
            return 0
        done = commissioner.apply(plan, comparison)
    print(tr("Fetched: {added} new, {changed} changed, {removed} marked as removed at the source.",
             added=len(done.added), changed=len(done.changed), removed=len(done.removed)))
    return 0
