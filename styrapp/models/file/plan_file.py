"""A plan is one SQLite file (`.styrplan`), used as an application file format.

Opening never changes a file it refuses: the header is read as bytes first (is it SQLite, is it
ours, which schema version, is it whole), then SQLite checks the pages read-only, and only a file
that passes is opened for writing, locked against a second styrapp, and migrated forward (after a
backup copy). Every user action is its own transaction, committed at once; there is no "save".
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool, StaticPool
from sqlmodel import Session

from ...wording import Phrase, tr
from ..errors import (
    DomainError,
    NotAPlan,
    PlanCorrupt,
    PlanExists,
    PlanFileError,
    PlanLocked,
    PlanNeedsRecovery,
    PlanReadOnly,
    PlanTooNew,
    YearClosed,
)
from . import damage, migrations, sqlite
from .edits import Edit, undo_log_script
from .header import SCHEMA_VERSION, SUFFIX, Header, is_ours, read_header
from .lock import PlanLock, read_owner
from .schema import create_schema
from .year_scope import PlanSession, year_closed_on

__all__ = ["Header", "PlanFile", "create_plan", "open_plan", "read_header"]

def _check_integrity(path: Path, version: int) -> None:
    """SQLite's check of every page and index, the links, the schema its version promises and every
    stored value (see `damage`), on a read-only connection: a damaged plan is named before anything
    reads it, and the file is not changed."""
    try:
        con = sqlite.for_checking(sqlite.connect(path, read_only=True))
        try:
            problem = damage.find_damage(con, version)
        finally:
            con.close()
    except sqlite.DatabaseError as exc:
        if sqlite.needs_rollback(exc):  # a journal appeared since `_recover` looked (another styrapp crashed)
            raise PlanNeedsRecovery(path, Phrase("it was changed in the meantime"), sqlite.journal_path(path).name) from exc
        raise PlanCorrupt(path, _sqlite_detail(exc)) from exc
    except UnicodeDecodeError as exc:  # SQLite's own error message quotes broken bytes of the file
        raise PlanCorrupt(path, Phrase("the database's pages are broken")) from exc
    if problem is not None:
        raise PlanCorrupt(path, problem)


def as_damage(path: Path | str, exc: BaseException) -> PlanCorrupt | None:
    """A database error met while reading a plan that passed the checks on open (SQLite reads pages
    lazily; a disk can fail in the middle): the plan named as damaged, or None if `exc` is no such error."""
    from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError

    if isinstance(exc, SQLAlchemyDatabaseError):
        exc = exc.orig
    if isinstance(exc, sqlite.DatabaseError) or (isinstance(exc, UnicodeDecodeError) and "utf-8" in str(exc)):
        return PlanCorrupt(path, _sqlite_detail(exc) if isinstance(exc, sqlite.DatabaseError) else
                           Phrase("the database's pages are broken"))
    return None


def _recover(path: Path) -> bool:
    """Put back what a crash in the middle of a save left half-written (SQLite's hot journal), before
    anything judges the file: True if it did. Only a connection that may write can do it; on a file or
    folder that is write-protected the refusal says so and how to get on."""
    journal = sqlite.hot_journal(path)
    if journal is None or not path.is_file() or not is_ours(path):
        return False  # nothing to put back, or not a plan: `read_header` says why
    problem = _writable_problem(path)
    if problem is not None:
        raise PlanNeedsRecovery(path, problem, journal.name)
    try:
        sqlite.roll_back_journal(path)
    except sqlite.Error as exc:
        if sqlite.is_busy(exc):
            return False  # a live transaction of another styrapp owns the journal: not a crash
        raise PlanCorrupt(path, _sqlite_detail(exc)) from exc
    except UnicodeDecodeError as exc:
        raise PlanCorrupt(path, Phrase("the database's pages are broken")) from exc
    return sqlite.hot_journal(path) is None


def _sqlite_detail(exc: Exception) -> Phrase | str:
    text = " ".join(str(exc).split())  # one line: a broken schema's message quotes its SQL, newlines and all
    known = {
        "database disk image is malformed": "the database's pages are broken",
        "file is not a database": "the file is no valid database",
        "unable to open database file": "the file could not be opened",
    }
    return Phrase(known[text]) if text in known else text


def _writable_problem(path: Path) -> Phrase | None:
    # The mode bits too: an administrator passes os.access, but a file marked read-only is meant
    # to stay as it is (an archived plan, a copy from the diarium).
    if not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222:
        return Phrase("the file is write-protected")
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return Phrase("the folder it lies in is write-protected")
    return None


def _engine(path: Path, *, read_only: bool, scratch: bool = False, recorder: bool = False) -> Engine:
    def connect():  # the driver leaves transactions to SQLAlchemy, so SAVEPOINTs nest (see `transaction`)
        return sqlite.connect(path, read_only=read_only, autocommit=True)

    # One connection per checkout keeps no handle open between actions; that matters on network
    # shares and is cheap for SQLite. The recorder (see `PlanFile.recording`) keeps its one connection,
    # with the undo log's triggers made once (making them costs about 4 ms, more than a whole edit).
    engine = create_engine("sqlite://", creator=connect, poolclass=StaticPool if recorder else NullPool)
    event.listen(engine, "connect", sqlite.enforce_foreign_keys)
    event.listen(engine, "begin", sqlite.begin)
    if not read_only:
        event.listen(engine, "connect", sqlite.no_cache_spill)
    if scratch:  # a plan being built is renamed into place only when complete; `create_plan` syncs it
        event.listen(engine, "connect", sqlite.no_crash_safety)
    if recorder:
        event.listen(engine, "connect", lambda dbapi, _record: sqlite.run_script(dbapi, undo_log_script()))
    return engine


class _Borrowed:
    """The recording's session lent to a reader: `with plan.session() as s` must not close it."""

    def __init__(self, session: Session):
        self._session = session

    def __enter__(self) -> Session:
        return self._session

    def __exit__(self, *exc) -> None:
        return None

    def close(self) -> None:
        return None

    def __getattr__(self, name: str):
        return getattr(self._session, name)


class PlanFile:
    """An open plan. Use `with plan.transaction() as session:` for one action, or the services."""

    def __init__(self, path: Path, engine: Engine, *, read_only: bool, lock: PlanLock | None, notice: str = ""):
        self.path = Path(path)
        self.engine = engine
        self.read_only = read_only
        self._lock = lock
        # Something the user should know about how the file was opened (read-only, upgraded).
        self.notice = notice
        # The session of the edit being recorded on this thread (see `recording`).
        self._outer: ContextVar[Session | None] = ContextVar(f"styrapp_edit_{id(self)}", default=None)
        self._recorder: Engine | None = None
        self._recording = threading.Lock()  # one edit at a time on the recorder's one connection
        self._year: int | None = None  # the plan year in view (see `year`)
        # A plan year viewed for a while on this thread only (see `viewing`): a report of another year.
        self._viewing: ContextVar[int | None] = ContextVar(f"styrapp_viewing_{id(self)}", default=None)

    # -- the plan year in view ------------------------------------------------------------------

    @property
    def year(self) -> int | None:
        """The plan year every session sees (see `year_scope`): the plan's newest year unless set."""
        viewing = self._viewing.get()
        if viewing is not None:
            return viewing
        if self._year is None:
            with Session(self.engine) as session:
                self._year = session.connection().execute(text("SELECT year FROM plan")).scalar()
        return self._year

    @year.setter
    def year(self, year: int | None) -> None:
        """View another plan year (None: the plan's newest). A year the plan does not hold is refused."""
        if year is not None:
            self._refuse_unknown_year(year)
        self._year = year

    def _refuse_unknown_year(self, year: int) -> None:
        with Session(self.engine) as session:
            known = session.connection().execute(text("SELECT 1 FROM plan_year WHERE year = :y"), {"y": year}).scalar()
        if not known:
            from ..errors import InvalidValue

            raise InvalidValue("year.missing", year=year)

    @contextmanager
    def viewing(self, year: int | None) -> Iterator[int]:
        """See plan year `year` (None: the year in view) in the block, on this thread only: a report of an
        older year reads that year while the window, on its own thread, goes on seeing the year the
        person chose. A year the plan does not hold is refused (InvalidValue "year.missing")."""
        if year is None:
            yield self.year
            return
        self._refuse_unknown_year(year)
        token = self._viewing.set(year)
        try:
            yield year
        finally:
            self._viewing.reset(token)

    def _new_session(self, engine: Engine) -> Session:
        return PlanSession(engine, expire_on_commit=False, info={"year": self.year})

    def _refuse_if_closed(self, session: Session) -> None:
        if year_closed_on(session, self.year) is not None:
            raise YearClosed(self.year)

    # -- sessions -------------------------------------------------------------------------------

    def session(self) -> Session:
        """A session for reading. Objects stay usable after it closes. Inside `recording()` (on the
        same thread) it is the recording's own session, so a read sees what the edit wrote so far."""
        outer = self._outer.get()
        if outer is not None:
            return _Borrowed(outer)  # type: ignore[return-value]
        return self._new_session(self.engine)

    @contextmanager
    def transaction(self, *, allow_closed: bool = False) -> Iterator[Session]:
        """One user action: everything in the block commits together, or nothing does. Inside
        `recording()` it is part of the recording's one transaction. A closed plan year in view refuses
        it (YearClosed) unless `allow_closed` (closing and reopening, the turn of the year)."""
        if self.read_only:
            raise PlanReadOnly(self.path, Phrase("it is opened for reading"))
        outer = self._outer.get()
        if outer is not None:  # a SAVEPOINT: a refusal takes back this part only, and the caller decides
            with outer.begin_nested():
                yield outer
            return
        with self._new_session(self.engine) as session:
            with session.begin():
                if not allow_closed:
                    self._refuse_if_closed(session)
                yield session

    @contextmanager
    def recording(self, *, allow_closed: bool = False) -> Iterator[Edit]:
        """Everything written in the block is one transaction and one `Edit`: its `changes`, and
        `revert(edit)` to take it back. On an exception nothing is written and nothing is recorded."""
        if self.read_only:
            raise PlanReadOnly(self.path, Phrase("it is opened for reading"))
        if self._outer.get() is not None:
            raise RuntimeError("recording() does not nest")
        edit = Edit()
        if self._recorder is None:
            self._recorder = _engine(self.path, read_only=False, recorder=True)
        with self._recording, self._new_session(self._recorder) as session:
            with session.begin():
                if not allow_closed:
                    self._refuse_if_closed(session)
                connection = session.connection()
                token = self._outer.set(session)
                try:
                    yield edit
                    session.flush()
                finally:
                    self._outer.reset(token)
                edit.entries = sqlite.take_undo_log(connection)

    def revert(self, edit: Edit) -> Edit:
        """Take `edit` back, exactly, in one transaction. Returns the edit that puts it back again.
        If the plan was changed behind the edit's back so that it cannot be taken back, nothing is
        written and a DomainError says so (never a database error)."""
        from sqlalchemy.exc import SQLAlchemyError

        try:
            with self.recording(allow_closed=True) as inverse:  # an edit made while its year was open
                connection = self._outer.get().connection()
                sqlite.defer_foreign_keys(connection)
                cursor = connection.connection.dbapi_connection.cursor()  # many small statements: no SQLAlchemy in between
                for statement in edit.inverse_statements():
                    cursor.execute(statement)
        except (SQLAlchemyError, sqlite.Error) as exc:
            raise DomainError("undo.impossible", detail=str(getattr(exc, "orig", exc))) from exc
        if self._year is not None:  # the year in view may be gone (an undone turn of the year)
            with Session(self.engine) as session:
                known = session.connection().execute(text("SELECT 1 FROM plan_year WHERE year = :y"), {"y": self._year}).scalar()
            if not known:
                self._year = None
        return inverse

    # -- whole-file operations ------------------------------------------------------------------

    def save_copy(self, dest: Path | str) -> Path:
        """Write a consistent copy of the plan to `dest` with SQLite's backup API."""
        dest = Path(dest)
        if dest.resolve() == self.path.resolve():
            raise PlanExists(dest)
        tmp = dest.with_name(f".{dest.name}.tmp-{os.getpid()}")
        try:
            # The backup API reads through SQLite, so the copy holds committed pages only; a crash of
            # another styrapp since this one opened the plan is put right first (or refused, named).
            _recover(self.path)
            try:
                migrations.backup_copy(self.path, tmp)
            except sqlite.DatabaseError as exc:
                if sqlite.needs_rollback(exc):
                    raise PlanNeedsRecovery(self.path, Phrase("the file is write-protected"),
                                            sqlite.journal_path(self.path).name) from exc
                raise PlanCorrupt(self.path, _sqlite_detail(exc)) from exc
            os.replace(tmp, dest)
        finally:
            if tmp.exists():
                tmp.unlink()
        return dest

    def close(self) -> None:
        self.engine.dispose()
        if self._recorder is not None:
            self._recorder.dispose()
            self._recorder = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> PlanFile:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"PlanFile({str(self.path)!r}, read_only={self.read_only})"


def open_plan(path: Path | str, *, read_only: bool = False, ignore_other_computer: bool = False) -> PlanFile:
    """Open a plan file, or raise a PlanFileError whose message says what is wrong.

    `read_only=True` is for looking (info, check, reports): it works on a write-protected file or
    one that another styrapp has open, and says so in `PlanFile.notice`.
    """
    path = Path(path)
    recovered = _recover(path)
    header = read_header(path)
    if header.user_version > SCHEMA_VERSION:
        raise PlanTooNew(path, header.user_version, SCHEMA_VERSION)
    _check_integrity(path, header.user_version)
    problem = _writable_problem(path)
    needs_upgrade = header.user_version < SCHEMA_VERSION
    notices = []
    if recovered:
        notices.append(tr("The plan was not closed properly last time (styrapp or the computer stopped while a change "
                          "was being saved); that unfinished change was taken back, and everything saved before it is "
                          "there."))
    if read_only:
        owner = read_owner(path)
        if problem and needs_upgrade:
            raise PlanReadOnly(path, Phrase("{problem}, and the plan needs upgrading to the new file format", problem=problem))
        if problem:
            notices.append(tr("Note: {problem}; the plan is opened for reading only.", problem=problem))
        elif owner is not None and _lock_is_live(path):
            notices.append(tr("Note: the plan is open in styrapp elsewhere; what is saved is shown here."))
        if not needs_upgrade:
            return PlanFile(path, _engine(path, read_only=True), read_only=True, lock=None, notice=" ".join(notices))
    if problem:
        raise PlanReadOnly(path, problem)
    lock = PlanLock(path)
    lock.acquire(ignore_other_computer=ignore_other_computer)
    try:
        if needs_upgrade:
            backup = migrations.migrate(path, header.user_version)
            if backup:
                notices.append(tr("The plan was upgraded from file format {old} to {new}; the original is kept as {backup}.",
                                  old=header.user_version, new=SCHEMA_VERSION, backup=backup.name))
        plan = PlanFile(path, _engine(path, read_only=False), read_only=False, lock=lock, notice=" ".join(notices))
    except BaseException:
        lock.release()
        raise
    if read_only:  # it needed the upgrade; hand back a reader and let go of the lock
        plan.close()
        return PlanFile(path, _engine(path, read_only=True), read_only=True, lock=None, notice=" ".join(notices))
    return plan


def _lock_is_live(path: Path) -> bool:
    probe = PlanLock(path)
    try:
        probe.acquire()
    except PlanLocked:
        return True
    probe.release()
    return False


def create_plan(
    path: Path | str, build: Callable[[PlanFile], None], *, overwrite: bool = False
) -> Path:
    """Create a new plan at `path`: an empty schema filled by `build`, all or nothing.

    The plan is built in a temporary file beside the target and moved into place only when
    `build` has finished, so a failure or an interruption never leaves a half-made plan, and an
    existing file is replaced only when `overwrite` is given (and nobody has it open).
    """
    path = Path(path)
    if path.suffix == "":
        path = path.with_suffix(SUFFIX)
    if path.exists():
        if not overwrite:
            raise PlanExists(path)
        if path.is_dir():
            raise NotAPlan(path, Phrase("it is a folder, not a file"))
    if not path.parent.exists():
        raise PlanFileError(path, "file.no_folder", folder=str(path.parent))
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise PlanReadOnly(path, Phrase("the folder is write-protected"))
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    lock = PlanLock(path)
    lock.acquire()
    try:
        engine = _engine(tmp, read_only=False, scratch=True)
        with engine.begin() as connection:
            create_schema(connection)
        plan = PlanFile(tmp, engine, read_only=False, lock=None)
        try:
            build(plan)
        finally:
            plan.close()
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
        lock.release()
    return path
