"""The seed report 包屯镇人民政府 2024, rebuilt from shared/examples/baotun-2024-as-extracted.txt."""
import re

SOURCE = "/work/shared/examples/baotun-2024-as-extracted.txt"
HEAD = re.compile(r"^([一二三四五六])、(.+)$")


def sections():
    """The report's six sections with the prose of 一, 五 and 六 as printed (tables are zeros)."""
    with open(SOURCE, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f]
    out = []
    cur = None
    for line in lines[1:]:
        s = line.strip()
        if "\t" in line:
            continue
        m = HEAD.match(s)
        if m and len(s) < 40:
            cur = {"number": m.group(1), "title": m.group(2), "paragraphs": []}
            out.append(cur)
            continue
        if cur is None or not s or "\t" in line or cur["number"] in "二三四":
            continue
        s = re.sub(r"^-\s*", "", s)
        # undo the extractor's line-wrap artefacts: a space left between CJK characters
        s = re.sub(r"(?<=[\u4e00-\u9fff，。、）])\s+(?=[\u4e00-\u9fff（])", "", s)
        s = s.replace("(", "（").replace(")", "）").replace(",", "，").replace(":", "：")
        cur["paragraphs"].append(s)
    return out
