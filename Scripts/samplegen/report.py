"""One synthetic report: its values, the text printed in each cell, its prose, and the expected
JSON derived from exactly what is printed."""
import random
from decimal import Decimal

from . import schema, prose


class Report:
    """Everything a producer needs to print one report, plus its ground truth.

    `text[path]` is the string printed in a value cell ('' = blank); `values[path]` is the canonical
    value of that print (None for blank)."""

    def __init__(self, spec):
        self.spec = spec
        self.slug = spec["slug"]
        self.fmt = spec.get("format", "2021")
        self.split_other = spec.get("split_other", self.fmt == "2021")
        self.agency = spec["agency"]
        self.year = spec["year"]
        self.rng = random.Random(spec["seed"])
        self.text = {}
        self.values = {}
        self.unit = None
        self.notes = list(spec.get("notes", []))
        self.row_order = [k for k, _ in schema.app_rows(self.split_other)]
        self.labels = dict(schema.app_rows(self.split_other))
        self.group_labels = dict(schema.GROUP_LABELS)
        self.title = spec.get("title") or f"{self.agency}{self.year}年政府信息公开工作年度报告"
        self.title_lines = spec.get("title_lines") or [self.title]
        self._generate()
        self.sections = spec.get("sections") or prose.sections(self)

    # ---- value generation -------------------------------------------------------------------
    def put(self, path, value, text=None):
        if text is None:
            text = "" if value is None else str(value)
        self.values[path] = value
        self.text[path] = text

    def _scale(self):
        return {"zero": 0, "small": 1, "medium": 2, "large": 3}[self.spec.get("magnitude", "small")]

    def _generate(self):
        rng = self.rng
        s = self._scale()
        self._gen_proactive(rng, s)
        self._gen_applications(rng, s)
        self._gen_review(rng, s)
        self._apply_print_styles(rng)

    def _gen_proactive(self, rng, s):
        big = self.spec.get("big_counts", False)
        if self.fmt == "2021":
            for key in ("rules", "normative_documents"):
                if s == 0:
                    issued = repealed = in_force = 0
                elif key == "rules":
                    issued = rng.choice([0, 0, 0, 1, 2]) if s < 3 else rng.randint(0, 12)
                    repealed = rng.choice([0, 0, 1])
                    in_force = issued + rng.randint(0, 30 * s)
                else:
                    issued = rng.randint(0, 8 * s * s)
                    repealed = rng.randint(0, 3 * s * s)
                    in_force = issued + rng.randint(repealed, 40 * s * s + repealed)
                for col, v in (("issued", issued), ("repealed", repealed), ("in_force", in_force)):
                    self.put(f"proactive.{key}.{col}", v)
            for key in ("licensing", "penalty", "coercion"):
                if s == 0:
                    v = 0
                elif big and key != "coercion":
                    v = rng.randint(1_000_000, 9_999_999)
                else:
                    v = rng.randint(0, [0, 60, 900, 40000][s])
                self.put(f"proactive.{key}", v)
            dec = self.spec.get("fee_decimals", 2)
            if s == 0:
                fee = Decimal(0)
            else:
                fee = Decimal(rng.randint(0, 10 ** (s + 3 + dec))) / Decimal(10 ** dec)
                fee = fee.quantize(Decimal(1).scaleb(-dec))
            self.put("proactive.fees_10k_yuan", fee, str(fee) if dec else str(int(fee)))
        else:
            for key in ("rules", "normative_documents"):
                made = 0 if s == 0 or (key == "rules" and rng.random() < 0.7) else rng.randint(0, 10 * s * s)
                pub = made if rng.random() < 0.7 else max(0, made - rng.randint(0, 2))
                total = pub + (0 if s == 0 else rng.randint(0, 50 * s * s))
                self.put(f"proactive.{key}.new_made", made)
                self.put(f"proactive.{key}.new_published", pub)
                self.put(f"proactive.{key}.total_published", total)
            for key in ("licensing", "other_admin_services", "penalty", "coercion"):
                prev = 0 if s == 0 else rng.randint(0, 30 * s * s)
                change = 0 if s == 0 else rng.randint(-min(prev, 5 * s), 5 * s)
                dec = 0 if s == 0 else rng.randint(0, [0, 80, 1500, 60000][s])
                self.put(f"proactive.{key}.prev_year_items", prev)
                self.put(f"proactive.{key}.change", change, self._signed(change))
                self.put(f"proactive.{key}.decisions", dec)
            prev = 0 if s == 0 else rng.randint(0, 6 * s)
            change = 0 if s == 0 else rng.randint(-min(prev, 2), 2)
            self.put("proactive.fees.prev_year_items", prev)
            self.put("proactive.fees.change", change, self._signed(change))
            items = 0 if s == 0 else rng.randint(0, 20 * s)
            self.put("proactive.procurement.items", items)
            unit = self.spec.get("procurement_unit", "元")
            if items == 0:
                amount = Decimal(0)
            elif unit == "元":
                amount = Decimal(rng.randint(5, 5000) * 1000)
            else:
                amount = Decimal(rng.randint(10, 999999)) / 100
            self.unit = unit if self.spec.get("unit_in_cell", True) else None
            text = f"{amount}{unit}" if self.unit else str(amount)
            self.put("proactive.procurement.total_amount", amount, text)

    def _signed(self, v):
        if v > 0 and self.spec.get("plus_sign", False):
            return f"+{v}"
        return str(v)

    def _gen_applications(self, rng, s):
        results = schema.result_row_keys(self.row_order)
        cols = schema.APPLICANT_KEYS
        rows = {r: {c: 0 for c in cols} for r in self.row_order}
        if s > 0:
            weights = {
                "granted": 30, "partially_granted": 10, "unable.not_held": 18,
                "unable.needs_creation": 4, "unable.unclear": 3, "not_processed.petition": 3,
                "not_processed.duplicate": 3, "not_processed.publication": 1,
                "not_processed.excessive": 1, "not_processed.reconfirm": 2,
                "other.no_correction": 3, "other.fee_unpaid": 1, "other.other": 3, "other.unsplit": 6,
            }
            w = {r: weights.get(r, 1) * (0 if rng.random() < 0.35 else 1) for r in results}
            w["granted"] = max(w["granted"], 30)
            col_scale = {"natural_person": 1.0, "commercial": 0.25, "research": 0.03,
                         "nonprofit": 0.03, "legal_services": 0.1, "other": 0.06}
            base = [0, 30, 300, 4000][s]
            fixed = {"natural_person": 15, "commercial": 4, "legal_services": 2} \
                if self.spec.get("defect") == "sum27" else None
            for c in cols:
                if fixed is not None:
                    if c not in fixed:
                        continue
                    new, co, cf = fixed[c], 0, rng.randint(0, 1)
                else:
                    if c != "natural_person" and rng.random() < 0.45:
                        continue
                    new = int(rng.uniform(0.2, 1.0) * base * col_scale[c] + rng.random() * 2)
                    co = rng.randint(0, max(0, new // 8)) if rng.random() < 0.6 else 0
                    cf = rng.randint(0, max(0, (new + co) // 10)) if rng.random() < 0.6 else 0
                rows["new"][c], rows["carried_over"][c], rows["carried_forward"][c] = new, co, cf
                handled = new + co - cf
                alloc = self._allocate(rng, handled, w)
                for r in results:
                    rows[r][c] = alloc[r]
                rows["total"][c] = handled
        for r in self.row_order:
            rows[r]["total"] = sum(rows[r][c] for c in cols)
            for c in schema.APP_COLUMN_KEYS:
                self.put(f"applications.rows.{r}.{c}", rows[r][c])
        if self.spec.get("defect") == "sum27":
            # one misprinted cell: 自然人 of row `new` printed 21 instead of 15, so the printed
            # parts sum to 27 under a 总计 of 21 (a real source defect; checks 1 and 2 fail)
            self.put("applications.rows.new.natural_person", 21)
            self.notes.append("Source defect reproduced: row new prints 自然人 21 (should be 15); its parts "
                              "sum to 27 under a 总计 of 21, so applications.row_sum[new] and "
                              "applications.balance[natural_person] fail.")

    @staticmethod
    def _allocate(rng, n, weights):
        keys = [k for k, v in weights.items() if v > 0]
        total_w = sum(weights[k] for k in keys)
        alloc = {k: 0 for k in weights}
        if n <= 0:
            return alloc
        if n < 60:
            for _ in range(n):
                x = rng.random() * total_w
                for k in keys:
                    x -= weights[k]
                    if x <= 0:
                        alloc[k] += 1
                        break
                else:
                    alloc[keys[-1]] += 1
        else:
            shares = {k: weights[k] * rng.uniform(0.5, 1.5) for k in keys}
            ssum = sum(shares.values())
            for k in keys:
                alloc[k] = int(n * shares[k] / ssum)
            alloc["granted"] += n - sum(alloc.values())
        return alloc

    def _gen_review(self, rng, s):
        for g, _ in schema.REVIEW_GROUPS:
            parts = [0, 0, 0, 0]
            if s > 0:
                hi = [0, 2, 6, 40][s]
                parts = [rng.randint(0, hi) if rng.random() < 0.6 else 0 for _ in range(4)]
            for (c, _), v in zip(schema.REVIEW_COLUMNS, parts + [sum(parts)]):
                self.put(f"review_litigation.{g}.{c}", v)

    def _apply_print_styles(self, rng):
        sp = self.spec
        if sp.get("zero_blank"):
            for p, v in list(self.values.items()):
                if v == 0 and p.startswith(sp.get("zero_blank_scope", ("applications", "review_litigation"))):
                    self.put(p, None, "")
        if sp.get("blank_total"):
            for r in self.row_order:
                self.put(f"applications.rows.{r}.total", None, "")
            self.notes.append("Source defect reproduced: the 总计 column of table 三 is printed blank.")
        for path, (value, text) in sp.get("annotations", {}).items():
            self.put(path, value, text)
        for path, text in sp.get("overrides", {}).items():
            v = None if text == "" else (Decimal(text) if "." in text else int(text))
            self.put(path, v, text)
        for key, label in sp.get("labels", {}).items():
            self.labels[key] = label
        if sp.get("numbering") == "、":
            for k, v in self.labels.items():
                if len(v) > 1 and v[0].isdigit() and v[1] == ".":
                    self.labels[k] = v[0] + "、" + v[2:]

    # ---- expected JSON -----------------------------------------------------------------------
    def nested(self):
        proactive = {}
        for key, cols in schema.proactive_layout(self.fmt):
            if cols is None:
                proactive[key] = self.values[f"proactive.{key}"]
            else:
                proactive[key] = {c: self.values[f"proactive.{key}.{c}"] for c in cols}
        if self.fmt == "2019":
            proactive["procurement"]["total_amount_unit"] = self.unit
        rows = {r: {c: self.values[f"applications.rows.{r}.{c}"] for c in schema.APP_COLUMN_KEYS}
                for r in self.row_order}
        rl = {g: {c: self.values[f"review_litigation.{g}.{c}"] for c, _ in schema.REVIEW_COLUMNS}
              for g, _ in schema.REVIEW_GROUPS}
        return {
            "schema_version": 1,
            "report": {"title": self.title, "agency": self.agency, "year": self.year,
                       "format": self.fmt},
            "sections": [{"number": s["number"], "title": s["title"]} for s in self.sections],
            "proactive": proactive,
            "applications": {"row_order": list(self.row_order), "rows": rows},
            "review_litigation": rl,
        }

    def expected(self, producer, scanned=None, extra_notes=()):
        doc = self.nested()
        doc["checks"] = schema.compute_checks(doc)
        doc["defects"] = bool(self.spec.get("defect") or self.spec.get("blank_total"))
        doc["scanned"] = scanned
        doc["producer"] = producer
        doc["notes"] = self.notes + list(extra_notes)
        return doc
