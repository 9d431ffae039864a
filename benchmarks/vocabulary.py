"""Word lists and facet values for the synthetic catalogues (data only, no logic)."""

from __future__ import annotations


def _words(text: str) -> list[str]:
    return text.split()


# Frequent English words take the top Zipf ranks, as in real text (the index has no stop words).
FUNCTION_WORDS = _words("""
the of and to in a for is on that with as by are this from be at or an it their which its was
have has not more can these also but all were will other new such been into they than how most
who about between through both each many some two three used use may over within across during
while them out one where well based only first those should must would could being under after
among our when what there very any per often then further since without against because
""")

# TVET vocabulary, most frequent first: these get the Zipf ranks right after the function words.
DOMAIN_COMMON = _words("""
training skills education vocational learning digital teachers work technical development
students programme countries teacher national institutions learners labour market employment
trainers youth qualifications quality curriculum apprenticeship industry policy workplace
competences assessment support tvet systems schools centres employers occupations knowledge
transformation green innovation online jobs women access lifelong practice project partners
research report sector workers framework governance financing entrepreneurship guidance career
standards teaching course courses instructors programmes enterprises companies economy future
transition capacity network resources platform tools data technology technologies sustainable
inclusion rural informal adult continuing upskilling reskilling certification recognition
accreditation mobility migration recovery pandemic crisis blended distance remote virtual
simulation laboratory workshop equipment safety maintenance construction agriculture tourism
health energy solar wind water automotive electrical electronics manufacturing mechanical
plumbing carpentry tailoring hospitality logistics mining textiles fisheries forestry
apprentices apprenticeships internships mentoring coaching counselling dual cooperative
regional global local community municipal ministry agency authority council foundation
evaluation monitoring indicators statistics survey evidence analysis review study studies
guide handbook toolkit manual module modules lesson lessons materials content classroom
competency literacy numeracy coding programming software hardware internet broadband mobile
artificial intelligence robotics automation cloud cybersecurity analytics devices smartphones
gender equity disability refugees migrants indigenous vulnerable marginalized disadvantaged
entrepreneurs startups incubation microenterprise cooperatives livelihoods income poverty
climate environment circular biodiversity greening decarbonization renewable efficiency
""")

# Rarer domain words placed deep in the Zipf tail, so queries can mix common and rare terms.
DOMAIN_RARE = _words("""
welding welders mechatronics aquaponics hydroponics blockchain drones photovoltaic metrology
upholstery glazing boilermaking refrigeration horticulture viticulture beekeeping apiculture
gemology cobbler millwright locksmith stonemasonry scaffolding tiling plastering geothermal
biogas telemedicine phlebotomy prosthetics orthotics aquaculture sericulture tannery pottery
éducation formación compétences numérique
""")

# Collocations inserted whole, so phrase queries find real adjacent words.
PHRASES = [
    "digital skills", "teacher training", "work-based learning", "green skills", "quality assurance",
    "labour market", "lifelong learning", "skills development", "future of work", "dual training",
    "distance learning", "youth employment", "informal sector", "recognition of prior learning",
    "digital transformation", "career guidance", "industry 4.0", "open educational resources",
    "competency-based training", "teacher education", "skills anticipation", "national qualifications framework",
]

THEMES = [
    "digital transformation", "digital skills", "teacher training", "green skills", "apprenticeships",
    "work-based learning", "youth employment", "gender equality", "inclusion", "quality assurance",
    "qualifications frameworks", "recognition of prior learning", "labour market information",
    "skills anticipation", "career guidance", "entrepreneurship", "innovation", "governance and financing",
    "private sector engagement", "informal sector", "rural development", "migration", "refugees",
    "disability", "lifelong learning", "adult learning", "distance learning", "open educational resources",
    "online learning", "artificial intelligence", "Industry 4.0", "automation", "curriculum development",
    "assessment", "competency-based training", "workplace safety", "welding", "construction", "agriculture",
    "tourism and hospitality", "health care", "renewable energy", "manufacturing", "automotive",
    "ICT", "STEM", "literacy and numeracy", "COVID-19", "crisis response", "climate change",
    "sustainable development", "policy review", "research and evidence", "statistics", "UNEVOC Network",
    "BILT", "i-hubs", "WorldSkills", "Shanghai Consensus", "international cooperation",
]

REGION_COUNTRIES = {
    "Africa": ["Kenya", "Ghana", "Nigeria", "South Africa", "Ethiopia", "Uganda", "Rwanda", "Senegal",
               "United Republic of Tanzania", "Zambia"],
    "Arab States": ["Egypt", "Jordan", "Morocco", "Tunisia", "Lebanon", "Oman", "Saudi Arabia", "Palestine"],
    "Asia and the Pacific": ["India", "China", "Philippines", "Indonesia", "Viet Nam", "Bangladesh", "Nepal",
                             "Australia", "Malaysia", "Republic of Korea", "Fiji"],
    "Europe and North America": ["Germany", "France", "Spain", "Switzerland", "Finland", "Italy",
                                 "Netherlands", "Canada", "United States of America", "Türkiye", "Ukraine"],
    "Latin America and the Caribbean": ["Brazil", "Mexico", "Chile", "Colombia", "Peru", "Jamaica",
                                        "Costa Rica", "Argentina", "Bolivia", "Dominican Republic"],
}
GLOBAL_REGION = "Global"

KIND_WEIGHTS = {"publication": 35, "practice": 15, "programme": 8, "resource": 12, "event": 20,
                "glossary_term": 7, "theme": 3}
LANGUAGE_WEIGHTS = {"en": 60, "fr": 12, "es": 10, "ar": 5, "de": 4, "pt": 4, "ru": 3, "zh": 2}

FIRST_NAMES = _words("""Amina Kwame Li Maria Jean Fatima Ahmed Sofia Ana Carlos Chen Priya Rahul Olga Ivan Nadia
Tomas Elena Joseph Grace Mohammed Yusuf Aiko Kenji Lucia Pedro Ingrid Lars Hannah David Sara Omar Leila
Mei Arjun Zainab Diego Camila Hiroshi Anja""")
LAST_NAMES = _words("""Odhiambo Mensah Wang Garcia Dupont Haddad Silva Rossi Schmidt Kumar Sharma Petrov Ivanova
Nguyen Santos Okafor Mwangi Tanaka Suzuki Lopez Martinez Muller Andersen Johansson Kowalski Novak Khan
Rahman Hassan Ali Benali Diallo Traore Banda Phiri Moyo Ochieng Kim Park Lee Chowdhury Fernandes Costa
Oliveira Gomez Torres Ramirez Herrera Castillo Flores Morales Ortiz Vargas Jimenez Romero Navarro Keller
Weber Fischer""")
INSTITUTION_TYPES = ["National Institute of Vocational Training", "Technical College", "Polytechnic",
                     "Ministry of Education", "Skills Development Agency", "TVET Authority",
                     "Chamber of Commerce", "Teacher Training Centre", "University of Applied Sciences",
                     "Vocational Training Centre"]
