"""The plan file's format, as far as it can be known without a database library: the marks every
styrapp plan carries, and a check of the first 100 bytes that says why a file is not a plan.

Light on purpose (standard library only): the window can peek into a plan before SQLAlchemy loads.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from ...wording import Phrase
from ..errors import NotAPlan, PlanCorrupt, PlanFileError, PlanNotFound, PlanTruncated

# "StyP" as a big-endian 32-bit integer: the `application_id` of every styrapp plan.
APPLICATION_ID = 0x53747950
# Bump with every schema change, and add the step to `migrations.STEPS`.
SCHEMA_VERSION = 4  # 2: every record a person makes has a uuid; 3: the värdegrund's values; 4: plan years
SUFFIX = ".styrplan"
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Header:
    """What the first 100 bytes of an SQLite file say, read without opening it."""

    page_size: int
    page_count: int
    application_id: int
    user_version: int
    file_size: int


def read_header(path: Path) -> Header:
    """Check that `path` is a whole SQLite file of ours; raise a PlanFileError that says why not."""
    path = Path(path)
    if not path.exists():
        raise PlanNotFound(path)
    if not path.is_file():
        raise NotAPlan(path, Phrase("it is a folder, not a file"))
    try:
        with open(path, "rb") as handle:
            head = handle.read(100)
    except PermissionError as exc:
        raise PlanFileError(path, "file.no_read_access", name=path.name) from exc
    size = path.stat().st_size
    if size == 0:
        raise NotAPlan(path, Phrase("the file is empty"))
    if not head.startswith(SQLITE_MAGIC):
        raise NotAPlan(path, Phrase("the file is no SQLite database"))
    if len(head) < 100:
        raise PlanTruncated(path, 100, size)
    (raw_page_size,) = struct.unpack(">H", head[16:18])
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    change_counter, page_count = struct.unpack(">II", head[24:32])
    (user_version,) = struct.unpack(">I", head[60:64])
    (application_id,) = struct.unpack(">I", head[68:72])
    (version_valid_for,) = struct.unpack(">I", head[92:96])
    if page_size < 512 or page_size & (page_size - 1):
        raise PlanCorrupt(path, Phrase("the file header gives an invalid page size"))
    if application_id != APPLICATION_ID:
        raise NotAPlan(path, Phrase("it is an SQLite database of another program"))
    # The page count in the header is trustworthy when it was written by the same change.
    expected = page_size * page_count if version_valid_for == change_counter and page_count else 0
    if expected and size < expected:
        raise PlanTruncated(path, expected, size)
    if expected and size > expected:
        # A plan that was closed properly is exactly as long as its header says. Longer: pages of a
        # change that was never committed are in it, i.e. it was copied while a save was under way,
        # without its journal (the file that would have put the originals back).
        raise PlanCorrupt(path, Phrase("the file holds {extra} bytes of a change that was never finished (it was "
                                       "probably copied while styrapp was saving, without the journal file beside it)",
                                       extra=f"{size - expected:,}".replace(",", " ")))
    if size % page_size:
        raise PlanTruncated(path, (size // page_size + 1) * page_size, size)
    return Header(page_size, page_count, application_id, user_version, size)


def is_ours(path: Path) -> bool:
    """Does the file say it is a styrapp plan (SQLite's mark and our application_id)? No judgement
    beyond that: `read_header` gives the reasons."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(100)
    except OSError:
        return False
    return head.startswith(SQLITE_MAGIC) and len(head) == 100 and struct.unpack(">I", head[68:72])[0] == APPLICATION_ID
