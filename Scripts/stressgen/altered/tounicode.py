"""Fonts' ToUnicode CMaps: removed (`no-tounicode`) or rewritten to lie (`lying-tounicode`).

A ToUnicode CMap is what a text extractor reads to turn glyph codes into characters; the glyphs
drawn on the page do not depend on it. Chromium also wraps some glyphs (those its font maps from
more than one character) in `/Span <</ActualText (…)>> BDC … EMC`, which extractors read before
the ToUnicode: those are removed or rewritten with the CMaps. Removing it leaves a reader to guess from the font (its
encoding, glyph names or embedded cmap, if any). Rewriting it makes a page that *looks* right
decode to other text: here every CJK character decodes to another common CJK character and every
digit to another digit, by one permutation for the whole document (the same glyph says the same
wrong thing in every font), so the text stays plausible Chinese with plausible numbers.

Every producer of the stress corpus writes a ToUnicode for each font that shows text (reportlab
also declares a Helvetica it never draws with), so fonts without one are left alone."""
import random
import re

import pikepdf

# Common characters added to the document's own ones, so the permutation also sends the
# report's characters to characters the report does not use.
COMMON_CJK = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子"
    "说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当"
    "使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你"
    "明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果"
    "料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农"
    "指几九区强放决西被干做必战先回则任取据处理府研省市县镇街道办局委厅院会议规划环境交通教育卫生健康"
)


def _is_cjk(ch):
    return "\u4e00" <= ch <= "\u9fff"


# ---- reading and writing CMaps -----------------------------------------------------------------
_HEX = r"<([0-9A-Fa-f\s]*)>"


def _utf16(hexstr):
    data = bytes.fromhex(re.sub(r"\s", "", hexstr))
    return data.decode("utf-16-be", "replace")


def _bump(text, k):
    """A bfrange destination `text` advanced by k: its last code unit is incremented (PDF 32000
    9.10.3); destinations are single characters for every producer seen."""
    if not text:
        return text
    return text[:-1] + chr(ord(text[-1]) + k)


def parse(cmap):
    """(codespace ranges [(lo_hex, hi_hex)], {source code hex (upper case, width kept): text})."""
    spaces = []
    for block in re.findall(r"begincodespacerange(.*?)endcodespacerange", cmap, re.S):
        hexes = re.findall(_HEX, block)
        spaces += [(hexes[i].strip().upper(), hexes[i + 1].strip().upper()) for i in range(0, len(hexes) - 1, 2)]
    mapping = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for src, dst in re.findall(_HEX + r"\s*" + _HEX, block):
            mapping[src.strip().upper()] = _utf16(dst)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for lo, hi, single, array in re.findall(_HEX + r"\s*" + _HEX + r"\s*(?:" + _HEX + r"|\[([^\]]*)\])", block):
            lo, hi = lo.strip(), hi.strip()
            width = len(lo)
            codes = range(int(lo, 16), int(hi, 16) + 1)
            if array:                         # <lo> <hi> [<dst> <dst> ...]: one each
                texts = [_utf16(h) for h in re.findall(_HEX, array)]
            else:                             # <lo> <hi> <dst>: dst, dst + 1, ...
                texts = [_bump(_utf16(single), k) for k in range(len(codes))]
            for code, text in zip(codes, texts):
                mapping[f"{code:0{width}X}"] = text
    return spaces, mapping


def write(spaces, mapping):
    """A CMap with the given codespaces and one bfchar entry per code (no ranges: after a
    permutation consecutive codes no longer map to consecutive characters)."""
    out = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
           "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
           "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
           f"{len(spaces)} begincodespacerange"]
    out += [f"<{lo}> <{hi}>" for lo, hi in spaces]
    out.append("endcodespacerange")
    items = sorted(mapping.items(), key=lambda kv: (len(kv[0]), kv[0]))
    for i in range(0, len(items), 100):       # at most 100 entries per block (PDF 32000 9.10.3)
        chunk = items[i:i + 100]
        out.append(f"{len(chunk)} beginbfchar")
        out += [f"<{src}> <{text.encode('utf-16-be').hex().upper()}>" for src, text in chunk]
        out.append("endbfchar")
    out += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(out).encode("ascii")


# ---- ActualText in marked content ---------------------------------------------------------------
def _spans(page):
    """The page's parsed content stream and the BDC property lists in it holding /ActualText."""
    instructions = pikepdf.parse_content_stream(page)
    found = [ins.operands[1] for ins in instructions
             if not isinstance(ins, pikepdf.ContentStreamInlineImage) and str(ins.operator) == "BDC"
             and len(ins.operands) > 1 and isinstance(ins.operands[1], pikepdf.Dictionary)
             and "/ActualText" in ins.operands[1]]
    return instructions, found


def actual_texts(pdf):
    return [str(props.ActualText) for page in pdf.pages for props in _spans(page)[1]]


def rewrite_actual_text(pdf, change):
    """Apply change(text) -> text or None (None: drop the ActualText) to every /ActualText of a
    BDC property list in the pages' content streams. Returns how many there were."""
    seen = 0
    for page in pdf.pages:
        instructions, found = _spans(page)
        for props in found:
            new = change(str(props.ActualText))
            if new is None:
                del props["/ActualText"]
            else:
                props.ActualText = pikepdf.String(new)
        if found:
            page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(instructions))
        seen += len(found)
    return seen


# ---- the forms ---------------------------------------------------------------------------------
def fonts_with_tounicode(pdf):
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font" and "/ToUnicode" in obj:
            yield obj


def remove(src_pdf, out_pdf):
    """`no-tounicode`: every font's ToUnicode CMap deleted, and every ActualText. Returns facts
    for altered.json."""
    with pikepdf.open(src_pdf) as pdf:
        n = 0
        for font in fonts_with_tounicode(pdf):
            del font["/ToUnicode"]
            n += 1
        spans = rewrite_actual_text(pdf, lambda text: None)
        pdf.save(out_pdf, deterministic_id=True)
    return {"fonts": n, "actual_text_removed": spans}


def permutation(chars, rng):
    """A permutation of `chars` that moves every one of them (a cycle through a shuffled order)."""
    order = sorted(chars)
    rng.shuffle(order)
    return {a: order[(i + 1) % len(order)] for i, a in enumerate(order)} if len(order) > 1 else {}


def lie(src_pdf, out_pdf, seed):
    """`lying-tounicode`: every font's ToUnicode (and every ActualText) rewritten so each CJK
    character decodes to another common CJK character and each digit (ASCII or full-width) to
    another digit."""
    with pikepdf.open(src_pdf) as pdf:
        fonts = list(fonts_with_tounicode(pdf))
        cmaps = [parse(f.ToUnicode.read_bytes().decode("latin-1")) for f in fonts]
        texts = [t for _, m in cmaps for t in m.values()] + actual_texts(pdf)
        used = {ch for text in texts for ch in text if _is_cjk(ch)}
        rng = random.Random(seed)
        cjk = permutation(used | set(COMMON_CJK), rng)
        digits = permutation("0123456789", rng)
        table = dict(cjk)
        table.update(digits)
        table.update({chr(ord(a) + 0xFEE0): chr(ord(b) + 0xFEE0) for a, b in digits.items()})  # ０–９
        def tell(text):
            return "".join(table.get(ch, ch) for ch in text)

        changed = 0
        for font, (spaces, mapping) in zip(fonts, cmaps):
            lying = {src: tell(text) for src, text in mapping.items()}
            changed += sum(1 for src in mapping if lying[src] != mapping[src])
            font.ToUnicode = pdf.make_stream(write(spaces, lying))
        spans = rewrite_actual_text(pdf, tell)
        pdf.save(out_pdf, deterministic_id=True)
    return {"fonts": len(fonts), "codes_changed": changed, "actual_text_rewritten": spans,
            "digits": "".join(digits[d] for d in "0123456789")}
