"""The words that name happenings, grouped by the kind of happening.

Why families: two mentions of one happening rarely use the same word ("an
attack by Ukraine", "drones struck the plant", "the strike"), so the
deduplication compares families, not words. Verbs are listed once as their
base form; ``inflect`` writes their -s, -ed and -ing forms by the regular
spelling rules, and the irregular pasts are given beside them.
"""
from __future__ import annotations

import re

from .foreign_lexicon import FOREIGN_FUNCTION, FOREIGN_NEGATIONS, FOREIGN_PREPOSITIONS

# family -> base verbs (with irregular forms as "base/past/participle") and nouns
FAMILIES: dict[str, tuple[str, ...]] = {
    "attack": ("attack", "strike/struck/struck", "hit/hit/hit", "bomb", "shell", "target",
               "pound", "shoot/shot/shot", "fire", "raid", "assault", "ambush", "invade",
               "explode", "blow/blew/blown", "destroy", "damage", "intercept", "repel",
               "shoot down/shot down/shot down", "down", "launch", "storm", "besiege",
               "airstrike", "air strike", "drone strike", "missile strike", "barrage", "bombing",
               "shelling", "explosion", "blast", "invasion", "offensive", "incursion",
               "shooting", "massacre", "counteroffensive", "air raid", "raid", "coup", "clash",
               "skirmish", "fighting", "exchange fire", "cyberattack", "cyber attack", "hack",
               "open fire/opened fire/opened fire",
               # a revolt against a government is a happening of force
               "uprising", "revolt", "rebellion", "insurgency"),
    "death": ("kill", "die/died/died", "injure", "wound", "murder", "stab", "slay/slew/slain",
              "drown",
              "execute", "assassinate", "death", "killing", "slaying", "assassination",
              "casualties",
              # harm short of death done by hand
              "beat/beat/beaten", "beating",
              # the injured taken to care: the harm told by its consequence
              "take to hospital/took to hospital/taken to hospital", "rush to hospital"),
    "capture": ("capture", "seize", "take control/took control/taken control",
                "take over/took over/taken over", "occupy", "annex", "liberate", "withdraw/"
                "withdrew/withdrawn", "retreat", "advance", "enter", "recapture", "surround",
                "annexation", "capture", "withdrawal", "occupation", "seizure"),
    "meeting": ("meet/met/met", "talk", "call", "speak/spoke/spoken", "visit", "host",
                "negotiate", "hold talks/held talks/held talks", "phone", "meeting", "talks",
                "summit", "conversation", "phone call", "visit", "negotiations", "conference",
                "ceremony", "call", "speech", "interview", "discussion",
                # the rites after a death and the gatherings that mourn it
                "burial", "funeral", "vigil", "memorial", "memorial service",
                "memorial mass", "commemoration"),
    "legal": ("plead/pleaded/pleaded", "sentence", "convict", "arrest", "charge", "indict",
              "extradite", "acquit", "sue", "rule", "jail", "detain", "release", "free",
              "testify", "appeal", "plea", "ruling", "verdict", "trial", "hearing",
              "sentencing", "arraignment", "arrest", "indictment", "lawsuit", "conviction",
              "jury selection", "investigation", "inquiry", "probe", "acquittal",
              # a court's undoing of a law or a verdict, not an attack
              "strike down/struck down/struck down", "overturn", "quash",
              "uphold/upheld/upheld",
              # the police's search of premises
              "search",
              # custody: a suspect or witness held and heard by the police
              "question", "interrogate", "interrogation"),
    "politics": ("vote", "elect", "appoint", "resign", "declare", "announce", "sign",
                 "approve", "pass", "adopt", "impose", "lift", "ban", "sanction", "veto",
                 "ratify", "award", "grant", "nominate", "dismiss", "fire", "suspend",
                 "order", "decide", "agree", "reject", "deploy", "evacuate", "recognise",
                 "recognize", "election", "vote", "referendum", "appointment", "resignation",
                 "declaration", "agreement", "deal", "treaty", "ceasefire", "truce",
                 "sanctions", "decision", "decree", "law", "bill", "state of emergency",
                 "evacuation", "deployment", "inauguration", "accession", "sign", "expel",
                 "expulsion", "freeze/froze/frozen", "restore", "cancel", "postpone",
                 "call off/called off/called off", "cancellation", "postponement",
                 "breakthrough",
                 # a government's condemnation is a diplomatic act, not the article's source
                 "condemn", "condemnation", "dismissal", "concede",
                 # a claim of an attack is news of its own, unlike "claimed" of a statement
                 "claim responsibility",
                 # a government's summons of an envoy, a minister replaced, a walkout
                 "summon", "replace", "walk out/walked out/walked out",
                 # an authority's stop, limit or check on what others may do
                 "cap", "certify", "inspection",
                 # a body called together by the one who heads it
                 "convene"),
    "disaster": ("flood", "collapse", "crash", "sink/sank/sunk", "burn/burned/burnt",
                 "erupt", "rescue", "flooding", "earthquake", "quake", "fire", "wildfire",
                 "storm", "hurricane", "tornado", "landslide", "eruption", "outbreak",
                 "crash", "collapse", "accident", "drought", "downpour", "rise/rose/risen",
                 "rescue", "blackout", "outage", "power cut", "derail", "derailment",
                 "capsize", "stampede", "crush", "landfall", "aftershock", "burst/burst/burst",
                 "break out/broke out/broken out",
                 # what a landslide does to a village; the rite ("will be buried on
                 # Friday") keeps this family so that a landslide that buried a village
                 # stays one happening
                 "bury"),
    "economy": ("fall/fell/fallen", "drop", "gain", "jump", "climb", "plunge", "soar",
                "close", "earn", "lose/lost/lost", "buy/bought/bought", "sell/sold/sold",
                "acquire", "merge", "post", "file", "raise", "cut", "open", "reopen",
                "found", "open", "merger", "acquisition", "sale", "loss", "bankruptcy",
                "strike", "protest", "rally", "demonstration", "march"),
    "movement": ("arrive", "leave/left/left", "return", "flee/fled/fled", "travel", "fly/flew/"
                 "flown", "land", "depart", "escape", "arrival", "departure", "return",
                 "trip", "tour", "journey", "flight"),
}
# The article's own reporting: an event only when nothing else happened in the clause.
REPORTING = ("say/said/said", "tell/told/told", "state", "confirm", "report", "write/wrote/"
             "written", "add", "note", "claim", "express", "warn", "urge", "accuse", "deny",
             "insist", "stress", "emphasise", "emphasize", "echo", "suggest", "quote", "blame",
             "show/showed/shown",
             "describe", "according", "statement", "comments", "remarks",
             "criticize", "criticise", "praise", "welcome", "news conference",
             "press conference")
# Verbs whose object names the happening: "held talks", "launched an invasion".
LIGHT_VERBS = ("hold/held/held", "make/made/made", "carry out/carried out/carried out",
               "conduct", "stage", "launch", "open", "have/had/had", "give/gave/given",
               "begin/began/begun", "start", "mount", "wage", "deliver", "set/set/set", "schedule",
               "plan", "complete", "take/took/taken", "suffer", "receive")
# Words after which a happening is not reported as having happened.
HYPOTHETICAL = {"would", "could", "might", "may", "should", "must", "can", "will", "shall",
                "if", "unless", "whether", "not", "never", "no", "refused", "refuse",
                "refuses", "failed", "fail", "fails", "plans", "planned", "wants", "want",
                "threatened", "threatens", "ready", "aimed", "aiming", "to", "without",
                "nobody", "none", "nothing"} | FOREIGN_NEGATIONS
# Modifiers that mark a mention of an earlier happening already dated elsewhere.
ANAPHORIC = {"that", "this", "the", "previous", "earlier", "last", "first", "those"}
FUNCTION = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and",
            "or", "but", "as", "that", "which", "who", "whom", "whose", "this", "these",
            "those", "its", "his", "her", "their", "our", "my", "your", "it", "he", "she",
            "they", "we", "i", "you", "is", "are", "was", "were", "be", "been", "being",
            "has", "have", "had", "do", "does", "did", "also", "then", "so", "than", "into",
            "about", "after", "before", "since", "while", "when", "where", "there", "here",
            "such", "very", "just", "only", "again", "later", "already", "still", "some",
            "any", "all", "each", "every", "more", "most", "other", "another", "over",
            "up", "out", "off", "down", "if", "not", "no", "both", "either", "neither",
            "said", "says", "according", "reportedly", "allegedly", "meanwhile", "however"
            } | FOREIGN_FUNCTION
ARTICLES = {"a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "these",
            "those"}
PREPOSITIONS = {"of", "in", "on", "at", "to", "for", "by", "with", "from", "into", "against",
                "near", "over", "across", "towards", "toward", "after", "before", "during",
                "since", "between", "among", "outside", "inside", "under", "behind", "through",
                "including", "amid", "despite", "via", "per"} | FOREIGN_PREPOSITIONS
CLAUSE_WORDS = {"which", "who", "whom", "whose", "while", "when", "where", "although",
                "though", "because", "as", "but", "after", "before", "until", "that",
                "whereas", "since", "if", "unless", "so"}
AUXILIARIES = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
               "will", "would", "did", "does", "do", "got", "get", "gets"}
SUBJECT_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}

# English irregular pasts: a dated clause whose verb is not in the lexicon
# still has its verb found ("took him into custody", "became director").
IRREGULAR_PAST = set("""arose awoke was were bore beat became began bent bet bound bit bled blew
broke bred brought built burnt bought caught chose clung came cost crept cut dealt dug did drew
drank drove ate fell fed felt fought found fled flew forbade forgot forgave froze got gave went
ground grew hung had heard hid hit held hurt kept knelt knew laid led leant left lent let lay lit
lost made meant met paid put quit read rode rang rose ran said saw sought sold sent set shook shed
shone shot showed shut sang sank sat slept slid spoke sped spent spun spat split spread sprang
stood stole stuck stung struck swore swept swam swung took taught tore told thought threw thrust
understood woke wore wove won wound wrote burst overran overthrew
withdrew undertook overtook underwent withheld upheld""".split()) | {
    # participles of the passive ("were taken to hospital", "was stolen from the museum")
    "taken", "given", "driven", "beaten", "broken", "stolen", "thrown", "torn", "shaken",
    "hidden", "chosen", "drawn", "sworn", "ridden", "overtaken", "forgiven", "undertaken"}

_VOWELS = "aeiou"


# Final syllables English stresses, so their consonant doubles: acquitted, repelled.
_STRESSED_END = re.compile(r"(?:mit|quit|pel|trol|cur|gret|quip|[^f]fer)$")


def _regular(base: str) -> tuple[str, str, str]:
    """The -s, -ed and -ing forms of a regular verb, by English spelling rules."""
    if base.endswith("ie"):
        return base + "s", base + "d", base[:-2] + "ying"
    if base.endswith("e"):
        return base + "s", base + "d", base[:-1] + "ing"
    if base.endswith("y") and base[-2:-1] not in _VOWELS:
        return base[:-1] + "ies", base[:-1] + "ied", base + "ing"
    if re.search(r"(s|x|z|ch|sh)$", base):
        return base + "es", base + "ed", base + "ing"
    if (len(base) <= 4 and len(base) >= 3 and base[-1] not in _VOWELS + "wxy"
            and base[-2] in _VOWELS and base[-3] not in _VOWELS
            and len(re.findall(f"[{_VOWELS}]+", base)) == 1) or _STRESSED_END.search(base):
        # stop, stab, ban (not open); acquit, expel, control, refer (not offer)
        return base + "s", base + base[-1] + "ed", base + base[-1] + "ing"
    return base + "s", base + "ed", base + "ing"


_BRITISH_L = re.compile(f"[^{_VOWELS}][{_VOWELS}]l$")


def inflect(entry: str) -> dict[str, str]:
    """Every written form of a lexicon entry -> its tense ("base", "s", "past", "ing")."""
    parts = entry.split("/")
    base = parts[0]
    words = base.split(" ", 1)
    head, rest = words[0], (" " + words[1] if len(words) > 1 else "")
    s, ed, ing = _regular(head)
    forms = {base: "base", s + rest: "s", ing + rest: "ing", ed + rest: "past"}
    if _BRITISH_L.search(head) and not ed.endswith("lled"):
        # British spelling doubles a final -l after one vowel whatever the stress:
        # "cancelled", "travelling" (American "canceled", "traveling")
        forms.update({head + "led" + rest: "past", head + "ling" + rest: "ing"})
    if len(parts) == 3:
        forms.pop(ed + rest, None)
        forms[parts[1]] = "past"
        forms[parts[2]] = forms.get(parts[2], "past")
    if base.endswith("s") and " " not in base and len(parts) == 1:
        forms[base] = "base"  # plural nouns ("talks", "sanctions")
    return forms


def _table(entries, family: str) -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    for entry in entries:
        for form, tense in inflect(entry).items():
            table.setdefault(form, (family, tense))
            if tense == "base" and " " not in form and not form.endswith("s"):
                table.setdefault(form + "s", (family, "s"))  # plural of the noun
    return table


TRIGGERS: dict[str, tuple[str, str]] = {}
for _family, _entries in FAMILIES.items():
    for _form, _value in _table(_entries, _family).items():
        TRIGGERS.setdefault(_form, _value)
REPORTING_FORMS = _table(REPORTING, "report")
LIGHT_FORMS = _table(LIGHT_VERBS, "light")
MAX_PHRASE = max(len(k.split()) for k in (*TRIGGERS, *REPORTING_FORMS, *LIGHT_FORMS))
# First word of every entry -> its most words, so a sentence's other words cost one look-up.
FIRST_WORDS: dict[str, int] = {}
for _form in (*TRIGGERS, *REPORTING_FORMS, *LIGHT_FORMS):
    _first, _n = _form.split(" ")[0], len(_form.split(" "))
    FIRST_WORDS[_first] = max(_n, FIRST_WORDS.get(_first, 0))


# Families that make the news of the day on their own, without a date (the lead's news,
# an act of the day told past the lead).
NEWS_FAMILIES = {"attack", "death", "capture", "disaster", "legal", "politics", "meeting"}


# What the lead's incident itself did or suffered: told later, it is of the incident's time.
INCIDENT_FAMILIES = {"attack", "death", "disaster", "capture"}
