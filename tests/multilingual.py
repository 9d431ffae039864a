"""A small test catalogue in four languages for the forgiving search: vocalised Arabic, French with accents
and elisions, Spanish plurals, English natural phrases, a title that is a query."""

from __future__ import annotations

from typing import Any

ITEMS: list[dict[str, Any]] = [
    {"id": "arabic-vocational-training", "kind": "publication", "title": "التَّدْرِيبُ المِهْنِيُّ للشَّبابِ",
     "summary": "دليل إعداد المعلمين في المدرسة المهنية على مستوى الدولة.", "year": 2020, "languages": ["ar"],
     "region": "Arab States", "country": "Jordan", "themes": ["youth"]},
    {"id": "french-apprenticeship", "kind": "publication", "title": "L'apprentissage dans les métiers du bâtiment",
     "summary": "Un guide pour les formateurs de l'enseignement professionnel.", "year": 2019, "languages": ["fr"],
     "region": "Africa", "country": "Senegal", "themes": ["construction"]},
    {"id": "spanish-tourism", "kind": "programme", "title": "Formación de profesionales del turismo",
     "summary": "Programa para docentes y profesionales de la hostelería en América Latina.", "year": 2021,
     "languages": ["es"], "region": "Latin America and the Caribbean", "themes": ["tourism and hospitality"]},
    {"id": "innovation-awards", "kind": "practice", "title": "The Innovation Awards",
     "summary": "Awards that fund student innovation in a technical institute.", "year": 2016, "languages": ["en"],
     "region": "Africa", "country": "Kenya", "themes": ["innovation"]},
    {"id": "innovation-awards-report", "kind": "publication",
     "title": "Report on innovation, awards and innovation awards in innovative TVET innovation",
     "summary": "Innovation awards, innovation awards and more innovation awards.", "year": 2022,
     "languages": ["en"], "themes": ["innovation"]},
    {"id": "africa-forum", "kind": "event", "title": "Regional forum on youth employability (Abuja)",
     "summary": "A forum of TVET leaders held in Nigeria.", "year": 2013, "languages": ["en"], "region": "Africa",
     "country": "Nigeria", "themes": ["youth employment"]},
    {"id": "africa-workshop", "kind": "event", "title": "Guided self-assessment workshop in Eldoret",
     "summary": "Five days with the staff of a technical institute.", "year": 2019, "languages": ["en"],
     "region": "Africa", "country": "Kenya", "themes": ["institutional self-assessment"]},
    {"id": "green-teachers", "kind": "publication", "title": "Greening the teacher: a guide",
     "summary": "How teachers and teaching staff bring green skills into every lesson.", "year": 2018,
     "languages": ["en"], "themes": ["green skills", "teachers and trainers"]},
    {"id": "ai-in-tvet", "kind": "publication", "title": "Understanding the impact of artificial intelligence",
     "summary": "What artificial intelligence changes for skills and work.", "year": 2021, "languages": ["en"],
     "themes": ["artificial intelligence"]},
]
