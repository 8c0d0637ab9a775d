"""Altered text-layer documents (`--kind altered`, `--kind altered:NAME`).

Each one starts from the normal text document of its id (text.pdf, whatever producer drew it)
and changes the PDF so that what a reader sees and what the text layer says part ways, or the
pages are not simply the report's: its truth stays the truth of text.pdf (the page still shows
the same report). A form is one `Form(name, draw, produce, about)` entry in FORMS:
`draw(rng)` returns its parameters (before text.pdf exists, so it names no pages),
`produce(src, out, params, doc)` writes out from src and returns facts about what it did
(the pages chosen, what was removed), kept as altered.json beside the document."""
from ..seeds import stream
from . import cover, pages, table_picture, tounicode


class Form:
    def __init__(self, name, draw, produce, about):
        self.name, self.draw, self.produce, self.about = name, draw, produce, about


def _no_params(rng):
    return {}


FORMS = {f.name: f for f in [
    Form("lying-tounicode", lambda rng: {"perm": rng.getrandbits(32)},
         lambda src, out, p, doc: tounicode.lie(src, out, p["perm"]),
         "ToUnicode CMaps send every CJK character and digit to another one"),
    Form("no-tounicode", _no_params, lambda src, out, p, doc: tounicode.remove(src, out),
         "ToUnicode CMaps removed"),
    Form("outlines", _no_params, lambda src, out, p, doc: pages.outlines(src, out),
         "text drawn as vector outlines (no text layer, no image)"),
    Form("table-picture", table_picture.draw, lambda src, out, p, doc: table_picture.produce(src, out, p),
         "table 三 a picture, the rest text"),
    Form("mixed", pages.draw_mixed,
         lambda src, out, p, doc: pages.mixed(src, out, p, doc.rep.agency, doc.dseed),
         "some pages scanned (mild), the others text"),
    Form("rotated", pages.draw_rotated, lambda src, out, p, doc: pages.rotated(src, out, p),
         "/Rotate 90 or 270 with the content turned back: displays upright"),
    Form("cover-appendix", cover.draw,
         lambda src, out, p, doc: cover.produce(src, out, p, doc.rep.agency, doc.rep.year),
         "an unrelated cover page before the report, appendix pages after"),
]}


def parse_kind(kind):
    """'altered' -> None (a form drawn per document); 'altered:NAME' -> NAME. Raises ValueError."""
    if kind == "altered":
        return None
    name = kind.split(":", 1)[1]
    if name not in FORMS:
        raise ValueError(f"unknown altered form {name!r} (known: {', '.join(FORMS)})")
    return name


def draw(dseed, name=None):
    """The form (drawn from the document's 'altered' stream unless named) and its parameters,
    drawn from the form's own stream: naming the form gives the same parameters as drawing it."""
    if name is None:
        name = stream(dseed, "altered").choice(list(FORMS))
    params = FORMS[name].draw(stream(dseed, "altered-" + name))
    return dict(params, form=name)


def produce(src_pdf, out_pdf, params, doc):
    p = {k: v for k, v in params.items() if k != "form"}
    return FORMS[params["form"]].produce(src_pdf, out_pdf, p, doc) or {}


def describe(params):
    form = params["form"]
    extra = ", ".join(f"{k}={v}" for k, v in params.items() if k not in ("form", "scan"))
    return f"altered {form}: {FORMS[form].about}" + (f" ({extra})" if extra else "")
