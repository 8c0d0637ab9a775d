"""Cell-by-cell comparison of an extractor output with an expected JSON; shared by
Scripts/evaluate (the sample corpus) and Scripts/stress (random documents)."""
import json
import re
from decimal import Decimal, InvalidOperation

from . import schema


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f, parse_float=Decimal, parse_int=Decimal)


def same_number(a, b):
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, bool) or isinstance(b, bool):
        return False
    try:
        return Decimal(str(a)) == Decimal(str(b))
    except (InvalidOperation, ValueError):
        return False


def norm_title(s):
    return re.sub(r"\s+", "", s or "")


def show(v):
    return "blank" if v is None else str(v)


def compare(exp, out):
    """(cell mismatches [(path, expected, found)], field mismatches [(field, expected, found)])."""
    fmt = exp["report"]["format"]
    order = exp["applications"]["row_order"]
    cells = []
    for path in schema.cell_paths(fmt, order):
        e = schema.get_path(exp, path)
        try:
            o = schema.get_path(out, path)
        except (KeyError, TypeError, AttributeError):
            o = "<absent>"
        if o == "<absent>" or not same_number(e, o):
            cells.append((path, e, o))
    fields = []
    for key in ("agency", "year", "format"):
        e = exp["report"][key]
        o = (out.get("report") or {}).get(key) if isinstance(out.get("report"), dict) else None
        ok = same_number(e, o) if key == "year" else (norm_title(str(e)) == norm_title(str(o)) if o is not None else False)
        if not ok:
            fields.append((f"report.{key}", e, o))
    o_order = (out.get("applications") or {}).get("row_order") if isinstance(out.get("applications"), dict) else None
    if o_order != order:
        fields.append(("applications.row_order", "[" + ",".join(order) + "]", o_order))
    if fmt == "2019":
        e = exp["proactive"]["procurement"].get("total_amount_unit")
        try:
            o = out["proactive"]["procurement"].get("total_amount_unit")
        except (KeyError, TypeError, AttributeError):
            o = "<absent>"
        if e != o:
            fields.append(("proactive.procurement.total_amount_unit", e, o))
    e_secs = [(s["number"], norm_title(s["title"])) for s in exp["sections"]]
    o_secs = [(s.get("number"), norm_title(s.get("title"))) for s in (out.get("sections") or [])
              if isinstance(s, dict)]
    if e_secs != o_secs:
        fields.append(("sections", " ".join(f"{n}、{t}" for n, t in e_secs),
                       " ".join(f"{n}、{t}" for n, t in o_secs)))
    return cells, fields
