#!/usr/bin/env python3
"""Turn the hand annotations in eval/dev/ann/<name>.ann into eval/dev/gold/<name>.jsonl.

The .ann files are the annotators' working notes: one fact per line, in reading
order, so that the offsets need not be counted by hand. This script only locates
each span in the page (searching forward from the previous fact) and fills in
the derived fields (start, end, article, title, sentence). Every judgement
(kind, value, unit, qualifier, date, period, metric, optional, why) is written
by hand in the .ann file.

.ann syntax (fields separated by '|', blank field = null; no '|' inside a field):
  # comment
  @article TITLE          a new article starts at TITLE (searched forward); title = TITLE
  @furniture TITLE        same, for furniture after the last article (a teaser list)
  @title TITLE            change the title without starting an article (a teaser's own headline)
  SPAN[@@CONTEXT] | kind | value | unit | qualifier | date | period | metric | opt | why
      CONTEXT, when given, is a longer string (searched forward) that contains SPAN,
      to skip earlier occurrences of SPAN; value may be a Python arithmetic expression.
"""
import html.parser
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(ROOT, "dev")


class _Text(html.parser.HTMLParser):
    """Visible text of an HTML page, block elements on lines of their own."""

    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "li", "ul", "ol", "header", "footer", "nav", "aside",
             "article", "section", "main", "title", "br", "figcaption", "figure", "button", "table", "tr", "td", "th",
             "caption", "blockquote", "h5", "h6", "dt", "dd"}
    SKIP = {"script", "style", "noscript", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def page_text(path):
    """The text a reader sees: the file itself for .txt, the visible text for .html."""
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if not path.endswith((".html", ".htm")):
        return raw
    p = _Text()
    p.feed(raw)
    lines = [" ".join(l.split()) for l in "".join(p.out).split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


ABBREV = ("Mr.", "Mrs.", "Ms.", "Dr.", "St.", "No.", "U.S.", "U.K.", "Inc.", "Ltd.", "Corp.", "Co.",
          "vs.", "e.g.", "i.e.", "a.m.", "p.m.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
          "Gov.", "Gen.", "no.", "vol.", "pp.", "Sen.", "Rep.", "Prof.", "approx.", "c.", "bln.", "mln.")


def sentence_at(text, start, end):
    """The sentence holding text[start:end]: bounded by blank lines / line breaks and by
    sentence-final punctuation followed by space and a capital, digit or quote."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    para = text[ls:le]
    cuts = [0]
    for m in re.finditer(r"[.!?][\"”’)]*(?:\[\d+\])?\s+(?=[\"“‘(\[]?[A-Z0-9£$€])", para):
        before = para[: m.start() + 1]
        if any(before.endswith(a) for a in ABBREV):
            continue
        if re.search(r"\b[A-Z]\.$", before):  # an initial
            continue
        cuts.append(m.end())
    cuts.append(len(para))
    rel = start - ls
    for a, b in zip(cuts, cuts[1:]):
        if a <= rel < b:
            return " ".join(para[a:b].split())
    raise AssertionError("no sentence")


def num(s):
    s = s.strip()
    if not s:
        return None
    v = eval(s, {"__builtins__": {}}, {})
    if isinstance(v, float):
        v = round(v, 6)
        if v == int(v) and abs(v) < 1e15:
            v = int(v)
    return v


def build(name):
    ann = os.path.join(DEV, "ann", name + ".ann")
    pages = [f for f in os.listdir(os.path.join(DEV, "pages")) if os.path.splitext(f)[0] == name]
    assert len(pages) == 1, (name, pages)
    page = pages[0]
    is_html = page.endswith(".html")
    text = page_text(os.path.join(DEV, "pages", page))
    recs, cur, art, title = [], 0, 0, None
    for n, line in enumerate(open(ann, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("@title "):
            title = line.split(" ", 1)[1]
            continue
        if line.startswith("@"):
            tag, t = line.split(" ", 1)
            i = text.find(t, cur)
            if i < 0:
                sys.exit(f"{ann}:{n}: title not found after {cur}: {t!r}")
            art += 1
            title = t if tag == "@article" else t
            cur = i
            continue
        f = [x.strip() for x in line.split("|")]
        if len(f) != 10:
            sys.exit(f"{ann}:{n}: {len(f)} fields, want 10")
        span, kind, value, unit, qual, date, period, metric, opt, why = f
        if "@@" in span:
            span, ctx = span.split("@@", 1)
            c = text.find(ctx, cur)
            if c < 0:
                sys.exit(f"{ann}:{n}: context not found after {cur}: {ctx!r}")
            s = text.index(span, c)
            if s + len(span) > c + len(ctx):
                sys.exit(f"{ann}:{n}: span not inside context")
        else:
            s = text.find(span, cur)
            if s < 0:
                sys.exit(f"{ann}:{n}: span not found after {cur}: {span!r}")
        e = s + len(span)
        assert kind in ("money", "percent", "count", "quantity", "ratio", "duration", "date"), (n, kind)
        assert qual in ("", "exact", "approx", "min", "max"), (n, qual)
        assert opt in ("", "opt"), (n, opt)
        assert metric in ("", "trade", "investment", "financing", "growth", "share", "companies", "people",
                          "countries", "other"), (n, metric)
        if kind == "date":
            assert date and not value and not unit and not metric, (n, line)
        else:
            assert not date, (n, line)
            assert value != "" or qual == "approx", (n, "vague amounts are approx", line)
            assert unit, (n, line)
            assert (metric != "") == (kind not in ("duration",)), (n, "metric", line)
        recs.append({
            "file": page, "article": art, "title": title,
            "start": None if is_html else s, "end": None if is_html else e,
            "text": span, "kind": kind, "value": num(value), "unit": unit or None,
            "qualifier": qual or "exact", "date": date or None, "period": period or None,
            "metric": metric or None, "sentence": sentence_at(text, s, e),
            "optional": opt == "opt", "why": why or None,
        })
        cur = e
    out = os.path.join(DEV, "gold", name + ".jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return page, recs


if __name__ == "__main__":
    names = sys.argv[1:] or sorted(os.path.splitext(f)[0] for f in os.listdir(os.path.join(DEV, "ann")))
    for nm in names:
        page, recs = build(nm)
        print(f"{page}: {len(recs)} facts ({sum(r['optional'] for r in recs)} optional)")
