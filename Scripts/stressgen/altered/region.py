"""Removing what a page's content stream draws inside one rectangle: text and painted paths.

Covering a region with an image is not enough to take its text away: the text under it is
still in the content stream and every extractor reads it. So the page's own operators are
walked with the graphics state they need (the CTM through q/Q/cm, the text and line matrices
through BT/Tm/Td/TD/T*), and

- a text-showing operator (Tj, TJ, ', ") whose starting point lies in the rectangle is dropped
  (' and " keep their line move: they become T*, and " its spacing operators);
- a path (m/l/c/v/y/re … S/f/B/n) whose every point lies in the rectangle is dropped with its
  painting operator, unless it is a clipping path (W/W*): clips only bound what follows and are
  kept so q/Q nesting and the rest of the page stay exactly as they were.

Dropping a show cannot move the text after it: Td, TD and T* are relative to the line matrix,
not to where the last show ended, and producers start each run with Tm or Td. Shows chained on
one line (Tj Tj) share the line, so they are all inside or all outside a full-width table band.
Form XObjects and inline images are left alone (no producer draws table text in them)."""
from decimal import Decimal

import pikepdf

IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
PATH_BUILD = {"m", "l", "c", "v", "y", "re", "h"}
PATH_PAINT = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n"}
SHOW = {"Tj", "TJ", "'", '"'}


def mul(m, n):
    """m × n for PDF matrices [a b c d e f] (row-vector convention: p' = p × m × n)."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
            e * A + f * C + E, e * B + f * D + F)


def apply(m, x, y):
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


class Rect:
    def __init__(self, x0, y0, x1, y1):
        self.x0, self.y0, self.x1, self.y1 = min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)

    def holds(self, x, y, slack=0.0):
        return self.x0 - slack <= x <= self.x1 + slack and self.y0 - slack <= y <= self.y1 + slack


def _path_points(op, nums, ctm):
    if op == "re":
        x, y, w, h = nums
        corners = [(x, y), (x + w, y), (x, y + h), (x + w, y + h)]
    elif op == "h":
        corners = []
    else:
        corners = [(nums[i], nums[i + 1]) for i in range(0, len(nums) - 1, 2)]
    return [apply(ctm, x, y) for x, y in corners]


def strip(instructions, rect, slack=1.0):
    """The instructions of a content stream without the text and paths inside `rect` (default
    user space). Returns (kept instructions, number of shows dropped, number of paths dropped)."""
    out = []
    ctm, stack = IDENTITY, []
    tm = tlm = IDENTITY
    leading = 0.0
    path, points, clip = [], [], False
    shows = paths = 0

    def next_line(tlm_, dx, dy):
        m = mul((1, 0, 0, 1, dx, dy), tlm_)
        return m, m

    for ins in instructions:
        if isinstance(ins, pikepdf.ContentStreamInlineImage):
            out.append(ins)
            continue
        operands, op = ins.operands, str(ins.operator)
        nums = [float(v) for v in operands if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool)]
        if op in PATH_BUILD:
            path.append(ins)
            points += _path_points(op, nums, ctm)
            continue
        if op in ("W", "W*"):
            clip = True
            path.append(ins)
            continue
        if op in PATH_PAINT:
            path.append(ins)
            inside = points and all(rect.holds(x, y, slack) for x, y in points)
            if inside and not clip:
                paths += 1
            else:
                out += path
            path, points, clip = [], [], False
            continue
        if op == "q":
            stack.append(ctm)
        elif op == "Q":
            ctm = stack.pop() if stack else IDENTITY
        elif op == "cm":
            ctm = mul(tuple(nums), ctm)
        elif op == "BT":
            tm = tlm = IDENTITY
        elif op == "Tm":
            tm = tlm = tuple(nums)
        elif op == "TL":
            leading = nums[0]
        elif op == "Td":
            tm, tlm = next_line(tlm, nums[0], nums[1])
        elif op == "TD":
            leading = -nums[1]
            tm, tlm = next_line(tlm, nums[0], nums[1])
        elif op == "T*":
            tm, tlm = next_line(tlm, 0, -leading)
        elif op in SHOW:
            if op in ("'", '"'):
                tm, tlm = next_line(tlm, 0, -leading)
            x, y = apply(mul(tm, ctm), 0, 0)
            if rect.holds(x, y):
                shows += 1
                out += _line_move_of(op, operands)
                continue
        out.append(ins)
    return out, shows, paths



def _line_move_of(op, operands):
    """What a dropped ' or " still does: move to the next line (and, for ", set the spacings)."""
    if op == "'":
        return [pikepdf.ContentStreamInstruction([], pikepdf.Operator("T*"))]
    if op == '"':
        aw, ac = operands[0], operands[1]
        return [pikepdf.ContentStreamInstruction([aw], pikepdf.Operator("Tw")),
                pikepdf.ContentStreamInstruction([ac], pikepdf.Operator("Tc")),
                pikepdf.ContentStreamInstruction([], pikepdf.Operator("T*"))]
    return []


def strip_page(pdf, page, rect):
    """Replace `page`'s content with its content less what lies in `rect`; returns the counts."""
    kept, shows, paths = strip(pikepdf.parse_content_stream(page), rect)
    page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(kept))
    return shows, paths
