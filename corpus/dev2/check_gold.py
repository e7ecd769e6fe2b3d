"""Tiny consistency check for the dev2 gold.

Every figure/claim `context` and quote `contains` must occur in its article once
all whitespace is removed from both. Also checks that corpus.gold.json only
names existing documents. Run from anywhere: python3 check_gold.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
WS = re.compile(r"\s+")


def squash(s):
    return WS.sub("", s)


def main():
    corpus = os.path.join(HERE, "articles")
    gold = os.path.join(HERE, "gold")
    docs = sorted(f for f in os.listdir(corpus) if f.endswith(".txt"))
    fails = 0
    checked = 0
    for doc in docs:
        text = squash(open(os.path.join(corpus, doc), encoding="utf-8").read())
        if not os.path.exists(os.path.join(gold, doc + ".gold.json")):
            print(f"not yet annotated: {doc}")
            continue
        g = json.load(open(os.path.join(gold, doc + ".gold.json"), encoding="utf-8"))
        assert g["doc"] == doc, doc
        items = [("figure", f["context"]) for f in g["figures"]]
        items += [("claim", c["context"]) for c in g["claims"]]
        items += [("quote", q["contains"]) for q in g["quotes"]]
        for kind, s in items:
            checked += 1
            if squash(s) not in text:
                fails += 1
                print(f"MISSING {doc} {kind}: {s}")
    if not os.path.exists(os.path.join(gold, "corpus.gold.json")):
        print("no corpus.gold.json yet")
        print(f"{checked} strings checked, {fails} missing")
        sys.exit(1 if fails else 0)
    cg = json.load(open(os.path.join(gold, "corpus.gold.json"), encoding="utf-8"))
    for part in ("conflicts", "agreements"):
        for grp in cg[part]:
            for v in grp["values"]:
                if v["doc"] not in docs:
                    fails += 1
                    print(f"UNKNOWN doc in {part}: {v['doc']}")
    print(f"{checked} strings checked in {len(docs)} articles, {fails} failures")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
