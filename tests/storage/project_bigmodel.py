"""A big deterministic model for the crash tests (no pytest import: the child uses it)."""

from __future__ import annotations

from diva_desktop.core.model import (
    Alternative,
    Criterion,
    Document,
    Goal,
    Level,
    LevelsScale,
    LinearScale,
    Model,
    RankingWeights,
    Score,
)


def big_model(tag: str, n_alternatives: int = 30, n_leaves: int = 48, text_kb: int = 600) -> Model:
    """A deterministic model large enough that saving it takes a noticeable while.

    Models with different tags differ in every table, so a mix of two is never equal
    to either.
    """
    leaves = tuple(
        Criterion(
            f"c{i}",
            f"Kriterium {i} ({tag})",
            unit="%",
            scale=LinearScale(0, 100) if i % 3 else LevelsScale((Level("låg", 0.0), Level("hög", 1.0))),
            goals=("g1",),
        )
        for i in range(n_leaves)
    )
    nodes = tuple(
        Criterion(f"n{k}", f"Område {k} – {tag}", children=leaves[k::4]) for k in range(4)
    )
    alternatives = tuple(
        Alternative(f"a{j}", f"Investering {j} {tag}", cost=1000 * j + len(tag), resources={"tid": j})
        for j in range(n_alternatives)
    )
    scores = {
        a.id: {
            c.id: Score(j % 100, (j + i) % 100 if (j + i) % 100 >= j % 100 else j % 100, f"{tag} {i}")
            if c.scale is not None and c.scale.type == "linear"
            else Score("låg", "hög" if (i + j) % 2 else "låg")
            for i, c in enumerate(leaves)
        }
        for j, a in enumerate(alternatives)
    }
    sentence = f"Åtgärden ({tag}) förbättrar servicen för invånare och företag. "
    text = "\f".join(sentence * (text_kb * 1024 // len(sentence) // 4) for _ in range(4))
    return Model(
        name=f"Stor modell {tag}",
        documents=(Document("doc", f"Strategi {tag}", text=text),),
        goals=(Goal("g1", "doc", f"Mål {tag}", page=1),),
        criteria=nodes,
        alternatives=alternatives,
        scores=scores,
        weights={"root": RankingWeights(tuple((n.id,) for n in nodes))},
    )
