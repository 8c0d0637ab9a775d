"""Make producer output byte-reproducible: fixed CreationDate/ModDate and a content-derived /ID.

Replacements keep every byte length, so the xref table stays valid."""
import hashlib
import re
import zlib

FIXED_DIGITS = "20240101000000"


def normalize_bytes(data):
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)([^)]*)",
                  lambda m: m.group(1) + _fix_date_bytes(m.group(2)), data)
    blank = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)",
                   lambda m: m.group(1) + b"0" * len(m.group(2)) + m.group(3) + b"0" * len(m.group(4)) + m.group(5),
                   data)
    blank = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), blank)
    digest = hashlib.md5(blank).hexdigest().upper().encode()

    def put_id(m):
        a = (digest * 4)[: len(m.group(2))]
        b = (digest * 4)[: len(m.group(4))]
        return m.group(1) + a + m.group(3) + b + m.group(5)
    out = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)", put_id, blank)
    return re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)",
                  lambda m: m.group(1) + (digest * 4)[: len(m.group(2))], out)


def _fix_date_bytes(raw):
    s = raw.decode("latin-1")
    out = []
    j = 0
    for ch in s:
        if ch.isdigit() and j < len(FIXED_DIGITS):
            out.append(FIXED_DIGITS[j])
            j += 1
        else:
            out.append(ch)
    return "".join(out).encode("latin-1")


def normalize(src, dst):
    with open(src, "rb") as f:
        data = f.read()
    with open(dst, "wb") as f:
        f.write(normalize_bytes(data))


def _eexec(data, decrypt, r=55665):
    out = bytearray()
    for c in data:
        if decrypt:
            out.append(c ^ (r >> 8))
            r = ((c + r) * 52845 + 22719) & 0xFFFF
        else:
            e = c ^ (r >> 8)
            out.append(e)
            r = ((e + r) * 52845 + 22719) & 0xFFFF
    return bytes(out)


def canonicalize_lo(path):
    """Undo LibreOffice's run-to-run variation in place.

    LibreOffice numbers the Type 1 fonts it builds from CFF fonts (Noto CJK) with a process-wide
    /UniqueID counter and writes font objects in an order that changes between runs; the glyph
    programs themselves are identical. Give each font a UniqueID from its sorted BaseFont name
    (same digit count, so Length1/Length2 stay valid) and let qpdf renumber the objects in
    traversal order with a content-derived /ID."""
    import pikepdf
    pdf = pikepdf.open(path, allow_overwriting_input=True)
    files = {}
    for page in pdf.pages:
        fonts = page.Resources.get("/Font") or {}
        for name in fonts.keys():
            font = fonts[name]
            fd = font.get("/FontDescriptor")
            ff = fd.get("/FontFile") if fd is not None else None
            if ff is not None and "/Length1" in ff:
                files[str(font.BaseFont)] = ff
    for idx, base in enumerate(sorted(files)):
        ff = files[base]
        data = ff.read_bytes()
        l1, l2 = int(ff.Length1), int(ff.Length2)
        uid = str(4100001 + idx).encode()
        sub = lambda b: re.sub(rb"/UniqueID (\d{7}) def", b"/UniqueID " + uid + b" def", b)
        clear = sub(data[:l1])
        plain = sub(_eexec(data[l1:l1 + l2], True))
        enc = _eexec(plain, False)
        new = clear + enc + data[l1 + l2:]
        assert len(new) == len(data)
        ff.write(zlib.compress(new, 9), filter=pikepdf.Name.FlateDecode)
    for key in ("/DocChecksum", "/ID"):
        if key in pdf.trailer:
            del pdf.trailer[key]
    pdf.save(path, deterministic_id=True, object_stream_mode=pikepdf.ObjectStreamMode.disable,
             compress_streams=True, linearize=False)
