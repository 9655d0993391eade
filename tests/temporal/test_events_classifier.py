"""The learned trigger scorer: shipped small, loads without the network, retrains."""

from __future__ import annotations

import json

from temporal.events import classifier, training
from temporal.events.sentences import split

TIMEML = """<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2001-03-05">x</TIMEX3></DCT>
<TEXT>The rebels <EVENT eid="e1" class="OCCURRENCE">stormed</EVENT> the town and the army
<EVENT eid="e2" class="OCCURRENCE">retreated</EVENT>. The town is <EVENT eid="e3"
class="STATE">quiet</EVENT>. Crowds <EVENT eid="e4" class="OCCURRENCE">gathered</EVENT> at the
gate.</TEXT></TimeML>"""


def test_the_shipped_model_is_small_and_scores_happenings_above_function_words():
    assert classifier.MODEL_PATH.stat().st_size < 5_000_000
    model = classifier.model()
    assert model is not None
    text = "The protesters stormed the parliament building in the capital."
    words = split(text)[0].words
    scores = {w.lower: model.score(words, i) for i, w in enumerate(words)}
    assert scores["stormed"] > 0 > scores["the"]
    assert scores["stormed"] > scores["capital"]


def test_training_learns_from_timeml_and_writes_weights(tmp_path):
    folder = tmp_path / "tml"
    folder.mkdir()
    for n in range(3):
        (folder / f"d{n}.tml").write_text(TIMEML, encoding="utf-8")
    out = tmp_path / "model.json"
    assert training.main([str(folder), "--test", str(folder), "--out", str(out),
                          "--epochs", "3"]) == 0
    weights = json.loads(out.read_text(encoding="utf-8"))["weights"]
    model = classifier.TriggerModel(weights)
    words = split("Crowds gathered at the gate.")[0].words
    assert model.score(words, 1) > 0 > model.score(words, 3)
