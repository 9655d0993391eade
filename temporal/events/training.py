"""Train the trigger scorer on TimeML EVENT annotations; report it on held-out documents.

Run as ``python -m temporal.events.training TRAIN_DIR [--test DIR] [--epochs N]``,
e.g. ``../shared/tempeval3/TimeBank --test ../shared/tempeval3/AQUAINT``. It
writes ``temporal/events/trigger_model.json`` (weights rounded, near-zero ones
dropped) and prints word-level precision/recall of the model and, for
comparison, of the lexicon alone on the test set. Averaged perceptron: a
few passes over a few hundred documents, deterministic (fixed shuffle seed).
"""
from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from pathlib import Path

from temporal.event_evaluation import load_timeml_events

from .classifier import MODEL_PATH, TriggerModel, features
from .lexicon import TRIGGERS
from .sentences import split

_MIN_WEIGHT = 0.05


def examples(directory: str) -> list[tuple[list[str], bool, str]]:
    """(features, is an OCCURRENCE event word, the word) for every word of every document."""
    out = []
    for path in sorted(Path(directory).rglob("*.tml")):
        doc = load_timeml_events(path, "")
        spans = doc.occurrences  # happenings, not states or reporting
        for sentence in split(doc.text):
            words = sentence.words
            k = 0
            for i, w in enumerate(words):
                while k < len(spans) and spans[k][1] <= w.start:
                    k += 1
                label = k < len(spans) and spans[k][0] < w.end
                out.append((features(words, i), bool(label), w.lower))
    return out


def train(data, epochs: int) -> dict[str, float]:
    weights: dict[str, float] = defaultdict(float)
    totals: dict[str, float] = defaultdict(float)
    stamps: dict[str, int] = defaultdict(int)
    step = 0
    order = list(range(len(data)))
    rng = random.Random(13)
    for _ in range(epochs):
        rng.shuffle(order)
        for n in order:
            feats, label, _ = data[n]
            step += 1
            score = sum(weights.get(f, 0.0) for f in feats)
            if (score > 0) != label:
                delta = 1.0 if label else -1.0
                for f in feats:
                    totals[f] += (step - stamps[f]) * weights[f]
                    stamps[f] = step
                    weights[f] += delta
    averaged = {}
    for f, w in weights.items():
        total = totals[f] + (step - stamps[f]) * w
        value = total / step
        if abs(value) >= _MIN_WEIGHT:
            averaged[f] = round(value, 3)
    return averaged


def _prf(predicted, gold) -> str:
    tp = sum(1 for p, g in zip(predicted, gold) if p and g)
    p = tp / max(1, sum(predicted))
    r = tp / max(1, sum(gold))
    return f"P {p:.3f} R {r:.3f} F1 {2 * p * r / max(1e-9, p + r):.3f}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("train")
    ap.add_argument("--test")
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--out", default=str(MODEL_PATH))
    args = ap.parse_args(argv)
    data = examples(args.train)
    weights = train(data, args.epochs)
    Path(args.out).write_text(json.dumps({"trained_on": Path(args.train).name,
                                          "epochs": args.epochs, "weights": weights},
                                         sort_keys=True), encoding="utf-8")
    print(f"{len(data)} words, {len(weights)} weights -> {args.out} "
          f"({Path(args.out).stat().st_size / 1e6:.2f} MB)")
    if args.test:
        test = examples(args.test)
        model = TriggerModel(weights)
        gold = [label for _, label, _ in test]
        by_model = [model.weights and sum(weights.get(f, 0.0) for f in feats) > 0
                    for feats, _, _ in test]
        by_lexicon = [word in TRIGGERS for _, _, word in test]
        print(f"held out ({Path(args.test).name}), OCCURRENCE words: model {_prf(by_model, gold)}; "
              f"lexicon {_prf(by_lexicon, gold)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
