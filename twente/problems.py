"""Problems found in data files, as structured records; the message for each ``kind`` is
the text ``"problem_" + kind`` in ``twente.i18n``.

A problem names the file, the row as a spreadsheet shows it (the header is row 1) and the
column. ``severity='error'`` means the file (or the rows named) could not be used;
``'warning'`` means the data was used but something was corrected or left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from twente.i18n import t


@dataclass(frozen=True)
class Problem:
    file: str
    kind: str
    row: int | None = None
    column: str | None = None
    severity: str = "error"
    params: dict = field(default_factory=dict, hash=False, compare=False)

    def text(self, lang: str = "nl") -> str:
        message = t("problem_" + self.kind, lang, **self.params)
        where = [self.file]
        if self.row is not None:
            where.append(t("problem_row", lang, row=self.row))
        if self.column:
            where.append(t("problem_column", lang, column=self.column))
        return f"{', '.join(where)}: {message}"

    def __str__(self) -> str:  # English in logs and test output
        return self.text("en")


class DataFileError(Exception):
    """A file that could not be used at all."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))
