"""A reader of tagged PDF that checks the PDF/UA-1 rules a machine can check (those of the Matterhorn
Protocol that apply to what styrapp writes): the structure tree and its parent tree, every piece of
content either tagged or an artifact, figures with alternative text, header cells with their scope,
headings without skipped levels, links in the tree with their text, embedded fonts with ToUnicode, and
the document's /MarkInfo, /Lang, DisplayDocTitle, title and PDF/UA identification. It returns what is
wrong, in words, so a failing test says where."""

from __future__ import annotations

from dataclasses import dataclass, field

import pikepdf
from pikepdf import Dictionary, Name

STANDARD = {"Document", "Part", "Sect", "Div", "P", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody",
            "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot", "Figure", "Caption", "TOC", "TOCI", "Link", "Span",
            "Reference", "Note", "BlockQuote", "NonStruct"}
PARENTS = {"TR": {"Table", "THead", "TBody", "TFoot"}, "TH": {"TR"}, "TD": {"TR"}, "TOCI": {"TOC"},
           "LI": {"L"}}
PAINT = {"Tj", "TJ", "'", '"', "Do", "f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "sh", "BI", "EI"}


@dataclass
class Tree:
    """What the structure tree holds: elements in reading order as (type, alt, depth), and the MCIDs
    per page each element owns."""

    elements: list[tuple[str, str, int]] = field(default_factory=list)
    mcids: dict[tuple, object] = field(default_factory=dict)  # (page objgen, mcid) → element objgen
    objects: set = field(default_factory=set)  # objgens of the annotations the tree names

    def roles(self) -> list[str]:
        return [role for role, _alt, _depth in self.elements]

    def alts(self, role: str = "Figure") -> list[str]:
        return [alt for r, alt, _depth in self.elements if r == role]


def read_tree(pdf) -> tuple[Tree, list[str]]:
    problems: list[str] = []
    tree = Tree()
    root = pdf.Root.get("/StructTreeRoot")
    if root is None:
        return tree, ["no structure tree"]

    def walk(element, parent_role: str, depth: int, page):
        role = str(element.get("/S", ""))[1:]
        if role not in STANDARD:
            problems.append(f"not a standard structure type: {role}")
        if role in PARENTS and parent_role not in PARENTS[role]:
            problems.append(f"{role} inside {parent_role}")
        alt = str(element.get("/Alt", ""))
        if role == "Figure" and not alt.strip():
            problems.append("a Figure without alternative text")
        if role == "TH":
            attributes = element.get("/A")
            if attributes is None or attributes.get("/Scope") not in (Name.Column, Name.Row, Name.Both):
                problems.append("a TH without /Scope")
        tree.elements.append((role, alt, depth))
        page = element.get("/Pg", page)
        kids = element.get("/K")
        if kids is None:
            return
        if not isinstance(kids, pikepdf.Array):
            kids = [kids]
        has_link_object = False
        for kid in kids:
            if isinstance(kid, int):
                if page is None:
                    problems.append(f"an MCID of {role} without a page")
                    continue
                tree.mcids[(page.objgen, int(kid))] = element.objgen
            elif isinstance(kid, Dictionary) and kid.get("/Type") == Name.MCR:
                tree.mcids[(kid.Pg.objgen, int(kid.MCID))] = element.objgen
            elif isinstance(kid, Dictionary) and kid.get("/Type") == Name.OBJR:
                tree.objects.add(kid.Obj.objgen)
                has_link_object = True
            elif isinstance(kid, Dictionary):
                if kid.get("/P") is None or kid.P.objgen != element.objgen:
                    problems.append(f"a kid of {role} whose /P is not its parent")
                walk(kid, role, depth + 1, page)
        if role == "Link" and not has_link_object:
            problems.append("a Link without its annotation")

    document = root.K
    if str(document.get("/S")) != "/Document":
        problems.append("the tree's root is not a Document")
    walk(document, "", 0, None)
    # The parent tree leads from each page's MCIDs (and each annotation) back to its element.
    nums = list(root.ParentTree.get("/Nums", []))
    parents = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
    for number, page in enumerate(pdf.pages, start=1):
        key = page.obj.get("/StructParents")
        if key is None:
            continue
        refs = parents.get(int(key))
        if refs is None:
            problems.append(f"page {number}: its /StructParents is not in the parent tree")
            continue
        for mcid, ref in enumerate(refs):
            owner = tree.mcids.get((page.obj.objgen, mcid))
            if owner is None or ref.objgen != owner:
                problems.append(f"page {number}: MCID {mcid} leads to the wrong element")
    return tree, problems


def read_content(pdf) -> tuple[dict[tuple, int], list[str], int]:
    """Each page's content: every painting operator inside a tagged sequence (an MCID) or an artifact,
    no sequence nested in a tagged one. Returns the MCIDs seen per page, what is wrong, and how many
    artifact sequences there are."""
    problems: list[str] = []
    seen: dict[tuple, int] = {}
    artifacts = 0
    for number, page in enumerate(pdf.pages, start=1):
        stack: list[str] = []
        untagged = 0
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op in ("BDC", "BMC"):
                tag = str(operands[0])[1:]
                mcid = None
                if op == "BDC" and isinstance(operands[1], Dictionary) and "/MCID" in operands[1]:
                    mcid = int(operands[1].MCID)
                if any(kind != "Artifact" and kind != "plain" for kind in stack) and (mcid is not None or tag == "Artifact"):
                    problems.append(f"page {number}: a {tag} sequence nested inside tagged content")
                if tag == "Artifact":
                    artifacts += 1
                    stack.append("Artifact")
                elif mcid is not None:
                    key = (page.obj.objgen, mcid)
                    if key in seen:
                        problems.append(f"page {number}: MCID {mcid} used twice")
                    seen[key] = number
                    stack.append(tag)
                else:
                    stack.append("plain")
            elif op == "EMC":
                if not stack:
                    problems.append(f"page {number}: EMC without its BDC")
                else:
                    stack.pop()
            elif op in PAINT and not any(kind != "plain" for kind in stack):
                untagged += 1
        if stack:
            problems.append(f"page {number}: {len(stack)} marked sequences left open")
        if untagged:
            problems.append(f"page {number}: {untagged} drawing operators neither tagged nor an artifact")
    return seen, problems, artifacts


def read_fonts(pdf) -> list[str]:
    problems: list[str] = []
    checked: set = set()

    def fonts_in(resources):
        if resources is None:
            return
        for _name, font in dict(resources.get("/Font", {})).items():
            if font.objgen in checked:
                continue
            checked.add(font.objgen)
            base = str(font.get("/BaseFont", ""))
            descriptor = font.get("/FontDescriptor")
            if font.get("/Subtype") == Name.Type0:
                descriptor = font.DescendantFonts[0].get("/FontDescriptor")
            if descriptor is None or not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                problems.append(f"font {base} is not embedded")
            if "/ToUnicode" not in font:
                problems.append(f"font {base} has no ToUnicode")
        for _name, xobject in dict(resources.get("/XObject", {})).items():
            if xobject.get("/Subtype") == Name.Form:
                fonts_in(xobject.get("/Resources"))

    for page in pdf.pages:
        fonts_in(page.obj.get("/Resources"))
    return problems


def check(path) -> tuple[Tree, list[str]]:
    """The structure of the PDF at `path`, and every rule it breaks."""
    with pikepdf.open(path) as pdf:
        tree, problems = read_tree(pdf)
        seen, content_problems, artifacts = read_content(pdf)
        problems += content_problems
        for key, number in seen.items():
            if key not in tree.mcids:
                problems.append(f"page {number}: MCID {key[1]} is in no structure element")
        for key in tree.mcids:
            if key not in seen:
                problems.append(f"MCID {key[1]} of the tree is not on its page")
        for number, page in enumerate(pdf.pages, start=1):
            annotations = list(page.obj.get("/Annots", []))
            if annotations and page.obj.get("/Tabs") != Name.S:
                problems.append(f"page {number}: annotations but no /Tabs /S")
            for annotation in annotations:
                if annotation.objgen not in tree.objects or "/StructParent" not in annotation:
                    problems.append(f"page {number}: an annotation outside the structure tree")
                if not str(annotation.get("/Contents", "")).strip():
                    problems.append(f"page {number}: an annotation without /Contents")
        problems += read_fonts(pdf)
        mark = pdf.Root.get("/MarkInfo")
        if mark is None or mark.get("/Marked") is not True:
            problems.append("no /MarkInfo /Marked true")
        if not str(pdf.Root.get("/Lang", "")).strip():
            problems.append("no /Lang")
        preferences = pdf.Root.get("/ViewerPreferences")
        if preferences is None or preferences.get("/DisplayDocTitle") is not True:
            problems.append("the title is not shown as the window's title")
        meta = pdf.open_metadata()
        if meta.get("pdfuaid:part") != "1":
            problems.append("no PDF/UA identification in the XMP metadata")
        if not meta.get("dc:title"):
            problems.append("no dc:title in the XMP metadata")
        if not str(pdf.docinfo.get("/Title", "")).strip():
            problems.append("no title")
        if not artifacts:
            problems.append("no artifacts (the running header and footer should be)")
        headings = [int(role[1]) for role in tree.roles() if role in ("H1", "H2", "H3", "H4", "H5", "H6")]
        for before, after in zip(headings, headings[1:], strict=False):
            if after > before + 1:
                problems.append(f"a heading level skipped: H{before} then H{after}")
                break
    return tree, problems
