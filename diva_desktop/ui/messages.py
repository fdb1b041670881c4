"""Translated sentences for command labels and core problems.

The core speaks in codes: a command has ``code`` and ``params``, a
:class:`~diva_desktop.core.errors.Problem` has ``code``, ``location`` and
``params``. This module turns them into sentences in the user's language.

Templates are English source strings marked with ``QT_TRANSLATE_NOOP`` so that
``pyside6-lupdate`` collects them into ``resources/translations/diva_sv.ts``;
at run time they are looked up with ``QCoreApplication.translate`` in the same
context. Placeholders are Python ``{name}`` fields; a translation must keep
every placeholder (a test checks it). Identifiers in params (``criterion``,
``alternative``…) are shown by name, looked up in the model.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from diva_desktop.core.commands import item_name
from diva_desktop.core.errors import Problem
from diva_desktop.core.model import ROOT_ID, Model


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for ``pyside6-lupdate`` (which looks for this name); returns it unchanged.

    Qt's own is typed as returning ``object``; this one keeps the type.
    """
    return text


LABEL_CONTEXT = "CommandLabel"
PROBLEM_CONTEXT = "Problem"

# -- command labels (the undo stack's texts) ---------------------------------

COMMAND_LABELS: dict[str, str] = {
    "restore": QT_TRANSLATE_NOOP("CommandLabel", "Restore"),
    "rename_project": QT_TRANSLATE_NOOP("CommandLabel", "Rename project ‘{name}’"),
    "edit_project_info": QT_TRANSLATE_NOOP("CommandLabel", "Edit project information"),
    "add_criterion": QT_TRANSLATE_NOOP("CommandLabel", "Add criterion ‘{name}’"),
    "remove_criterion": QT_TRANSLATE_NOOP("CommandLabel", "Delete criterion ‘{criterion}’"),
    "rename_criterion": QT_TRANSLATE_NOOP("CommandLabel", "Rename criterion ‘{name}’"),
    "describe_criterion": QT_TRANSLATE_NOOP("CommandLabel", "Describe criterion ‘{criterion}’"),
    "change_unit_of_criterion": QT_TRANSLATE_NOOP("CommandLabel", "Change unit of ‘{criterion}’"),
    "change_scale_of_criterion": QT_TRANSLATE_NOOP("CommandLabel", "Change scale of ‘{criterion}’"),
    "link_goals_of_criterion": QT_TRANSLATE_NOOP("CommandLabel", "Link goals to ‘{criterion}’"),
    "edit_criterion": QT_TRANSLATE_NOOP("CommandLabel", "Edit criterion ‘{criterion}’"),
    "remove_criteria": QT_TRANSLATE_NOOP("CommandLabel", "Delete {count} criteria"),
    "move_criterion": QT_TRANSLATE_NOOP("CommandLabel", "Move criterion ‘{criterion}’"),
    "move_criteria": QT_TRANSLATE_NOOP("CommandLabel", "Move {count} criteria"),
    "add_alternative": QT_TRANSLATE_NOOP("CommandLabel", "Add alternative ‘{name}’"),
    "remove_alternative": QT_TRANSLATE_NOOP("CommandLabel", "Delete alternative ‘{alternative}’"),
    "remove_alternatives": QT_TRANSLATE_NOOP("CommandLabel", "Delete {count} alternatives"),
    "rename_alternative": QT_TRANSLATE_NOOP("CommandLabel", "Rename alternative ‘{name}’"),
    "describe_alternative": QT_TRANSLATE_NOOP("CommandLabel", "Describe alternative ‘{alternative}’"),
    "change_cost_of_alternative": QT_TRANSLATE_NOOP("CommandLabel", "Change cost of ‘{alternative}’"),
    "change_resources_of_alternative": QT_TRANSLATE_NOOP(
        "CommandLabel", "Change resources of ‘{alternative}’"
    ),
    "mark_do_nothing_alternative": QT_TRANSLATE_NOOP(
        "CommandLabel", "Change do-nothing mark of ‘{alternative}’"
    ),
    "edit_alternative": QT_TRANSLATE_NOOP("CommandLabel", "Edit alternative ‘{alternative}’"),
    "move_alternative": QT_TRANSLATE_NOOP("CommandLabel", "Move alternative ‘{alternative}’"),
    "move_alternatives": QT_TRANSLATE_NOOP("CommandLabel", "Move {count} alternatives"),
    "duplicate_alternative": QT_TRANSLATE_NOOP("CommandLabel", "Duplicate alternative ‘{alternative}’"),
    "set_score": QT_TRANSLATE_NOOP("CommandLabel", "Score ‘{alternative}’ on ‘{criterion}’"),
    "clear_score": QT_TRANSLATE_NOOP("CommandLabel", "Clear score of ‘{alternative}’ on ‘{criterion}’"),
    "set_scores": QT_TRANSLATE_NOOP("CommandLabel", "Set {count} scores"),
    "clear_scores": QT_TRANSLATE_NOOP("CommandLabel", "Clear {count} scores"),
    "set_weights": QT_TRANSLATE_NOOP("CommandLabel", "Set weights of ‘{node}’"),
    "clear_weights": QT_TRANSLATE_NOOP("CommandLabel", "Clear weights of ‘{node}’"),
    "set_portfolio": QT_TRANSLATE_NOOP("CommandLabel", "Change portfolio constraints"),
    "add_document": QT_TRANSLATE_NOOP("CommandLabel", "Add document ‘{name}’"),
    "remove_document": QT_TRANSLATE_NOOP("CommandLabel", "Delete document ‘{document}’"),
    "edit_document": QT_TRANSLATE_NOOP("CommandLabel", "Edit document ‘{document}’"),
    "add_goal": QT_TRANSLATE_NOOP("CommandLabel", "Add goal"),
    "remove_goal": QT_TRANSLATE_NOOP("CommandLabel", "Delete goal"),
    "edit_goal": QT_TRANSLATE_NOOP("CommandLabel", "Edit goal"),
    "add_participant": QT_TRANSLATE_NOOP("CommandLabel", "Add participant ‘{name}’"),
    "remove_participant": QT_TRANSLATE_NOOP("CommandLabel", "Delete participant ‘{participant}’"),
    "edit_participant": QT_TRANSLATE_NOOP("CommandLabel", "Edit participant ‘{participant}’"),
    "add_indicator": QT_TRANSLATE_NOOP("CommandLabel", "Add indicator ‘{name}’"),
    "remove_indicator": QT_TRANSLATE_NOOP("CommandLabel", "Delete indicator ‘{indicator}’"),
    "edit_indicator": QT_TRANSLATE_NOOP("CommandLabel", "Edit indicator ‘{indicator}’"),
    "add_measurement": QT_TRANSLATE_NOOP("CommandLabel", "Add measurement of ‘{indicator}’"),
    "remove_measurement": QT_TRANSLATE_NOOP("CommandLabel", "Delete measurement"),
    "edit_measurement": QT_TRANSLATE_NOOP("CommandLabel", "Edit measurement"),
    "change_scale_and_clear_scores": QT_TRANSLATE_NOOP(
        "CommandLabel", "Change scale of ‘{criterion}’ and clear {count} scores"
    ),
}

_ID_KINDS = ("criterion", "node", "parent", "alternative", "document", "goal", "participant", "indicator")


class _SafeDict(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _format(template: str, values: Mapping[str, Any]) -> str:
    try:
        return string.Formatter().vformat(template, (), _SafeDict({k: str(v) for k, v in values.items()}))
    except (ValueError, IndexError):
        return template


def _resolve(params: Mapping[str, Any], model: Model | None) -> dict[str, Any]:
    out = dict(params)
    if model is None:
        return out
    for kind in _ID_KINDS:
        if kind in out and isinstance(out[kind], str):
            if out[kind] == ROOT_ID:
                out[kind] = QCoreApplication.translate("CommandLabel", "top level")
            else:
                out[kind] = item_name(model, kind, out[kind])
    return out


def command_label(code: str, params: Mapping[str, Any], model: Model | None = None) -> str:
    """The translated label of a command (ids in ``params`` shown by name from ``model``)."""
    template = COMMAND_LABELS.get(code)
    if template is None:
        return code.replace("_", " ").capitalize()
    return _format(QCoreApplication.translate(LABEL_CONTEXT, template), _resolve(params, model))


# -- problems ------------------------------------------------------------------

PROBLEM_TEXTS: dict[str, str] = {
    "bad_id": QT_TRANSLATE_NOOP(
        "Problem", "The identifier ‘{value}’ is not valid: use 1–64 letters A–Z, digits, ‘_’, ‘.’ or ‘-’."
    ),
    "duplicate_id": QT_TRANSLATE_NOOP("Problem", "The identifier ‘{value}’ is already used."),
    "not_finite": QT_TRANSLATE_NOOP("Problem", "The value is not a finite number."),
    "out_of_range": QT_TRANSLATE_NOOP("Problem", "The value {value} is out of range."),
    "empty": QT_TRANSLATE_NOOP("Problem", "The text must not be empty."),
    "unknown_kind": QT_TRANSLATE_NOOP("Problem", "Unknown document kind."),
    "bad_date": QT_TRANSLATE_NOOP("Problem", "The date must be written as YYYY-MM-DD."),
    "unknown_reference": QT_TRANSLATE_NOOP("Problem", "Refers to ‘{value}’, which does not exist."),
    "degenerate_scale": QT_TRANSLATE_NOOP("Problem", "The worst and the best end of the scale must differ."),
    "too_few_points": QT_TRANSLATE_NOOP("Problem", "A piecewise scale needs at least two points."),
    "not_increasing": QT_TRANSLATE_NOOP(
        "Problem", "The points of a piecewise scale must have increasing x values."
    ),
    "too_few_levels": QT_TRANSLATE_NOOP("Problem", "A level scale needs at least one level."),
    "duplicate_label": QT_TRANSLATE_NOOP("Problem", "Two levels have the same label."),
    "reserved_id": QT_TRANSLATE_NOOP("Problem", "‘root’ is reserved for the top of the criteria tree."),
    "scale_on_node": QT_TRANSLATE_NOOP(
        "Problem", "Only criteria without sub-criteria have a scale."
    ),
    "several_do_nothing": QT_TRANSLATE_NOOP(
        "Problem", "At most one alternative may be the do-nothing alternative."
    ),
    "level_expected": QT_TRANSLATE_NOOP("Problem", "This criterion is scored with levels, not numbers."),
    "unknown_level": QT_TRANSLATE_NOOP("Problem", "‘{value}’ is not one of the scale's levels."),
    "interval_reversed": QT_TRANSLATE_NOOP("Problem", "The interval is reversed: write the lower end first."),
    "number_expected": QT_TRANSLATE_NOOP("Problem", "A number is expected here."),
    "score_out_of_scale": QT_TRANSLATE_NOOP(
        "Problem", "The score {value} is outside the scale; allowed range {low}–{high}."
    ),
    "score_on_node": QT_TRANSLATE_NOOP("Problem", "Only criteria without sub-criteria are scored."),
    "missing_score": QT_TRANSLATE_NOOP(
        "Problem", "Missing score; it counts as the whole scale (value 0–1)."
    ),
    "weights_on_leaf": QT_TRANSLATE_NOOP(
        "Problem", "Weights belong to criteria with sub-criteria, not to a leaf."
    ),
    "not_a_child": QT_TRANSLATE_NOOP("Problem", "‘{value}’ is not a sub-criterion of this criterion."),
    "repeated_child": QT_TRANSLATE_NOOP("Problem", "A sub-criterion appears more than once in the order."),
    "omitted_child": QT_TRANSLATE_NOOP("Problem", "Every sub-criterion must be included."),
    "empty_statement": QT_TRANSLATE_NOOP("Problem", "Give a minimum, a maximum or both."),
    "unknown_surrogate": QT_TRANSLATE_NOOP("Problem", "Unknown surrogate weight method."),
    "empty_group": QT_TRANSLATE_NOOP("Problem", "A rank group is empty."),
    "wrong_step_count": QT_TRANSLATE_NOOP("Problem", "Give one step between each pair of neighbours."),
    "bad_step": QT_TRANSLATE_NOOP("Problem", "A step must be 0, 1, 2 or 3."),
    "zero_weights": QT_TRANSLATE_NOOP("Problem", "The weights sum to zero; give at least one positive weight."),
    "self_ratio": QT_TRANSLATE_NOOP("Problem", "A ratio must compare two different criteria."),
    "focal_sum": QT_TRANSLATE_NOOP("Problem", "The representative weights must sum to 1."),
    "unused_resource": QT_TRANSLATE_NOOP("Problem", "No alternative uses this resource."),
    "do_nothing_in_portfolio": QT_TRANSLATE_NOOP(
        "Problem", "The do-nothing alternative is never part of a portfolio."
    ),
    "mandatory_excluded": QT_TRANSLATE_NOOP("Problem", "An alternative is both mandatory and excluded."),
    "mandatory_exclusive": QT_TRANSLATE_NOOP(
        "Problem", "Several mandatory alternatives exclude each other."
    ),
    "malformed_json": QT_TRANSLATE_NOOP("Problem", "The file is not valid JSON."),
    "unknown_key": QT_TRANSLATE_NOOP("Problem", "The file contains an unknown field."),
    "missing_key": QT_TRANSLATE_NOOP("Problem", "A required field is missing."),
    "wrong_type": QT_TRANSLATE_NOOP("Problem", "A value has the wrong type."),
    "wrong_format": QT_TRANSLATE_NOOP("Problem", "The file is not a DIVÄ model."),
    "newer_version": QT_TRANSLATE_NOOP(
        "Problem", "The file was written by a newer version of DIVÄ Desktop. Update the program to open it."
    ),
    "bad_value": QT_TRANSLATE_NOOP("Problem", "A value is not valid."),
    "unknown_type": QT_TRANSLATE_NOOP("Problem", "Unknown type."),
    "io": QT_TRANSLATE_NOOP("Problem", "The file cannot be read or written."),
    "encoding": QT_TRANSLATE_NOOP("Problem", "The file is not UTF-8 text."),
    "xlsx_malformed": QT_TRANSLATE_NOOP(
        "Problem", "The file is not an Excel workbook (.xlsx) that can be read."
    ),
    "xlsx_text_too_long": QT_TRANSLATE_NOOP(
        "Problem", "The text is longer than the 32,767 characters an Excel cell holds; shorten it or export the model to JSON."
    ),
    "xlsx_unknown_score": QT_TRANSLATE_NOOP(
        "Problem", "A score is given for a criterion that is not a leaf; the workbook cannot hold it."
    ),
    "xlsx_unknown_sheet": QT_TRANSLATE_NOOP(
        "Problem", "The workbook has an unknown or repeated sheet; remove it."
    ),
    "xlsx_missing_sheet": QT_TRANSLATE_NOOP(
        "Problem", "A sheet that a model workbook needs is missing."
    ),
    "xlsx_unknown_column": QT_TRANSLATE_NOOP(
        "Problem", "The column is unknown or repeated; the header row names the sheet’s columns."
    ),
    "xlsx_missing_column": QT_TRANSLATE_NOOP(
        "Problem", "A required column is missing from the header row."
    ),
    "xlsx_bad_header": QT_TRANSLATE_NOOP(
        "Problem", "The sheet’s header rows are not as written; restore them."
    ),
    "xlsx_unknown_field": QT_TRANSLATE_NOOP(
        "Problem", "The Model sheet has an unknown field."
    ),
    "xlsx_formula": QT_TRANSLATE_NOOP(
        "Problem", "The cell holds a formula; type the value itself."
    ),
    "xlsx_missing_cell": QT_TRANSLATE_NOOP(
        "Problem", "The cell is blank, but a value is required here."
    ),
    "xlsx_not_text": QT_TRANSLATE_NOOP(
        "Problem", "The cell should hold text; write an identifier as text, not as a number."
    ),
    "xlsx_not_number": QT_TRANSLATE_NOOP(
        "Problem", "The cell should hold a number."
    ),
    "xlsx_not_flag": QT_TRANSLATE_NOOP(
        "Problem", "The cell should hold TRUE or FALSE."
    ),
    "xlsx_bad_cell": QT_TRANSLATE_NOOP(
        "Problem", "The cell’s value is not valid here."
    ),
    "xlsx_bad_json": QT_TRANSLATE_NOOP(
        "Problem", "The cell should hold JSON as in the JSON model format."
    ),
    "xlsx_duplicate": QT_TRANSLATE_NOOP(
        "Problem", "The item appears twice; delete one of them."
    ),
    "xlsx_unknown_ref": QT_TRANSLATE_NOOP(
        "Problem", "The identifier does not name an item of the sheet it refers to."
    ),
    "xlsx_cycle": QT_TRANSLATE_NOOP(
        "Problem", "The criteria’s parents form a cycle."
    ),
    "xlsx_text_order": QT_TRANSLATE_NOOP(
        "Problem", "The rows of a document’s text are out of order (page, part)."
    ),
    "unknown_criterion": QT_TRANSLATE_NOOP("Problem", "There is no criterion ‘{id}’."),
    "unknown_alternative": QT_TRANSLATE_NOOP("Problem", "There is no alternative ‘{id}’."),
    "bad_index": QT_TRANSLATE_NOOP("Problem", "The position is outside the list."),
    "move_into_itself": QT_TRANSLATE_NOOP(
        "Problem", "A criterion cannot be moved under itself or its own sub-criteria."
    ),
    "not_a_number": QT_TRANSLATE_NOOP("Problem", "‘{value}’ is not a number."),
    "negative": QT_TRANSLATE_NOOP("Problem", "The value must not be negative."),
    "bad_resources": QT_TRANSLATE_NOOP(
        "Problem", "Write resources as ‘name: amount’, separated by semicolons."
    ),
    "infeasible": QT_TRANSLATE_NOOP(
        "Problem", "No weights satisfy all the statements on ‘{node}’. Conflicting: {conflict}."
    ),
    "bad_interval": QT_TRANSLATE_NOOP("Problem", "An interval must be a pair: low and high."),
    "bad_preferences": QT_TRANSLATE_NOOP("Problem", "The preference statements cannot be read."),
    "no_children": QT_TRANSLATE_NOOP("Problem", "The criterion has no sub-criteria to weight."),
    "unknown_method": QT_TRANSLATE_NOOP("Problem", "Unknown weighting method."),
    "unknown_statement": QT_TRANSLATE_NOOP("Problem", "Unknown kind of preference statement."),
    "not_storable": QT_TRANSLATE_NOOP("Problem", "This part of the model cannot be stored in a project file."),
    "no_feasible_portfolio": QT_TRANSLATE_NOOP("Problem", "No portfolio satisfies all the constraints."),
    "focal_outside": QT_TRANSLATE_NOOP(
        "Problem", "The representative weights of ‘{node}’ break these statements: {violated}."
    ),
    "portfolio_conflict": QT_TRANSLATE_NOOP(
        "Problem", "‘{alternative}’ must be in every portfolio but cannot be in any, so no portfolio is feasible."
    ),
    "mandatory_over_limit": QT_TRANSLATE_NOOP(
        "Problem", "The mandatory alternatives {alternatives} together exceed the limit ‘{limit}’."
    ),
    # storage (.diva files)
    "not_found": QT_TRANSLATE_NOOP("Problem", "The file does not exist. Check its name and folder."),
    "not_a_file": QT_TRANSLATE_NOOP("Problem", "This is a folder, not a project file."),
    "not_sqlite": QT_TRANSLATE_NOOP(
        "Problem", "This is not a DIVÄ project file. Open a .diva file saved by DIVÄ Desktop, or a JSON model."
    ),
    "foreign_database": QT_TRANSLATE_NOOP(
        "Problem", "This is a database of another program, not a DIVÄ project."
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "Problem", "The project file is damaged. Restore it from a backup; DIVÄ Desktop has not changed it."
    ),
    "unreadable": QT_TRANSLATE_NOOP("Problem", "The file cannot be read. Check that you may read it."),
    "upgrade_failed": QT_TRANSLATE_NOOP(
        "Problem", "The project could not be upgraded to this version. The file is unchanged."
    ),
    "save_failed": QT_TRANSLATE_NOOP("Problem", "The project could not be saved; the file on disk is unchanged."),
    "save_failed_read_only": QT_TRANSLATE_NOOP(
        "Problem", "The folder or the file is read-only. Save to a folder where you may write."
    ),
    "save_failed_disk_full": QT_TRANSLATE_NOOP(
        "Problem", "The disk is full. Free some space or save to another disk."
    ),
    "save_failed_locked": QT_TRANSLATE_NOOP(
        "Problem", "Another program is using the file. Close it and save again."
    ),
}


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _locale_number(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return ", ".join(str(_locale_number(v)) for v in value)
    if isinstance(value, str) and value == "budget":
        return QCoreApplication.translate("Problem", "budget")
    if isinstance(value, float | int) and not isinstance(value, bool):
        return QLocale().toString(float(value), "g", 12)
    return value


def _refined_code(problem: Problem) -> str:
    """A more precise code where the storage layer gives the reason only in its text."""
    if problem.code == "save_failed":
        low = problem.text.lower()
        for marker, code in (
            ("read-only", "save_failed_read_only"),
            ("disk is full", "save_failed_disk_full"),
            ("another program", "save_failed_locked"),
        ):
            if marker in low:
                return code
    return problem.code


def problem_text(problem: Problem, model: Model | None = None) -> str:
    """One problem as a translated sentence (the English core text if the code is unknown)."""
    template = PROBLEM_TEXTS.get(_refined_code(problem))
    params = {k: _locale_number(v) for k, v in _resolve(problem.params, model).items()}
    if template is None or not _placeholders(template) <= set(params):
        return problem.text
    return _format(QCoreApplication.translate(PROBLEM_CONTEXT, template), params)


def problem_sentence(problem: Problem, model: Model | None = None) -> str:
    """The problem with its place: ``"scores.a.b: The score 80 is outside…"``."""
    text = problem_text(problem, model)
    return f"{problem.location}: {text}" if problem.location else text


def problems_text(problems: Iterable[Problem], model: Model | None = None, limit: int = 12) -> str:
    """Several problems, one per line (at most ``limit``, then "… and N more")."""
    items = list(problems)
    lines = [problem_sentence(p, model) for p in items[:limit]]
    if len(items) > limit:
        lines.append(
            _format(
                QCoreApplication.translate("Problem", "… and {count} more"),
                {"count": len(items) - limit},
            )
        )
    return "\n".join(lines)
