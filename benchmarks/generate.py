"""Synthetic catalogues of any size in the app's source format, and their snapshots built by the app itself.

Text is drawn from a Zipf-like vocabulary (function words and TVET words on top, pseudo-words below, a long
flat tail of rare words), so postings lists have realistic lengths: some words are in every item, some in few.
Everything comes from a fixed seed, so a missing ``benchmarks/data/`` folder is rebuilt byte for byte.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import time
import unicodedata
from itertools import accumulate
from pathlib import Path

from tvet_desktop.catalog.build import build_snapshot
from tvet_desktop.catalog.records import SNAPSHOT_FORMAT

from . import vocabulary as v

DATA = Path(__file__).resolve().parent / "data"
VERSION = 2  # bump when the generator changes, so cached data is not reused
SEED = 20240611
SIZES = (1_000, 10_000, 100_000)
MAIN_WORDS = 4_000  # Zipf-ranked vocabulary
TAIL_WORDS = 20_000  # rare words sharing a small, flat slice of all tokens
TAIL_SHARE = 0.015
ZIPF_S = 1.05
PHRASE_CHANCE = 0.06  # per sentence: the top phrase ends up in about half of the items


def _pseudo_words(rng: random.Random, count: int, taken: set[str], syllables: tuple[int, int]) -> list[str]:
    """Pronounceable made-up words of 4–12 letters, like the bulk of a real vocabulary."""
    onsets = ["b", "c", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "st", "tr", "pl"]
    vowels = ["a", "e", "i", "o", "u", "a", "e", "i", "ia", "ou"]
    codas = ["", "", "", "", "n", "r", "s", "l", "t"]
    found: list[str] = []
    while len(found) < count:
        word = "".join(rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas)
                       for _ in range(rng.randint(*syllables)))
        if word not in taken:
            taken.add(word)
            found.append(word)
    return found


def _ranked_vocabulary(rng: random.Random) -> list[str]:
    """The main vocabulary in frequency order: TVET words interleaved with function words, rare ones deep."""
    slots: list[str | None] = [None] * MAIN_WORDS

    def place(word: str, rank: int) -> None:
        while slots[rank] is not None:
            rank += 1
        slots[rank] = word

    for i, word in enumerate(v.DOMAIN_COMMON):
        place(word, round(6 + 3 * i + 0.015 * i * i))
    step = (MAIN_WORDS - 100 - 2_600) / len(v.DOMAIN_RARE)
    for i, word in enumerate(v.DOMAIN_RARE):
        place(word, round(2_600 + step * i))
    free = (rank for rank, word in enumerate(slots) if word is None)
    for word, rank in zip(v.FUNCTION_WORDS, free, strict=False):
        slots[rank] = word
    taken = {w for w in slots if w}
    fill = iter(_pseudo_words(rng, slots.count(None), taken, (2, 3)))
    return [word if word is not None else next(fill) for word in slots]


class TextModel:
    """Draws words, sentences and paragraphs from the Zipf vocabulary."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        main = _ranked_vocabulary(rng)
        tail = _pseudo_words(rng, TAIL_WORDS, set(main), (2, 4))
        weights = [(1 - TAIL_SHARE) / (rank**ZIPF_S) for rank in range(1, MAIN_WORDS + 1)]
        scale = sum(weights) / (1 - TAIL_SHARE)
        weights += [TAIL_SHARE * scale / TAIL_WORDS] * TAIL_WORDS
        self.words = main + tail
        self.cumulative = list(accumulate(weights))
        self.function_words = set(v.FUNCTION_WORDS)
        self.phrase_cumulative = list(accumulate(1 / r for r in range(1, len(v.PHRASES) + 1)))

    def draw(self, count: int) -> list[str]:
        return self.rng.choices(self.words, cum_weights=self.cumulative, k=count)

    def title(self) -> str:
        wanted = self.rng.randint(8, 12)
        content = [w for w in self.draw(wanted * 3) if w not in self.function_words]
        picked = content[:wanted]
        picked.insert(self.rng.randrange(1, wanted), self.rng.choice(v.FUNCTION_WORDS[:12]))
        return " ".join(picked).capitalize()

    def sentences(self, count: int) -> list[str]:
        tokens, done, found = self.draw(count), 0, []
        while done < len(tokens):
            length = self.rng.randint(6, 18)
            if len(tokens) - done - length < 4:  # no stub sentence at the end
                length = len(tokens) - done
            chunk = tokens[done : done + length]
            done += length
            if self.rng.random() < PHRASE_CHANCE:
                phrase = self.rng.choices(v.PHRASES, cum_weights=self.phrase_cumulative)[0]
                chunk.insert(self.rng.randrange(len(chunk) + 1), phrase)
            text = " ".join(chunk)
            found.append(text[0].upper() + text[1:] + ".")
        return found

    def body(self, count: int) -> str:
        sentences, paragraphs = self.sentences(count), []
        while sentences:
            take = self.rng.randint(3, 6)
            paragraphs.append(" ".join(sentences[:take]))
            sentences = sentences[take:]
        heading = " ".join(self.draw(3)).capitalize()
        return f"## {heading}\n\n" + "\n\n".join(paragraphs)


def _slug(title: str, number: int) -> str:
    ascii_title = unicodedata.normalize("NFKD", title.lower()).encode("ascii", "ignore").decode()
    slug = ""
    for part in re.split(r"[^a-z0-9]+", ascii_title):
        if part and len(slug) + len(part) + 1 <= 50:
            slug = f"{slug}-{part}" if slug else part
    return f"{slug}-{number}" if slug else f"item-{number}"


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


class ItemMaker:
    def __init__(self, rng: random.Random) -> None:
        self.rng, self.text = rng, TextModel(rng)
        self.theme_cumulative = list(accumulate(1 / (r**0.9) for r in range(1, len(v.THEMES) + 1)))
        self.places = [(c, region) for region, countries in v.REGION_COUNTRIES.items() for c in countries]
        self.years = list(range(1990, 2027))
        self.year_weights = [(y - 1988) ** 1.3 for y in self.years]

    def person(self) -> str:
        return f"{self.rng.choice(v.FIRST_NAMES)} {self.rng.choice(v.LAST_NAMES)}"

    def item(self, number: int) -> dict[str, object]:
        rng = self.rng
        kind = _weighted(rng, v.KIND_WEIGHTS)
        title = self.text.title()
        year = None if rng.random() < 0.03 else rng.choices(self.years, weights=self.year_weights)[0]
        date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if year and rng.random() < 0.4 else None
        country = region = institution = None
        if rng.random() < 0.1:
            region = v.GLOBAL_REGION
        else:
            places = rng.sample(self.places, 2 if rng.random() < 0.05 else 1)
            country = "; ".join(c for c, _ in places)
            region = "; ".join(dict.fromkeys(r for _, r in places))
        if rng.random() < 0.85:
            institution = f"{rng.choice(v.INSTITUTION_TYPES)}, {country or 'international'}"
        themes = list(dict.fromkeys(rng.choices(v.THEMES, cum_weights=self.theme_cumulative, k=rng.randint(1, 3))))
        languages = list(dict.fromkeys(_weighted(rng, v.LANGUAGE_WEIGHTS) for _ in range(rng.randint(1, 2))))
        item_id = _slug(title, number)
        return {
            "id": item_id, "kind": kind, "title": title,
            "summary": " ".join(self.text.sentences(rng.randint(50, 70))),
            "body": self.text.body(rng.randint(550, 650)),
            "year": year, "date": date,
            "authors": [self.person() for _ in range(rng.randint(1, 3))] if kind == "publication" else [],
            "submitter": (institution or self.person()) if kind == "practice" else None,
            "institution": institution, "country": country, "region": region,
            "languages": languages, "themes": themes,
            "url": f"https://example.org/tvet/{item_id}" if rng.random() < 0.6 else None,
            "attachments": [],
        }


def folder(size: int) -> Path:
    return DATA / f"v{VERSION}-{size}"


def write_source(size: int, target: Path) -> None:
    """``target``/catalog.jsonl (sorted by id, as resources/README.md asks) and snapshot.json."""
    maker = ItemMaker(random.Random(SEED))  # same seed at every size: the 1k items start the 10k catalogue
    lines = sorted((item["id"], json.dumps(item, ensure_ascii=False, sort_keys=True))
                   for item in (maker.item(n) for n in range(1, size + 1)))
    target.mkdir(parents=True, exist_ok=True)
    partial = target / "catalog.jsonl.partial"
    partial.write_text("".join(line + "\n" for _, line in lines), encoding="utf-8")
    (target / "snapshot.json").write_text(json.dumps({"catalogue_version": 1, "created": "2026-01-01T00:00:00Z"}))
    partial.replace(target / "catalog.jsonl")


BUILDER_MODULES = ("catalog/records.py", "catalog/source.py", "catalog/schema.py", "catalog/build.py",
                   "catalog/champion_lists.py", "catalog/frequent_phrases.py", "catalog/language.py", "text.py")


def builder_fingerprint() -> str:
    """A hash of the code that decides a snapshot's bytes, so a cached snapshot is rebuilt when it changes
    even if the format number stays (e.g. new optional lists that older apps ignore)."""
    import tvet_desktop

    package = Path(tvet_desktop.__file__).parent
    digest = hashlib.sha256()
    for name in BUILDER_MODULES:
        digest.update(name.encode() + b"\0" + (package / name).read_bytes())
    return digest.hexdigest()[:16]


def ensure_snapshot(size: int, log: bool = True) -> tuple[Path, dict[str, float]]:
    """The snapshot for ``size`` items, generated and built once; returns its path and the build record."""
    base = folder(size)
    out, record_path = base / "catalog.sqlite", base / "build.json"
    if out.exists() and record_path.exists():
        record = json.loads(record_path.read_text())
        if record.get("builder") == builder_fingerprint():  # built by other builder code: build it again
            return out, record
    source = base / "source"
    started = time.perf_counter()
    if not (source / "catalog.jsonl").exists():
        if log:
            print(f"  generating {size:,} items …", flush=True)
        write_source(size, source)
    generated = time.perf_counter() - started
    if log:
        print(f"  building the {size:,}-item snapshot with tvet_desktop.catalog.build.build_snapshot …", flush=True)
    started = time.perf_counter()
    count = build_snapshot(source, out)
    record = {"items": count, "format": SNAPSHOT_FORMAT, "builder": builder_fingerprint(), "generate_s": generated,
              "build_s": time.perf_counter() - started,
              "source_bytes": (source / "catalog.jsonl").stat().st_size, "snapshot_bytes": out.stat().st_size}
    record_path.write_text(json.dumps(record, indent=1))
    return out, record


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    for size in (int(s) for s in parser.parse_args().sizes.split(",")):
        path, record = ensure_snapshot(size)
        print(f"{size:>7,} items: {path} (built in {record['build_s']:.1f} s)")


if __name__ == "__main__":
    main()
