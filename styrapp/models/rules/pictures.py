"""The organisation's logo: which bytes are a picture a report can print on its cover. Pure: bytes in,
fields or a refusal out (Pillow comes with matplotlib and ReportLab)."""

from __future__ import annotations

from typing import Any

from ..errors import InvalidValue

LOGO_BYTES = 2 * 1024 * 1024
_LOGO_KINDS = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"))
LOGO_SIDE = 10000  # pixels: more is no logo, and would make every report's cover heavy


def picture_problem(data: bytes) -> InvalidValue | None:
    """Why these bytes are no usable picture (cut off, damaged, absurdly large), or None when the whole
    picture reads. Pillow comes with matplotlib and ReportLab."""
    from io import BytesIO

    from PIL import Image

    try:
        with Image.open(BytesIO(data)) as picture:
            width, height = picture.size
            if max(width, height) > LOGO_SIDE:
                return InvalidValue("logo.too_many_pixels", width=width, height=height, most=LOGO_SIDE)
            picture.load()  # reads it all: a cut-off file fails here, not when a report is printed
    except Exception:  # noqa: BLE001 - Pillow raises many kinds; each means the same to the user
        return InvalidValue("logo.unreadable")
    return None


def logo_fields(data: bytes | None) -> dict[str, Any]:
    """The organisation's logo as fields for `set_organisation`: a PNG or JPEG of at most 2 MB, or
    None to remove it. Anything else is refused with the reason."""
    if data is None:
        return {"logo": None, "logo_mime": None}
    if len(data) > LOGO_BYTES:
        raise InvalidValue("logo.too_big", size=len(data) // 1024, most=LOGO_BYTES // 1024)
    for magic, mime in _LOGO_KINDS:
        if data.startswith(magic):
            problem = picture_problem(data)
            if problem is not None:
                raise problem
            return {"logo": data, "logo_mime": mime}
    raise InvalidValue("logo.not_a_picture")
