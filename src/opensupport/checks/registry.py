"""Which checks run, in order."""

from __future__ import annotations

from .completeness import check_list_codes, check_recommended
from .crossfield import (
    check_ages,
    check_attendance_credit,
    check_contact,
    check_dates,
    check_fee,
    check_formula,
    check_sensitive,
)
from .duplicates import check_near_duplicates
from .geo import check_coordinates
from .identifiers import (
    check_corporate_number,
    check_municipality,
    check_phone,
    check_postal_code,
    check_service_area,
)
from .opening import check_schedule

ROW_CHECKS = [
    check_recommended,
    check_list_codes,
    check_municipality,
    check_service_area,
    check_postal_code,
    check_phone,
    check_corporate_number,
    check_coordinates,
    check_schedule,
    check_fee,
    check_sensitive,
    check_attendance_credit,
    check_ages,
    check_dates,
    check_contact,
    check_formula,
]
TABLE_CHECKS = [check_near_duplicates]
