"""Which checks run, in order."""

from __future__ import annotations

from .completeness import check_list_codes, check_recommended

ROW_CHECKS = [check_recommended, check_list_codes]
TABLE_CHECKS: list = []
