#!/usr/bin/env bash
# Runs the CLI on the project's fixtures, then on the shared seed corpus when it exists.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
fixtures="$here/../fixtures/corpus"
shared="${RECOUPE_SHARED_DIR:-$here/../../../shared}"
cli="${RECOUPE_CLI:?RECOUPE_CLI must name the recoupe binary}"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$cli" analyze "$fixtures" --format json > "$out/fixtures.json"
python3 - "$out/fixtures.json" <<'PY'
import json, sys
result = json.load(open(sys.argv[1]))
docs = {d["id"]: d for d in result["documents"]}
assert set(docs) == {"alerte.txt", "blob.txt", "empty.txt", "latin1.txt", "nested/breach.html", "photo.jpg"}, docs.keys()
assert docs["blob.txt"]["error"]["code"] == "binary"
assert docs["empty.txt"]["error"]["code"] == "empty"
assert docs["photo.jpg"]["error"]["code"] == "unsupported-format"
assert docs["latin1.txt"]["warnings"][0]["code"] == "invalid-utf8"
assert docs["alerte.txt"]["language"] == "fr" and docs["nested/breach.html"]["language"] == "en"
assert docs["nested/breach.html"]["title"] == "Halvorsen Maritime confirms data breach"
types = {(m["doc"], m["text"]): m["type"] for m in result["mentions"]}
assert types.get(("alerte.txt", "47 000 dossiers")) == "QUANTITY" or types.get(("alerte.txt", "47 000")) == "QUANTITY", types
assert types[("alerte.txt", "presse@halvorsen-maritime.example")] == "EMAIL"
assert types[("nested/breach.html", "11 TB")] == "QUANTITY"
halvorsen = [e for e in result["entities"] if e["name"] == "Halvorsen Maritime"]
assert len(halvorsen) == 1 and len(halvorsen[0]["documents"]) == 3, halvorsen
print("cli fixtures: ok,", len(result["mentions"]), "mentions")
PY

"$cli" analyze "$fixtures/alerte.txt" --format csv > "$out/mentions.csv"
head -n 1 "$out/mentions.csv" | grep -q '^doc,start,end,text,type,entity'
if "$cli" analyze --format yaml "$fixtures" 2> "$out/err.txt"; then
  echo "an unknown format must be refused" >&2; exit 1
fi
grep -q "format" "$out/err.txt"

# An alias file is applied to the whole run; a malformed one is refused with a clear message.
printf '{"version": 1, "rename": [{"entity": "Halvorsen Maritime", "name": "Halvorsen"}]}' > "$out/aliases.json"
"$cli" analyze "$fixtures" --aliases "$out/aliases.json" > "$out/aliased.json"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); assert any(e["name"] == "Halvorsen" for e in r["entities"])' "$out/aliased.json"
printf '{"version": 1, "merge": "nope"}' > "$out/bad-aliases.json"
if "$cli" analyze "$fixtures" --aliases "$out/bad-aliases.json" > /dev/null 2> "$out/err.txt"; then
  echo "a malformed alias file must be refused" >&2; exit 1
fi
grep -q "merge: expected" "$out/err.txt"

# search and mentions: accent- and case-insensitive, with context.
"$cli" search "halvorsen MARITIME" "$fixtures" > "$out/search.json"
"$cli" mentions "ingrid solberg" "$fixtures" > "$out/mentions.json"
python3 - "$out/search.json" "$out/mentions.json" <<'PY'
import json, sys
found = json.load(open(sys.argv[1]))
assert any(e["name"] == "Halvorsen Maritime" for e in found["entities"]), found["entities"]
assert len(found["hits"]) >= 3 and all(h["match"].lower() == "halvorsen maritime" for h in found["hits"]), found["hits"]
mentions = json.load(open(sys.argv[2]))
assert len(mentions) >= 2 and all(m["match"] == "Ingrid Solberg" for m in mentions), mentions
assert all(m["left"] or m["right"] for m in mentions)
print("cli search and mentions: ok")
PY
if "$cli" mentions "Nobody Atall" "$fixtures" > /dev/null 2> "$out/err.txt"; then
  echo "an unknown entity must be an error" >&2; exit 1
fi
grep -q "no entity" "$out/err.txt"

# Analysing the documents on several threads changes nothing in the result.
"$cli" analyze "$fixtures" --format json --threads 1 > "$out/threads-1.json"
"$cli" analyze "$fixtures" --format json --threads 3 > "$out/threads-3.json"
cmp "$out/threads-1.json" "$out/threads-3.json"
cmp "$out/threads-1.json" "$out/fixtures.json"
if "$cli" analyze "$fixtures" --threads 0 > /dev/null 2> "$out/err.txt"; then
  echo "--threads 0 should be refused" >&2
  exit 1
fi
grep -q "threads takes a number" "$out/err.txt"

if [ ! -d "$shared/corpus/seeds" ]; then
  echo "SKIPPED: $shared/corpus/seeds is not present; the seed-corpus CLI check did not run"
  exit 0
fi
"$cli" analyze "$shared/corpus/seeds" --format json > "$out/seeds.json"
python3 - "$out/seeds.json" <<'PY'
import json, sys
result = json.load(open(sys.argv[1]))
languages = sorted(d["language"] for d in result["documents"])
assert languages == ["en", "fr", "fr", "fr", "fr"], languages
assert len(result["mentions"]) >= 100, len(result["mentions"])
print("cli seeds: ok,", len(result["mentions"]), "mentions,", len(result["entities"]), "entities")
PY
