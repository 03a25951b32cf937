#!/usr/bin/env python3
"""Digest of a recoupe.analysis/1 result for the checks of scripts/bench.

    digest.py RESULT.json [--slice N]

Prints {documents, entities, mentions, hash, slice: {ids, mentions, hash}} as
JSON. `hash` covers the whole result except `generator` (keys sorted), so the
native and wasm results compare exactly; the slice hash covers the
(doc, start, end, type) of the mentions of the first N documents, which must
equal those of a reference run on these documents alone.
"""
import hashlib
import json
import sys


def main() -> None:
    path = sys.argv[1]
    slice_size = int(sys.argv[sys.argv.index("--slice") + 1]) if "--slice" in sys.argv else 5
    with open(path, encoding="utf-8") as stream:
        result = json.load(stream)
    result.pop("generator", None)
    ids = [document["id"] for document in result["documents"][:slice_size]]
    wanted = set(ids)
    spans = [[m["doc"], m["start"], m["end"], m["type"]] for m in result["mentions"] if m["doc"] in wanted]
    whole = hashlib.sha256(json.dumps(result, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode())
    print(json.dumps({
        "documents": len(result["documents"]),
        "entities": len(result["entities"]),
        "mentions": len(result["mentions"]),
        "hash": whole.hexdigest()[:16],
        "slice": {
            "ids": ids,
            "mentions": len(spans),
            "hash": hashlib.sha256(json.dumps(spans, separators=(",", ":")).encode()).hexdigest()[:16],
        },
    }))


if __name__ == "__main__":
    main()
