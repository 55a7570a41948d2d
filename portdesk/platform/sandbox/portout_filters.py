"""The filters of `GET /portouts`, as the description names them (ListPortoutRequest).

filter[status], filter[status_in], filter[carrier_name], filter[spid], filter[pon],
filter[support_key], filter[phone_number] ("matches all portouts with the phone number"),
filter[country_code] and filter[country_code_in] (2-letter codes, of the port-out's numbers),
filter[foc_date] ("matches all portouts with the same date"), filter[inserted_at][gte|lte] and
filter[ported_out_at][gte|lte] (date-time ranges). All given filters must hold. The description
does not say how an array is written in a deepObject query (OpenAPI leaves it undefined), so
`status_in` and `country_code_in` are read in the three ways clients write one: the parameter
repeated, with `[]`, or comma-separated. `ported_out_at` is no field of PortoutDetails: the
sandbox takes a ported request's `updated_at` (the moment it became `ported`). The sandbox's
fault `ignored` makes it answer as if it did not know some filters (every record for them).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import phonenumbers
from starlette.requests import Request

from portdesk.platform.sandbox import validate as V
from portdesk.platform.sandbox.clock import parse_iso
from portdesk.platform.sandbox.state import Json

STATUS: V.Schema = {"type": "string", "enum": V.PORTOUT_STATUSES}
TEXT: V.Schema = {"type": "string"}
SINGLE: dict[str, V.Schema] = {
    "status": STATUS, "carrier_name": TEXT, "spid": TEXT, "pon": TEXT, "support_key": TEXT,
    "phone_number": TEXT, "country_code": {"type": "string", "pattern": "^[A-Za-z]{2}$"},
    "foc_date": V.DATE_TIME, "inserted_at.gte": V.DATE_TIME, "inserted_at.lte": V.DATE_TIME,
    "ported_out_at.gte": V.DATE_TIME, "ported_out_at.lte": V.DATE_TIME,
}
LISTS: dict[str, V.Schema] = {"status_in": STATUS,
                              "country_code_in": {"type": "string", "pattern": "^[A-Za-z]{2}$"}}
FILTERS = (*SINGLE, *LISTS)


def read(request: Request, ignored: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The filters given, each checked against the description (a 422 naming the parameter)."""
    found: dict[str, Any] = {}
    for key, value in request.query_params.multi_items():
        if not (key.startswith("filter[") and key.endswith("]")):
            continue
        name = key[7:-1].replace("][", ".")
        if name.endswith(".") or name.endswith("[]"):
            name = name.rstrip(".[]")
        if name in LISTS:
            for item in (v for v in value.split(",") if v):
                V.check(item, LISTS[name], key, parameter=True)
                found.setdefault(name, []).append(item)
        elif name in SINGLE:
            V.check(value, SINGLE[name], key, parameter=True)
            found[name] = value
    return {k: v for k, v in found.items() if k.split(".")[0] not in ignored}


def matches(portout: Json, found: dict[str, Any]) -> bool:
    return all(_TESTS[name.split(".")[0]](portout, name, value) for name, value in found.items())


def _same(field: str) -> Callable[[Json, str, Any], bool]:
    return lambda p, _name, value: str(p.get(field) or "") == value


def _in(field: str) -> Callable[[Json, str, Any], bool]:
    return lambda p, _name, values: str(p.get(field) or "") in values


def _countries(portout: Json) -> set[str]:
    out = set()
    for number in portout.get("phone_numbers") or []:
        try:
            region = phonenumbers.region_code_for_number(phonenumbers.parse(str(number)))
        except phonenumbers.NumberParseException:
            continue
        if region:
            out.add(region.upper())
    return out


def _moment(text: Any) -> datetime | None:
    try:
        return parse_iso(str(text)) if text else None
    except ValueError:
        return None


def _range(field: str) -> Callable[[Json, str, Any], bool]:
    def test(portout: Json, name: str, value: Any) -> bool:
        if field == "ported_out_at" and portout.get("status") != "ported":
            return False
        moment, bound = _moment(portout.get("updated_at" if field == "ported_out_at"
                                            else field)), parse_iso(value)
        if moment is None:
            return False
        return moment >= bound if name.endswith(".gte") else moment <= bound
    return test


def _foc_day(portout: Json, _name: str, value: Any) -> bool:
    foc = _moment(portout.get("foc_date"))
    return foc is not None and foc.date() == parse_iso(value).date()


_TESTS: dict[str, Callable[[Json, str, Any], bool]] = {
    "status": _same("status"), "status_in": _in("status"), "carrier_name": _same("carrier_name"),
    "spid": _same("spid"), "pon": _same("pon"), "support_key": _same("support_key"),
    "phone_number": lambda p, _n, v: v in (p.get("phone_numbers") or []),
    "country_code": lambda p, _n, v: v.upper() in _countries(p),
    "country_code_in": lambda p, _n, v: bool({c.upper() for c in v} & _countries(p)),
    "foc_date": _foc_day, "inserted_at": _range("inserted_at"),
    "ported_out_at": _range("ported_out_at"),
}
