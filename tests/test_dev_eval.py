"""The development set of ``../shared/eval`` measured in the suite, as a ratchet.

Each floor is the level the extractor has reached; a change that scores lower fails.
Raise a floor when the score rises; never lower one to make a change pass.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"

#: Floors reached on the 24 development articles (see CHANGELOG for the history).
FLOORS = {
    "date_acc": 1.0,
    "headline_acc": 1.0,
    "quote_F1": 1.0,
    "attributed_F1": 1.0,
    "person_F1": 1.0,
}

pytestmark = pytest.mark.skipif(
    not (EVAL / "score.py").exists(), reason="the evaluation kit (../shared/eval) is not present"
)


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_articlekit_eval_{name}", EVAL / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Run the kit's own predict and score scripts over the development articles."""
    import json

    predict = _load("predict")
    score = _load("score")
    pred = tmp_path_factory.mktemp("eval") / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        for path in sorted(EVAL.glob("dev-*.txt")):
            fh.write(json.dumps(predict.prediction(str(path)), ensure_ascii=False) + "\n")
    result: dict[str, Any] = score.score(str(EVAL / "gold-dev.json"), str(pred))
    return result


class TestDevSet:
    """Scores on the development set never drop below their floors."""

    @pytest.mark.parametrize("metric", sorted(FLOORS))
    def test_floor(self, scores: dict[str, Any], metric: str) -> None:
        """The metric is at least the level already reached."""
        assert scores[metric] >= FLOORS[metric], (metric, scores[metric])

    def test_every_article_scored(self, scores: dict[str, Any]) -> None:
        """All 24 articles were predicted and scored."""
        assert scores["articles"] == 24
