"""Hit-and-run with the chosen burn-in and thinning gives the same SMAA acceptabilities
as exact rejection sampling (issue: decision engine, speed section).

The model is flat with five criteria and interval and ratio statements at the root,
so an exact sampler serves (a triangulation or rejection); the same SMAA run is repeated with
every node sampled by hit-and-run at its default settings. Rank acceptabilities and
pairwise winning indices agree within sampling error (K = 60,000: the standard error of
a share p is at most 0.002; the tolerance of 0.012 is six standard errors).
"""

from __future__ import annotations

import importlib

import numpy as np
import pytest

from diva_desktop.core.analysis.smaa import smaa
from diva_desktop.core.analysis.values import prepare
from diva_desktop.core.model import (
    Alternative,
    Criterion,
    IntervalWeights,
    LinearScale,
    Model,
    Ratio,
    Score,
)
from diva_desktop.core.polytope import HitAndRunSampler, make_sampler, reduce_polytope
from diva_desktop.core.preferences import LocalSet, vertices

smaa_module = importlib.import_module("diva_desktop.core.analysis.smaa")

VALUES = [
    [9, 2, 5, 4, 6],
    [4, 8, 3, 7, 5],
    [6, 5, 8, 2, 4],
    [3, 6, 6, 6, 7],
]


def model() -> Model:
    criteria = tuple(Criterion(f"c{j}", f"C{j}", scale=LinearScale(0, 10)) for j in range(5))
    alternatives = tuple(Alternative(f"a{i}", f"A{i}") for i in range(4))
    scores = {f"a{i}": {f"c{j}": Score.point(v) for j, v in enumerate(row)} for i, row in enumerate(VALUES)}
    weights = {
        "root": IntervalWeights(
            {"c0": (0.05, 0.4), "c1": (0.1, 0.35), "c2": (0.0, 0.3)},
            constraints=(Ratio("c3", "c4", min=0.5, max=2.0),),
        )
    }
    return Model(name="hit-and-run check", criteria=criteria, alternatives=alternatives, scores=scores, weights=weights)


def hit_and_run(ls: LocalSet) -> HitAndRunSampler:
    rows = (ls.A_ub, ls.b_ub, ls.A_eq, ls.b_eq)
    red = reduce_polytope(*rows)
    assert red is not None
    return HitAndRunSampler(red, rows, vertices=vertices(ls))


def test_hit_and_run_gives_the_acceptabilities_of_exact_sampling(monkeypatch: pytest.MonkeyPatch) -> None:
    ev = prepare(model())
    assert not isinstance(make_sampler(ev.sets["root"]), HitAndRunSampler)  # an exact sampler
    exact = smaa(ev, samples=60_000, seed=3)
    assert "hit-and-run" not in exact.samplers[0]

    monkeypatch.setattr(smaa_module, "make_sampler", hit_and_run)
    chained = smaa(prepare(model()), samples=60_000, seed=4)
    assert "hit-and-run" in chained.samplers[0]

    np.testing.assert_allclose(chained.rank_acceptability, exact.rank_acceptability, atol=0.012)
    np.testing.assert_allclose(chained.pairwise_winning, exact.pairwise_winning, atol=0.012)
    # The acceptabilities are far from trivial, so the comparison has power.
    assert 0.1 < exact.rank_acceptability[:, 0].max() < 0.9
