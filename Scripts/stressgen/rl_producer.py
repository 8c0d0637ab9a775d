"""Producer (a): samplegen's reportlab layout with drawn parameters, more fonts and page sizes."""
from reportlab.lib.pagesizes import A4, B5, LETTER
from reportlab.pdfgen import canvas

from samplegen import rl_render

from . import fonts

PAGE_SIZES = {"A4": A4, "Letter": LETTER, "B5": B5}


class Renderer(rl_render.Renderer):
    """rl_render's Renderer on another page size (it draws on A4 only)."""

    def __init__(self, rep, path, page):
        super().__init__(rep, path)
        size = PAGE_SIZES[page]
        self.c = canvas.Canvas(path, pagesize=size, invariant=1, pageCompression=1)
        self.c.setTitle(rep.title)
        self.c.setAuthor("")
        self.c.setCreator(rep.spec.get("creator", "Microsoft Word"))
        self.W, self.H = size

    def wrap(self, text, font, size, width, indent=0.0):
        """rl_render's wrap lets a closing mark (”）。) overhang the cell edge, which can put a
        stray ” inside the next (value) cell; Word instead carries the previous character down
        with it (kinsoku). Do as Word does."""
        lines = []
        for para in text.split("\n"):
            cur, w = "", indent
            for ch in para:
                cw = self.width(ch, font, size)
                if cur and w + cw > width + 0.01:
                    if ch in rl_render.NO_LINE_START and len(cur) > 1:
                        lines.append(cur[:-1])
                        cur = cur[-1]
                    else:
                        lines.append(cur)
                        cur = ""
                    w = self.width(cur, font, size)
                cur += ch
                w += cw
            lines.append(cur)
        return lines


def produce(rep, params, pdf_path):
    # rl_render looks fonts up by short name in its FONTS table: add every TrueType CJK font
    for name, where in fonts.reportlab_fonts().items():
        rl_render.FONTS.setdefault(name, where)
    params = dict(params)
    page = params.pop("page", "A4")
    rep.spec.update(params)            # rl_render reads its layout knobs from the report's spec
    Renderer(rep, pdf_path, page).render()
