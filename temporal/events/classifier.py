"""A small learned scorer: how likely a word is to name an event (TimeML EVENT).

Why: the lexicon knows the happenings of conflict and court news; a dated
clause about markets ("shares closed lower Friday") or anything else still
names its event with a verb or noun the lexicon lacks. A linear model over
the word, its suffixes and its neighbours, trained on TimeBank's EVENT
annotations by `temporal.events.training` (averaged perceptron), picks that
word. Pure Python; the weights ship beside this file as JSON (well under
5 MB) and load on first use.
"""
from __future__ import annotations

import functools
import json
from pathlib import Path

from .lexicon import ARTICLES, AUXILIARIES, PREPOSITIONS, REPORTING_FORMS, TRIGGERS

MODEL_PATH = Path(__file__).with_name("trigger_model.json")


def features(words: list, i: int) -> list[str]:
    """The features of word i (``words`` have ``.text`` and ``.lower``)."""
    w = words[i]
    low = w.lower
    prev = words[i - 1].lower if i else "<s>"
    prev2 = words[i - 2].lower if i > 1 else "<s>"
    nxt = words[i + 1].lower if i + 1 < len(words) else "</s>"
    shape = ("C" if w.text[:1].isupper() else "c") + ("d" if any(c.isdigit() for c in low)
                                                       else "")
    lex = TRIGGERS.get(low)
    out = ["b", "w=" + low, "s2=" + low[-2:], "s3=" + low[-3:], "s4=" + low[-4:],
           "sh=" + shape, "p=" + prev, "n=" + nxt, "pp=" + prev2, "pw=" + prev + "|" + low]
    if lex:
        out += ["lex=" + lex[0], "lext=" + lex[1]]
    if low in REPORTING_FORMS:
        out.append("report")
    for name, group in (("art", ARTICLES), ("prep", PREPOSITIONS), ("aux", AUXILIARIES)):
        if prev in group:
            out.append("p_" + name)
        if nxt in group:
            out.append("n_" + name)
    if i == 0:
        out.append("first")
    return out


class TriggerModel:
    def __init__(self, weights: dict[str, float]):
        self.weights = weights

    def score(self, words: list, i: int) -> float:
        get = self.weights.get
        return sum(get(f, 0.0) for f in features(words, i))


@functools.cache
def model() -> TriggerModel | None:
    """The shipped model, or None when the file is missing (rules work alone)."""
    try:
        with open(MODEL_PATH, encoding="utf-8") as f:
            return TriggerModel(json.load(f)["weights"])
    except (OSError, ValueError, KeyError):
        return None
