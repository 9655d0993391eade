"""Titles in the analysts' style: who did what (where), from the sentence's words.

Why not the clause: a clause carries its date, its reporting frame and its
asides ("Elsewhere on Friday, Chancellor Weber and her Danish counterpart..."),
which the analyst deletes every time. The title keeps the
subject's names, the trigger and what follows it up to the clause's end,
without articles, dates or asides, at most ten words, cut before a phrase
that would not fit whole.

Whose subject is read as grammar, since the words before a verb are often
another clause's: the subject after a subordinating conjunction, the noun a
relative clause belongs to, the subject before an aside, the first verb's for
a coordinated one, never across another verb (`subject`, `antecedents`,
`people`). What was done keeps its particle, a ruling's content, a relative
clause's object, a quoted name (`predicate`); a noun trigger's title is its
modifiers and phrase (`nouns`). No date of any expression stays
(`calendar_words`), a pronoun gives way to whom it stands for (`pronouns`), a bare
passive says which one (`which_one`), an Arabic place taken for a trigger titles
its clause (`place_triggers`) and no title opens with a conjunction (`cleanup`).
`compose` puts the parts together; `word_classes` holds what they share.
"""
from .compose import make_title
from .people import is_person
from .word_classes import MAX_WORDS as MAX_TITLE_WORDS

__all__ = ["MAX_TITLE_WORDS", "is_person", "make_title"]
