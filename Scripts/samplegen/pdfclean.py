"""Make producer output byte-reproducible: fixed CreationDate/ModDate and a content-derived /ID.

Replacements keep every byte length, so the xref table stays valid."""
import hashlib
import re

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
