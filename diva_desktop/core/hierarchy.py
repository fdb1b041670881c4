"""Queries and edits on the criteria tree that return new trees.

The tree is a tuple of top-level :class:`~diva_desktop.core.model.Criterion`
objects; ``"root"`` (:data:`~diva_desktop.core.model.ROOT_ID`) names the
synthetic node above them. Every edit returns a new tuple and shares the
untouched subtrees with the old one, so an edit costs O(depth × fan-out).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import replace

from .model import ROOT_ID, Criterion

__all__ = [
    "children_of",
    "find",
    "insert",
    "is_in_subtree",
    "locate",
    "remove",
    "slugify",
    "unique_id",
    "update",
]

Tree = tuple[Criterion, ...]


def find(tree: Tree, criterion_id: str) -> Criterion | None:
    """The criterion with this id anywhere in the tree, or ``None``."""
    for c in tree:
        if c.id == criterion_id:
            return c
        found = find(c.children, criterion_id)
        if found is not None:
            return found
    return None


def children_of(tree: Tree, parent_id: str) -> Tree | None:
    """The children of ``parent_id`` (``"root"`` for the top level), or ``None`` if unknown."""
    if parent_id == ROOT_ID:
        return tree
    node = find(tree, parent_id)
    return None if node is None else node.children


def locate(tree: Tree, criterion_id: str, parent_id: str = ROOT_ID) -> tuple[str, int] | None:
    """``(parent id, index among the parent's children)`` of a criterion, or ``None``."""
    for i, c in enumerate(tree):
        if c.id == criterion_id:
            return parent_id, i
        found = locate(c.children, criterion_id, c.id)
        if found is not None:
            return found
    return None


def is_in_subtree(tree: Tree, ancestor_id: str, criterion_id: str) -> bool:
    """Whether ``criterion_id`` is ``ancestor_id`` or one of its descendants."""
    if ancestor_id == ROOT_ID:
        return True
    node = find(tree, ancestor_id)
    return node is not None and any(c.id == criterion_id for c in node.walk())


def _map_children(
    tree: Tree, parent_id: str, fn: Callable[[Tree], Tree]
) -> Tree | None:
    """Replace the child tuple of ``parent_id`` by ``fn(children)``; ``None`` if not found."""
    if parent_id == ROOT_ID:
        return fn(tree)
    for i, c in enumerate(tree):
        if c.id == parent_id:
            return (*tree[:i], replace(c, children=fn(c.children)), *tree[i + 1 :])
        sub = _map_children(c.children, parent_id, fn)
        if sub is not None:
            return (*tree[:i], replace(c, children=sub), *tree[i + 1 :])
    return None


def insert(tree: Tree, parent_id: str, index: int, criterion: Criterion) -> Tree:
    """A new tree with ``criterion`` at ``index`` among ``parent_id``'s children.

    Raises :class:`KeyError` for an unknown parent and :class:`IndexError` for an
    index outside ``0..len(children)``.
    """

    def put(children: Tree) -> Tree:
        if not 0 <= index <= len(children):
            raise IndexError(index)
        return (*children[:index], criterion, *children[index:])

    out = _map_children(tree, parent_id, put)
    if out is None:
        raise KeyError(parent_id)
    return out


def remove(tree: Tree, criterion_id: str) -> tuple[Tree, Criterion, str, int]:
    """A new tree without the criterion (and its subtree).

    Returns ``(tree, removed criterion, parent id, index)``; raises :class:`KeyError`
    if the criterion is not in the tree.
    """
    where = locate(tree, criterion_id)
    if where is None:
        raise KeyError(criterion_id)
    parent_id, index = where
    removed: list[Criterion] = []

    def cut(children: Tree) -> Tree:
        removed.append(children[index])
        return (*children[:index], *children[index + 1 :])

    out = _map_children(tree, parent_id, cut)
    assert out is not None
    return out, removed[0], parent_id, index


def update(tree: Tree, criterion_id: str, fn: Callable[[Criterion], Criterion]) -> Tree:
    """A new tree with the criterion replaced by ``fn(criterion)``; :class:`KeyError` if unknown."""
    where = locate(tree, criterion_id)
    if where is None:
        raise KeyError(criterion_id)
    parent_id, index = where

    def change(children: Tree) -> Tree:
        return (*children[:index], fn(children[index]), *children[index + 1 :])

    out = _map_children(tree, parent_id, change)
    assert out is not None
    return out


_NOT_ID = re.compile(r"[^A-Za-z0-9_.-]+")


def slugify(name: str, fallback: str = "item") -> str:
    """An identifier made from a name: ``"Tillgänglighet för alla"`` → ``"tillganglighet_for_alla"``.

    Letters lose their accents, runs of other characters become ``_``; the result
    matches the spec's identifier pattern and is at most 48 characters long.
    """
    folded = unicodedata.normalize("NFKD", name)
    ascii_name = "".join(ch for ch in folded if not unicodedata.combining(ch))
    slug = _NOT_ID.sub("_", ascii_name.lower()).strip("_.-")[:48].strip("_.-")
    return slug or fallback


def unique_id(name: str, taken: Iterable[str], fallback: str = "item") -> str:
    """:func:`slugify` of ``name``, with ``_2``, ``_3``… added until it is not in ``taken``.

    ``"root"`` counts as taken (it is reserved for the top of the criteria tree).
    """
    used = set(taken) | {ROOT_ID}
    base = slugify(name, fallback)
    candidate = base
    n = 2
    while candidate in used:
        candidate = f"{base}_{n}"
        n += 1
    return candidate
