"""Free CJK fonts from Debian packages (Scripts/install-deps --samples installs them).

Each entry: fontconfig family (for HTML/CSS and LibreOffice), file and face index for reportlab
(None where reportlab cannot embed it: CFF-outline OpenType like Noto CJK)."""
import os

FONTS = [
    ("Noto Serif CJK SC", None),                                        # fonts-noto-cjk
    ("Noto Sans CJK SC", None),                                         # fonts-noto-cjk
    ("AR PL UMing CN", ("/usr/share/fonts/truetype/arphic/uming.ttc", 0)),   # fonts-arphic-uming
    ("AR PL UKai CN", ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0)),     # fonts-arphic-ukai
    ("WenQuanYi Zen Hei", ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0)),  # fonts-wqy-zenhei
    ("WenQuanYi Micro Hei", ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0)),  # fonts-wqy-microhei
]


def installed():
    """Families whose font file is present (the Noto ones are checked by their directory)."""
    out = []
    for family, rl in FONTS:
        path = rl[0] if rl else "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
        if os.path.exists(path):
            out.append(family)
    return out


def reportlab_fonts():
    """{short name: (file, index)} of the fonts reportlab can embed."""
    return {family.replace(" ", ""): rl for family, rl in FONTS if rl and os.path.exists(rl[0])}


def truetype_families():
    return [family for family, rl in FONTS if rl and os.path.exists(rl[0])]
