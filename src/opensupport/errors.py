"""The one exception family: for the few cases where the pipeline cannot go on."""

from __future__ import annotations


class OpenSupportError(Exception):
    """A problem that stops the pipeline (missing file, broken schema).

    Bad *data* is never an exception: it is an Issue in a Report. This carries a message in
    Japanese and English, and where it happened.
    """

    def __init__(self, ja: str, en: str, *, file: str | None = None) -> None:
        super().__init__(en)
        self.ja = ja
        self.en = en
        self.file = file

    def message(self, lang: str = "ja") -> str:
        text = self.ja if lang == "ja" else self.en
        return f"{self.file}: {text}" if self.file else text
