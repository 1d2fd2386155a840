"""Tagged PDF (PDF/UA-1), part two: writing what the `Tagger` recorded into the finished file, with
pikepdf (qpdf): the structure tree and its parent tree, each page's /StructParents and /Tabs /S, each
link annotation in its Link element (/StructParent, /Contents), /MarkInfo, /Lang, the title shown as
the window's title, and the PDF/UA identification in the XMP metadata.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from .tagging import Element, Tagger


def write_structure(path: Path | str, tagger: Tagger, *, title: str, language: str) -> None:
    """Make the PDF at `path` (written by ReportLab with `tagger` on its canvas) a tagged PDF, in place."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    # Read and written in memory (a few MB) and written back over the file itself, so that a report killed
    # while it is tagged leaves one unfinished file, the writer's own temporary, and no second one beside it
    # (pikepdf's own overwriting saves to a file of its own first).
    path = Path(path)
    with pikepdf.open(BytesIO(path.read_bytes())) as pdf:
        pages = [page.obj for page in pdf.pages]
        annotations: dict[int, list] = {}
        for number in tagger.links:
            annots = pages[number - 1].get("/Annots", Array())
            annotations[number] = [a for a in annots if a.get("/Subtype") == Name.Link]
        parents: dict[int, object] = {}  # parent-tree key → an element (an annotation's) or an Array (a page's)
        by_mcid: dict[int, list] = {number: [None] * len(marks) for number, marks in tagger.pages.items()}
        next_key = [len(pages)]  # keys 0 … pages-1 are the pages'; annotations follow

        def made(element: Element, parent):
            record = Dictionary(Type=Name.StructElem, S=Name("/" + element.role), P=parent)
            ref = pdf.make_indirect(record)
            kids = Array()
            for kid in element.kids:
                if isinstance(kid, Element):
                    kids.append(made(kid, ref))
                elif kid[0] == "link":
                    _page, number = kid[1], kid[2]
                    page = pages[_page - 1]
                    annotation = annotations[_page][number]
                    key = next_key[0]
                    next_key[0] += 1
                    annotation.StructParent = key
                    annotation.Contents = String(element.text or title)
                    parents[key] = ref
                    kids.append(Dictionary(Type=Name.OBJR, Obj=annotation, Pg=page))
                else:
                    number, mcid = kid
                    page = pages[number - 1]
                    if "/Pg" not in record:
                        record.Pg = page
                    if record.Pg.objgen == page.objgen:
                        kids.append(mcid)
                    else:
                        kids.append(Dictionary(Type=Name.MCR, Pg=page, MCID=mcid))
                    by_mcid[number][mcid] = ref
            record.K = kids[0] if len(kids) == 1 and not isinstance(kids[0], Dictionary) else kids
            if element.alt:
                record.Alt = String(element.alt)
            if element.header:
                record.A = Dictionary(O=Name.Table, Scope=Name("/" + element.header))
            return ref

        root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
        document = made(tagger.root, root)
        for number, refs in by_mcid.items():
            pages[number - 1].StructParents = number - 1
            parents[number - 1] = Array(refs)
        for page in pages:
            page.Tabs = Name.S
        nums = Array()
        for key in sorted(parents):
            nums.append(key)
            nums.append(parents[key])
        root.K = document
        root.ParentTree = pdf.make_indirect(Dictionary(Nums=nums))
        root.ParentTreeNextKey = next_key[0]
        pdf.Root.StructTreeRoot = root
        pdf.Root.MarkInfo = Dictionary(Marked=True)
        pdf.Root.Lang = String(language)
        preferences = pdf.Root.get("/ViewerPreferences", Dictionary())
        preferences.DisplayDocTitle = True
        pdf.Root.ViewerPreferences = preferences
        pdf.docinfo.Title = String(title)
        if "/Trapped" in pdf.docinfo:  # ReportLab's /False has no XMP equivalent
            del pdf.docinfo["/Trapped"]
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta.load_from_docinfo(pdf.docinfo)
            meta["dc:title"] = title
            meta["dc:language"] = [language]
            meta["pdfuaid:part"] = "1"
        # The structure's many small dictionaries go into compressed object streams.
        out = BytesIO()
        pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    path.write_bytes(out.getbuffer())
