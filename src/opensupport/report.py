"""Issues and the Report that collects them: bad data is data, not an exception."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

from . import codes

LANGS = ("ja", "en")


@dataclass(frozen=True)
class Issue:
    """One problem, located as the user sees it.

    ``row`` is the spreadsheet row (Excel row, or CSV record counted like Excel: header = 1);
    ``line`` the physical line in a text file (for editors and GitHub annotations);
    ``column`` the header as the user wrote it; ``field`` our field name.
    """

    code: str
    file: str
    row: int | None = None
    column: str | None = None
    field: str | None = None
    value: str | None = None
    line: int | None = None
    col: int | None = None
    params: dict[str, Any] = dc_field(default_factory=dict, compare=False, hash=False)

    @property
    def severity(self) -> str:
        return codes.get(self.code).severity

    def message(self, lang: str = "ja") -> str:
        return self._render(lang)[0]

    def fix(self, lang: str = "ja") -> str:
        return self._render(lang)[1]

    def _render(self, lang: str) -> tuple[str, str]:
        params = {
            "value": self.value or "",
            "column": self.column or "",
            "line": self.line,
            **self.params,
        }
        return codes.get(self.code).render(lang, params)

    def to_dict(self, lang: str = "ja") -> dict[str, Any]:
        message, fix = self._render(lang)
        return {
            "code": self.code,
            "severity": self.severity,
            "file": self.file,
            "row": self.row,
            "line": self.line,
            "column": self.column,
            "field": self.field,
            "value": self.value,
            "message": message,
            "fix": fix,
        }


@dataclass
class Report:
    """The result of validating an area or a file."""

    issues: list[Issue] = dc_field(default_factory=list)
    files: list[str] = dc_field(default_factory=list)
    rows: int = 0
    unverified: list[str] = dc_field(default_factory=list)
    lang: str = "ja"

    def add(self, issue: Issue) -> None:
        self.issues.append(issue)

    def extend(self, issues: Any) -> None:
        self.issues.extend(issues)

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == codes.ERROR]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == codes.WARNING]

    @property
    def valid(self) -> bool:
        return not self.errors

    def passes(self, strict: bool = False) -> bool:
        """True when publishing may go on (``strict``: warnings fail too)."""
        return self.valid and not (strict and self.warnings)

    def counts(self) -> dict[str, int]:
        """Issue counts by code, errors first, then by count."""
        counter = Counter(i.code for i in self.issues)
        order = sorted(
            counter, key=lambda c: (codes.get(c).severity != codes.ERROR, -counter[c], c)
        )
        return {c: counter[c] for c in order}

    def sorted_issues(self) -> list[Issue]:
        return sorted(self.issues, key=lambda i: (i.file, i.row or 0, i.column or "", i.code))

    def to_dict(self) -> dict[str, Any]:
        return {
            "valid": self.valid,
            "files": list(self.files),
            "rows": self.rows,
            "errors": len(self.errors),
            "warnings": len(self.warnings),
            "counts": self.counts(),
            "unverified": list(self.unverified),
            "issues": [i.to_dict(self.lang) for i in self.sorted_issues()],
        }
