"""JSON writing with exact decimals (a Decimal prints as its own digits, never via float)."""
import json
from decimal import Decimal


class _Raw(float):
    """A float subclass whose repr is fixed text, so json.dumps prints the decimal as given."""

    def __new__(cls, text):
        obj = super().__new__(cls, float(text))
        obj.text = text
        return obj

    def __repr__(self):
        return self.text


def _prep(v):
    if isinstance(v, Decimal):
        if v == v.to_integral_value():
            return int(v)
        return _Raw(format(v.normalize(), "f"))
    if isinstance(v, dict):
        return {k: _prep(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_prep(x) for x in v]
    return v


def dumps(doc):
    """The document as indented UTF-8 JSON text with a trailing newline."""
    return json.dumps(_prep(doc), ensure_ascii=False, indent=1, cls=_Encoder) + "\n"


class _Encoder(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        # force the pure-Python encoder so float subclasses print with their own repr
        return json.encoder._make_iterencode(
            {}, self.default, json.encoder.py_encode_basestring, self.indent, _floatstr,
            self.key_separator, self.item_separator, self.sort_keys, self.skipkeys, _one_shot)(o, 0)


def _floatstr(o):
    return repr(o)


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f, parse_float=Decimal)
