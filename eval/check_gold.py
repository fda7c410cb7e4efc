#!/usr/bin/env python3
"""Check the dev-set gold files against their pages.

For every record in eval/dev/gold/*.jsonl (or the files given):
  - the fields are the SCHEMA's, in its order, plus 'optional' and 'why';
  - kind, qualifier, metric take allowed values; dates carry 'date', other kinds a unit;
  - for a .txt page, text == page[start:end] (offsets in code points: Python str indices),
    and the records are in document order;
  - for an .html page, start/end are null and text occurs in the page's visible text.
Exits non-zero on the first page with problems, after listing them all.
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build_gold import page_text  # noqa: E402  (visible text of an HTML page)

FIELDS = ["file", "article", "title", "start", "end", "text", "kind", "value", "unit", "qualifier",
          "date", "period", "metric", "sentence", "optional", "why"]
KINDS = {"money", "percent", "count", "quantity", "ratio", "duration", "date"}
QUALS = {"exact", "approx", "min", "max"}
METRICS = {None, "trade", "investment", "financing", "growth", "share", "companies", "people",
           "countries", "other"}


def check(path):
    problems = []
    recs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    pages = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(path))), "pages")
    texts = {}
    last = -1
    for n, r in enumerate(recs, 1):
        where = f"{os.path.basename(path)}:{n}"
        if list(r) != FIELDS:
            problems.append(f"{where}: fields {list(r)}")
            continue
        page = os.path.join(pages, r["file"])
        if page not in texts:
            if not os.path.exists(page):
                problems.append(f"{where}: no page {r['file']}")
                continue
            with open(page, encoding="utf-8") as f:
                texts[page] = (f.read(), page_text(page))
        raw, visible = texts[page]
        if r["kind"] not in KINDS:
            problems.append(f"{where}: kind {r['kind']!r}")
        if r["qualifier"] not in QUALS:
            problems.append(f"{where}: qualifier {r['qualifier']!r}")
        if r["metric"] not in METRICS:
            problems.append(f"{where}: metric {r['metric']!r}")
        if not isinstance(r["optional"], bool):
            problems.append(f"{where}: optional is not a boolean")
        if not isinstance(r["article"], int) or r["article"] < 1:
            problems.append(f"{where}: article {r['article']!r}")
        if r["kind"] == "date":
            if not r["date"] or r["value"] is not None or r["unit"] is not None:
                problems.append(f"{where}: a date needs 'date' and no value/unit")
        else:
            if r["date"] is not None or not r["unit"]:
                problems.append(f"{where}: a {r['kind']} needs a unit and no 'date'")
            if r["value"] is None and r["qualifier"] != "approx":
                problems.append(f"{where}: a null value is only for vague (approx) amounts")
        if r["text"] not in r["sentence"].replace("\n", " ") and " ".join(r["text"].split()) not in r["sentence"]:
            problems.append(f"{where}: text not inside its sentence")
        if r["file"].endswith((".html", ".htm")):
            if r["start"] is not None or r["end"] is not None:
                problems.append(f"{where}: HTML records carry null offsets")
            if r["text"] not in visible:
                problems.append(f"{where}: {r['text']!r} not in the page's visible text")
        else:
            s, e = r["start"], r["end"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(raw)):
                problems.append(f"{where}: bad offsets {s}, {e}")
            elif raw[s:e] != r["text"]:
                problems.append(f"{where}: text {r['text']!r} != page[{s}:{e}] {raw[s:e]!r}")
            elif s < last:
                problems.append(f"{where}: not in document order")
            else:
                last = s
    return len(recs), problems


def main():
    paths = sys.argv[1:] or sorted(glob.glob(os.path.join(HERE, "dev", "gold", "*.jsonl")))
    bad = 0
    total = 0
    for p in paths:
        n, problems = check(p)
        total += n
        for x in problems:
            print(x)
        bad += len(problems)
        print(f"{os.path.basename(p)}: {n} records, {'OK' if not problems else f'{len(problems)} problems'}")
    print(f"{total} records in {len(paths)} files, {bad} problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
