"""Bring the records of a catalogue-data file (``unevoc-catalog-2.json``) into ``resources/catalog.jsonl``.

    python tools/import_catalog_data.py ../shared/catalog-data/unevoc-catalog-2.json resources/catalog.jsonl

``resources/catalog.jsonl`` stays the source of truth: this script converts the data file's records into
items (replacing the items it made before, by id), tidies every item so that where its facts come from
sits in ``sources`` and not in what a trainer reads, and writes the file back sorted. Running it again
gives the same bytes. The decisions it follows are in ``resources/README.md``; the rule is the same as
for the rest of the catalogue: never invent a fact, and leave what is unknown or uncertain empty.
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

Item = dict[str, Any]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
_DATE = re.compile(r"\b(\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s+(" + "|".join(MONTHS) + r")\b"
                   r"(?:\s*[-–]\s*\d{1,2}\s+(?:" + "|".join(MONTHS) + r"))?,?\s+(\d{4})\b")
_ISBN = re.compile(r"ISBN[^;)]*(?:\)[^;]*)?")
_LICENCE = re.compile(r"\bCC[- ]BY(?:-[A-Z]{2})*(?:-[A-Z]{2})? \d\.\d(?: IGO)?")
_RELAYED = re.compile(r"(?i)\b(copy|copies|republished|republication|relaying|relays|aggregated|tag page)\b")
# Roles that make a person an author of a publication; anyone else named goes into the body.
_AUTHOR_ROLES = ("editor", "prepared by", "main contributing author")

# Curator remarks in older summaries: where a fact was uncertain the field is empty, so the remark goes.
SUMMARY_REMARKS = (
    " The stored copy is labelled with UNESCO-UNEVOC's name, but its exact role in the publication was not visible.",
    " Only the title was seen; the institution is not stated in the excerpt (possibly related to RVTTI's Innovation "
    "Awards, unconfirmed).",
    "; only title and address were seen",
    " Only the title and submission year were seen; no UNEVOC database page for it was found.",
    " Year not confirmed in the excerpt seen (series was presented in draft at an April 2021 BILT event).",
    "; seen only through its chapter on TVET and entrepreneurship skills (the subtitle is not confirmed in the "
    "sources seen)",
    " Only the title was seen; the institution is inferred because BKAL is the German i-hubs partner.",
    " Only the title and page number were seen; the institution is inferred because MCAST is the Maltese i-hubs "
    "partner.",
    " (only the title and PDF address were seen, cited as a reference in a public repository)",
    " Only this summary information was seen.",
)
# Body paragraphs that only say where an item was seen (the source line names the page).
_PROVENANCE_PARAGRAPH = re.compile(
    r"^(Listed on the UNESCO-UNEVOC (page|website)|Featured on the UNESCO-UNEVOC page|"
    r"Attribution inferred from a partner list)")
_FORMAT_REMARK = re.compile(r"\s*\((per Scribd copy|Scribd copy|docslib listing|PDF copy|per table of contents)\)")
# Sector themes added to older items that are about the sector.
SECTOR_THEMES = {"huawei-certification-to-ict-programmes": "ICT", "transforming-lives-through-code-training": "ICT"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="the catalogue-data JSON file (a list of records)")
    parser.add_argument("catalog", type=Path, help="resources/catalog.jsonl, read and rewritten")
    args = parser.parse_args()
    items = {item["id"]: tidy(item) for item in _read_jsonl(args.catalog)}
    records = json.loads(args.data.read_text(encoding="utf-8"))
    added = 0
    for record in records:
        item = convert(record)
        taken = items.get(item["id"])
        if taken is not None and taken.get("sources") != item["sources"]:  # another item's slug: add the year
            item["id"] = slug(item["title"], 55) + f"-{item['year'] or 'n-d'}"
            taken = items.get(item["id"])
            if taken is not None and taken.get("sources") != item["sources"]:
                raise SystemExit(f"{item['id']}: this id is taken by another item; change the slug rule")
        added += taken is None
        items[item["id"]] = item
    lines = [json.dumps(items[key], ensure_ascii=False, sort_keys=True) for key in sorted(items)]
    args.catalog.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{args.catalog}: {len(items)} items ({added} added from {args.data.name})")


def _read_jsonl(path: Path) -> list[Item]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# -- the items already in the catalogue --------------------------------------------------------------
def tidy(item: Item) -> Item:
    """Provenance out of the body and summary into ``sources``; ISBN and licence into their fields; no link
    to a document-copy site. An item tidied before comes back unchanged."""
    item = dict(item)
    summary = item["summary"]
    for remark in SUMMARY_REMARKS:
        summary = summary.replace(remark, "")
    item["summary"] = summary
    sources = [item["sources"]] if item.get("sources") else []
    kept = []
    isbn, licence = item.get("isbn"), item.get("licence")
    for paragraph in item["body"].split("\n\n"):
        if paragraph.startswith("Source of these facts: "):
            sources.append(paragraph.removeprefix("Source of these facts: "))
        elif _PROVENANCE_PARAGRAPH.match(paragraph):
            continue
        elif paragraph.startswith("Format: "):
            text, found_isbn, found_licence = split_format(paragraph.removeprefix("Format: "))
            isbn, licence = isbn or found_isbn, licence or found_licence
            if text:
                kept.append("Format: " + text)
        else:
            kept.append(paragraph.replace("Teaser text on that page (cut off there):",
                                          "From its announcement on the UNESCO-UNEVOC website:"))
    item["body"] = "\n\n".join(kept)
    item["sources"] = "; ".join(sources) or None
    item["isbn"], item["licence"] = isbn, licence
    item["themes"] = [RENAMED_THEMES.get(theme, theme) for theme in item["themes"]]
    if item["id"] in SECTOR_THEMES and SECTOR_THEMES[item["id"]] not in item["themes"]:
        item["themes"].append(SECTOR_THEMES[item["id"]])
    if item.get("url") and (host_of(item["url"]) in COPY_HOSTS):
        item["url"] = None
    return item


def split_format(text: str) -> tuple[str, str | None, str | None]:
    """'PDF, 85 pages (Scribd copy); ISBN 978-…; CC-BY-SA 3.0 IGO' -> ('PDF, 85 pages', 'ISBN …', licence)."""
    licence_match = _LICENCE.search(text)
    licence = licence_match.group(0).replace("CC-BY", "CC BY") if licence_match else None
    text = _LICENCE.sub("", text)
    isbn = None
    bracketed = re.search(r"\((ISBN [^)]*)\)", text)
    if bracketed:
        isbn = bracketed.group(1)
        text = text.replace(bracketed.group(0), "")
    else:
        found = _ISBN.search(text)
        if found:
            isbn = found.group(0).strip()
            text = text.replace(found.group(0), "")
    if isbn:
        isbn = re.sub(r"(978[-\d]+) (print|online|web PDF)\b", r"\1 (\2)", isbn.removeprefix("ISBN ").strip())
    text = _FORMAT_REMARK.sub("", text)
    text = re.sub(r"(\s*;\s*)+$", "", re.sub(r"^\s*;\s*|\s*;\s*(?=;)", "", text)).strip(" ;,")
    return text, isbn, licence


# -- records of the data file ------------------------------------------------------------------------
def convert(record: Item) -> Item:
    """One data-file record as a catalogue item."""
    kind = record["kind"]
    authors, people = _people(record["authors_or_submitter"], kind)
    body = [f"Format: {record['format']}"] if record["format"] else []
    if people:
        body.append(f"People named: {people}.")
    url = record["url"]
    if url and (host_of(url) in COPY_HOSTS or _RELAYED.search(_first_source(record["seen_in"]))
                or record["title"] in LINK_IS_NOT_THE_ITEM):
        url = None
    institution = record["institution"]
    if institution and "inferred" in record["seen_in"]:
        institution = None  # an attribution that was inferred, not seen, stays empty
    return {
        "id": slug(record["title"]),
        "kind": kind,
        "title": record["title"],
        "summary": record["summary"],
        "body": "\n\n".join(body),
        "year": record["year"],
        "date": _date(record),
        "authors": authors,
        "submitter": record["authors_or_submitter"] if kind == "practice" else None,
        "institution": institution,
        "country": record["country"],
        "region": REGIONS.get(record["region"], record["region"]) if record["region"] else None,
        "languages": record["languages"],
        "themes": themes_of(record["themes"]),
        "url": url,
        "attachments": [],
        "sources": record["seen_in"].rstrip("."),
        "licence": record["licence"],
        "isbn": record["isbn"],
    }


def _first_source(seen_in: str) -> str:
    """The part of ``seen_in`` that speaks of the page the record's URL points to (before the first ';')."""
    return seen_in.split(";")[0]


def _people(value: str | None, kind: str) -> tuple[list[str], str]:
    """(authors, other people named) from 'Name; Name (role); …'."""
    if not value or kind == "practice":
        return [], ""
    if kind != "publication":
        return [], value
    authors, others = [], []
    for part in (p.strip() for p in value.split(";")):
        role = re.search(r"\s*\(([^)]*)\)", part)
        if role is None and "," not in part:
            authors.append(part)
        elif role is not None and role.group(1) in _AUTHOR_ROLES:
            authors.append(part[: role.start()].strip())
        else:
            others.append(part)
    return authors, "; ".join(others)


def _date(record: Item) -> str | None:
    """The first day named in the format of an event or a dated resource, when day, month and year are given
    and agree with the record's year."""
    if record["kind"] not in ("event", "resource") or not record["format"] or record["year"] is None:
        return None
    found = _DATE.search(record["format"])
    if found is None or int(found.group(3)) != record["year"]:
        return None
    return f"{found.group(3)}-{MONTHS.index(found.group(2)) + 1:02d}-{int(found.group(1)):02d}"


def themes_of(labels: list[str]) -> list[str]:
    """The data's labels mapped into the catalogue's controlled list (labels of a format or a region drop)."""
    found: list[str] = []
    for label in labels:
        if label not in THEMES:
            raise SystemExit(f"theme label {label!r} has no mapping in THEMES")
        found += THEMES[label]
    return list(dict.fromkeys(found))


def slug(title: str, limit: int = 60) -> str:
    """Lowercase ASCII words of the title joined by hyphens, at most ``limit`` characters, cut at a word
    boundary."""
    plain = unicodedata.normalize("NFKD", title.lower().replace("'", "").replace("’", ""))
    words = re.split(r"[^a-z0-9]+", plain.encode("ascii", "ignore").decode())
    result = ""
    for word in (w for w in words if w):
        if len(result) + len(word) + (1 if result else 0) > limit:
            break
        result = f"{result}-{word}" if result else word
    return result


# -- the controlled vocabularies (see resources/README.md, "Decisions") ---------------------------------
# The UNESCO region set; the data's other spellings map into it, several regions keep the set's order.
REGIONS = {
    "Europe": "Europe and North America",
    "Asia-Pacific": "Asia and the Pacific",
    "Africa; Asia-Pacific; Europe": "Africa; Asia and the Pacific; Europe and North America",
}

# A label renamed in the controlled list: the sector theme covers tourism too.
RENAMED_THEMES = {"hospitality": "tourism and hospitality"}

# Each label of the data file -> labels of the controlled list ([] drops a label that only names a format, a
# region or an event, which kind, region and title already say). Sector themes (construction, tourism and
# hospitality, ICT) and two groups of learners trainers look for (persons with disabilities, refugees and
# migrants) are new in the list; other near-duplicates merge into the existing labels.
THEMES: dict[str, list[str]] = {
    "Africa": [], "African Union": [], "Andean region": [], "Arab States": [], "Asia-Pacific": [],
    "Caribbean": [], "Latin America": [], "Pacific Islands": [], "South Asia": [], "South Mediterranean": [],
    "Southern Africa": [], "West Africa": [], "francophone Africa": [], "annual report": [], "newsletter": [],
    "virtual conference": [], "virtual conference report": [], "webinar": [], "regional forum": [],
    "glossary": [], "definitions": [], "case studies": [], "comparative study": [], "photo competition": [],
    "awards": [], "Global Skills Academy": [], "South-South cooperation": [], "Third International TVET Congress": [],
    "cluster cooperation": [], "history of TVET": [], "history of UNEVOC": [], "international cooperation": [],
    "knowledge": [], "learning": [], "project development": [], "regional cooperation": [], "skills": [],
    "skills development": [], "transnational cooperation": [], "informal economy": [], "informal sector": [],
    "BILT": ["BILT"], "BILT Innovation and Learning Practices": ["BILT", "promising practices"],
    "COVID-19": ["COVID-19"], "Education 2030": ["sustainable development"],
    "Education for All": ["inclusion and access"], "ICT": ["ICT"], "ICT in TVET": ["ICT in TVET"],
    "International Women's Day": ["gender equality"], "NEETs": ["youth employment"],
    "SDG 4": ["sustainable development"], "SDG 8": ["sustainable development"], "SDGs": ["sustainable development"],
    "SMEs": ["private sector engagement"], "STEM": ["STEM"], "Shanghai Consensus": ["Shanghai Consensus"],
    "Shanghai Consensus follow-up": ["Shanghai Consensus"], "TVET institutions": ["TVET institutions"],
    "TVET leadership": ["TVET leadership"], "TVET pedagogy": ["teaching and learning"],
    "TVET policy": ["policy and strategy"], "TVET policy review": ["policy and strategy"],
    "TVET reform": ["policy and strategy"], "TVET systems": ["TVET systems"],
    "TVET teacher education": ["teacher training"], "TVET teacher training": ["teacher training"],
    "UNESCO TVET strategy": ["policy and strategy"], "UNEVOC Network": ["UNEVOC Network"],
    "World Youth Skills Day": ["youth"], "WorldSkills": ["WorldSkills"], "access to TVET": ["inclusion and access"],
    "accessibility": ["inclusion and access"], "accreditation": ["quality assurance"],
    "adult learning and education": ["lifelong and adult learning"],
    "agriculture": ["agriculture and rural development"], "agro-processing": ["agriculture and rural development"],
    "alternance training": ["work-based learning"], "apprenticeship": ["work-based learning"],
    "assessment": ["assessment"], "attractiveness": ["image of TVET"], "best practices": ["promising practices"],
    "blended learning": ["online and distance learning"], "capacity building": ["capacity building"],
    "capacity development": ["capacity building"], "career guidance": ["career guidance"],
    "centres of vocational excellence": ["TVET institutions"], "certification": ["qualifications"],
    "certification of competencies": ["qualifications"], "change management": ["TVET leadership"],
    "citizenship education": ["life and transversal skills"], "climate action": ["climate change"],
    "climate change": ["climate change"], "climate education": ["climate change"],
    "climate vulnerability": ["climate change"], "collaborative platform": ["peer learning"],
    "competence": ["competency-based training"], "competency standards": ["competency-based training"],
    "competency-based training": ["competency-based training"], "conflict": ["resilience"],
    "construction": ["construction"], "continuity of training": ["resilience"], "country profile": ["country profiles"],
    "critical thinking": ["life and transversal skills"], "curricula": ["curriculum development"],
    "curricula and pedagogies": ["curriculum development", "teaching and learning"],
    "curriculum development": ["curriculum development"], "curriculum relevance": ["curriculum development"],
    "data collection": ["research"], "decent work": ["employability"],
    "digital delivery": ["online and distance learning"], "digital learning": ["online and distance learning"],
    "digital literacy": ["digital skills"], "digital skills": ["digital skills"],
    "digital transformation": ["digital transformation"], "digitalization": ["digital transformation"],
    "disadvantaged learners": ["inclusion and access"], "disadvantaged youth": ["inclusion and access", "youth"],
    "displacement": ["refugees and migrants"], "distance learning": ["online and distance learning"],
    "dropout": ["inclusion and access"], "dual system": ["work-based learning"],
    "dual transition": ["greening TVET", "digital transformation"], "early school leaving": ["inclusion and access"],
    "education for sustainable development": ["sustainable development"], "employability": ["employability"],
    "employer engagement": ["private sector engagement"], "employment": ["employability"],
    "energy efficiency": ["green skills"], "entrepreneurial learning": ["entrepreneurial learning"],
    "entrepreneurship": ["entrepreneurial learning"], "entrepreneurship education": ["entrepreneurial learning"],
    "equity": ["inclusion and access"], "equity and gender equality": ["gender equality", "inclusion and access"],
    "evaluation": ["quality assurance"], "excellence in TVET": ["TVET institutions"],
    "experiential learning": ["teaching and learning"], "financing": ["governance and financing"],
    "flexible learning pathways": ["lifelong and adult learning"],
    "food security": ["agriculture and rural development"],
    "future of work": ["future of work"], "gender equality": ["gender equality"],
    "global trends": ["emerging trends"], "good practices": ["promising practices"],
    "governance and financing": ["governance and financing"],
    "green and digital transitions": ["greening TVET", "digital transformation"], "green economy": ["green jobs"],
    "green jobs": ["green jobs"], "green skills": ["green skills"], "greening TVET": ["greening TVET"],
    "harmonisation of certification": ["qualifications"], "i-hubs": ["i-hubs"], "image of TVET": ["image of TVET"],
    "inclusion": ["inclusion and access"], "inclusive education": ["inclusion and access"],
    "informal apprenticeship": ["work-based learning"], "informal learning": ["recognition of learning"],
    "information literacy": ["digital skills"], "innovation": ["innovation"], "innovation framework": ["innovation"],
    "institutional greening plan": ["greening TVET"], "institutional planning": ["TVET institutions"],
    "institutional strategy": ["TVET institutions"], "just transitions": ["green jobs"],
    "knowledge management": ["research"], "labour market analysis": ["labour market relevance"],
    "labour market information": ["labour market relevance"], "labour market relevance": ["labour market relevance"],
    "learning outcomes": ["qualifications"], "least developed countries": ["developing countries"],
    "lesson planning": ["teaching and learning"], "level descriptors": ["qualifications"],
    "lifelong learning": ["lifelong and adult learning"], "local labour market relevance": ["labour market relevance"],
    "management": ["TVET leadership"], "marginalized learners": ["inclusion and access"],
    "mentoring": ["teachers and trainers"], "micro-credentials": ["qualifications"], "migration": ["migration"],
    "mobile learning": ["mobile learning"], "monitoring and evaluation": ["quality assurance"],
    "monitoring and indicators": ["quality assurance"], "natural disasters": ["resilience"],
    "new qualifications and competencies": ["new qualifications and competencies"],
    "non-formal TVET": ["lifelong and adult learning"], "non-formal education": ["lifelong and adult learning"],
    "non-formal learning": ["lifelong and adult learning"], "normative instruments": ["policy and strategy"],
    "occupational standards": ["qualifications"], "on-the-job training": ["work-based learning"],
    "online networking": ["peer learning"], "online training": ["online and distance learning"],
    "open and distance learning": ["online and distance learning"],
    "open educational resources": ["teaching and learning"], "open licensing": ["teaching and learning"],
    "out-of-school youth": ["youth"], "pandemics": ["resilience"], "pedagogy": ["teaching and learning"],
    "peer learning": ["peer learning"], "peer review": ["peer learning"],
    "persons with disabilities": ["persons with disabilities"], "policy": ["policy and strategy"],
    "policy dialogue": ["policy and strategy"], "policy planning": ["policy and strategy"],
    "policy recommendations": ["policy and strategy"], "promising practices": ["promising practices"],
    "public-private partnerships": ["private sector engagement"], "qualifications": ["qualifications"],
    "qualifications framework": ["qualifications"], "quality": ["quality assurance"],
    "quality and relevance": ["quality assurance"], "quality assurance": ["quality assurance"],
    "recognition": ["recognition of learning"], "recognition of prior learning": ["recognition of learning"],
    "recognition of qualifications": ["recognition of learning"], "refugees and migrants": ["refugees and migrants"],
    "regional strategy": ["policy and strategy"], "relevance and quality": ["quality assurance"],
    "research and practice": ["research"], "resilience": ["resilience"], "reskilling": ["lifelong and adult learning"],
    "retention": ["inclusion and access"], "rural skills": ["agriculture and rural development"],
    "rural youth": ["agriculture and rural development", "youth"], "self-assessment": ["institutional self-assessment"],
    "self-employment": ["entrepreneurial learning"], "self-sustainable schools": ["TVET institutions"],
    "short courses": ["lifelong and adult learning"], "signature pedagogies": ["teaching and learning"],
    "skills anticipation": ["labour market relevance"], "skills for work and life": ["life and transversal skills"],
    "skills mismatch": ["labour market relevance"], "small island states": ["developing countries"],
    "soft skills": ["life and transversal skills"], "statistics": ["research"], "strategy": ["policy and strategy"],
    "sustainable development": ["sustainable development"], "teacher training": ["teacher training"],
    "teachers and trainers": ["teachers and trainers"], "teaching and learning": ["teaching and learning"],
    "teaching and learning materials": ["teaching and learning"], "teaching methods": ["teaching and learning"],
    "teamwork": ["life and transversal skills"], "technological change": ["emerging trends"],
    "terminology": ["terminology"], "tourism and hospitality": ["tourism and hospitality"],
    "tracer studies": ["research"], "training of trainers": ["teacher training"],
    "transferability": ["life and transversal skills"], "transferable skills": ["life and transversal skills"],
    "transversal skills": ["life and transversal skills"], "trends mapping": ["emerging trends"],
    "whole-institution approach": ["TVET institutions"], "women": ["gender equality"],
    "women in TVET": ["gender equality"], "work-based learning": ["work-based learning"],
    "working conditions": ["teachers and trainers"], "workplace learning": ["work-based learning"],
    "youth and skills": ["youth"], "youth employment": ["youth employment"], "youth participation": ["youth"],
    "youth voice": ["youth"], "youth unemployment": ["youth employment"],
}

# Sites that host copies of other people's documents (uploaded or scraped): never a link for a trainer.
COPY_HOSTS = {
    "docslib.org", "fdocuments.in", "fdocuments.us", "fdocuments.es", "fdocuments.fr", "vdocuments.us",
    "vdocuments.mx", "vdocument.in", "pdfslide.net", "pdfslide.us", "pdfslide.fr", "slidelegend.com",
    "scribd.com", "www.scribd.com", "it.scribd.com", "readkong.com", "www.readkong.com", "es.readkong.com",
    "fr.readkong.com", "docplayer.net", "studylib.net", "studylib.es", "dokumen.tips", "anyflip.com",
    "www.zlibrary.cc", "123dok.org", "p.pdfhall.com", "www.publicnow.com", "www.sid-hamburg.de",
    "checkyourbauballs.com", "bibliotheek.ehb.be:2151",
}

# Records whose address points at a page that mentions or cites the item, not at the item itself.
LINK_IS_NOT_THE_ITEM = {
    "Convention on Technical and Vocational Education (1989)",
    "Revised Recommendation concerning Technical and Vocational Education (2001)",
    "Recommendation concerning Technical and Vocational Education and Training (TVET)",
    "Terminology of Technical and Vocational Education",
    "TVET glossary: some key terms",
    "Level-setting and recognition of learning outcomes: The use of level descriptors in the twenty-first century",
    "Learning for All: Guidelines on the Inclusion of Learners with Disabilities in Open and Distance Learning",
}


def host_of(url: str) -> str:
    return urlsplit(url).netloc.lower()


if __name__ == "__main__":
    main()
