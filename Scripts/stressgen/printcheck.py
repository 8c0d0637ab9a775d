"""Does a text-layer document print its truth? A producer can lose content on its own:
LibreOffice once laid out table 三's header at the foot of one page and went on with row
5.要求… on the next, printing rows 一 to 4 nowhere (stress 9001:48). Scoring such a document
measures the producer, not the extractor, so it is counted apart as a producer fault.

The check is deliberately coarse: the first characters of each table-三 row label's body must
occur somewhere in the PDF's text (poppler's pdftotext, whitespace removed). Wrapped labels,
typos and numbering variants leave most prefixes intact; a lost block of rows removes several."""
import re
import subprocess

from samplegen import schema

PREFIX = 4          # characters of a label body looked for
# More missing prefixes than this: a producer fault. Measured on 712 kept documents (seeds 103,
# 2026, 9001): 0–7 prefixes go missing where the table is printed whole (vertical group labels
# and narrow columns make pdftotext interleave wrapped labels); the one real fault lost 19.
MISSING_LIMIT = 10


def body(label):
    return re.sub(r"^[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*", "", label)


def missing_rows(pdf, row_order, pages=None):
    """The table-三 row keys whose label prefix the PDF's text lacks (in `pages`, [first, last],
    when given: one report of a compilation)."""
    span = ["-f", str(pages[0]), "-l", str(pages[1])] if pages else []
    try:
        text = subprocess.run(["pdftotext"] + span + [pdf, "-"], capture_output=True, text=True,
                              timeout=60).stdout
    except (OSError, subprocess.TimeoutExpired):
        return []
    flat = re.sub(r"\s+", "", text)
    labels = dict(schema.app_rows(True) + schema.app_rows(False))
    missing = []
    for key in row_order:
        prefix = body(labels.get(key, ""))[:PREFIX]
        if prefix and prefix not in flat:
            missing.append(key)
    return missing


def producer_fault(pdf, row_order, pages=None):
    """A sentence when the PDF fails to print its table 三, else None."""
    missing = missing_rows(pdf, row_order, pages)
    if len(missing) > MISSING_LIMIT:
        return f"the PDF does not print {len(missing)} of table 三's rows ({', '.join(missing[:4])} …)"
    return None
