"""The documented port-in steps around an order: portability, requirements, FOC windows,
exception types, associated numbers (partial ports) and on-demand activation.

Reads are plain GETs; the two writes that are not repeatable (an associated range, an activation)
check what is already on the platform before they resend, like the order calls do.
"""

from __future__ import annotations

from collections.abc import Iterable

from portdesk.logs import MASK
from portdesk.platform.errors import PlatformError, RequestRejected
from portdesk.platform.models import parse_portability
from portdesk.platform.port import PortabilityResult, VerificationCode
from portdesk.platform.records import (
    ActivationJob,
    ExceptionType,
    FocWindow,
    Requirement,
    parse_activation_job,
    parse_exception_type,
    parse_requirement,
    parse_window,
)
from portdesk.platform.transport import ClientCore
from portdesk.platform.wire import Json, from_platform_number, parse_time, to_platform_number


class PortInSteps(ClientCore):
    def portability_check(self, numbers: list[str]) -> list[PortabilityResult]:
        body = self.request("POST", "portability_checks",
                            json={"phone_numbers": [to_platform_number(n) for n in numbers]})
        return self._items(body, "portability check", parse_portability, "portability result")

    def requirements(self, order_id: str) -> list[Requirement]:
        return list(self._all(f"porting_orders/{order_id}/requirements", {}, parse_requirement,
                              kind="requirement"))

    def fulfil_requirements(self, order_id: str, values: dict[str, str]) -> Json:
        """PATCH requirement values (document ids or text) onto the order; returns the order."""
        body = self.request("PATCH", f"porting_orders/{order_id}", json={"requirements": [
            {"requirement_type_id": type_id, "field_value": value}
            for type_id, value in values.items()]})
        data = self._data(body, "the updated order")
        return data if isinstance(data, dict) else {}

    def allowed_foc_windows(self, order_id: str) -> list[FocWindow]:
        body = self.request("GET", f"porting_orders/{order_id}/allowed_foc_windows")
        return self._items(body, "FOC windows", parse_window, "FOC window")

    def exception_types(self) -> list[ExceptionType]:
        body = self.request("GET", "porting_orders/exception_types")
        return self._items(body, "exception types", parse_exception_type, "exception type")

    def associated_numbers(self, order_id: str) -> list[Json]:
        return list(self._all(f"porting_orders/{order_id}/associated_phone_numbers", {},
                              _object, kind="associated number"))

    def add_associated_range(self, order_id: str, start: str, end: str, action: str) -> Json:
        """Numbers on the losing account that stay behind: keep or disconnect them."""
        start, end = to_platform_number(start), to_platform_number(end)

        def applied() -> Json | None:
            return next((a for a in self.associated_numbers(order_id)
                         if (a.get("phone_number_range") or {}).get("start_at") == start
                         and (a.get("phone_number_range") or {}).get("end_at") == end), None)

        def send() -> Json:
            body = self.request(
                "POST", f"porting_orders/{order_id}/associated_phone_numbers", repeatable=False,
                json={"action": action, "phone_number_range": {"start_at": start, "end_at": end}})
            return _object(self._data(body, "the associated number"))

        return self._unsafe(send, applied)

    def activate(self, order_id: str) -> ActivationJob:
        def applied() -> ActivationJob | None:
            jobs = self.activation_jobs(order_id)
            return jobs[-1] if jobs else None

        def send() -> ActivationJob:
            body = self.request("POST", f"porting_orders/{order_id}/actions/activate",
                                repeatable=False)
            return parse_activation_job(self._data(body, "the activation job"))

        return self._unsafe(send, applied)

    def activation_jobs(self, order_id: str) -> list[ActivationJob]:
        return list(self._all(f"porting_orders/{order_id}/activation_jobs", {},
                              parse_activation_job, kind="activation job"))

    def activation_job(self, order_id: str, job_id: str) -> ActivationJob:
        body = self.request("GET", f"porting_orders/{order_id}/activation_jobs/{job_id}")
        return parse_activation_job(self._data(body, "the activation job"))

    # phone number verification codes (the order's `phone_number_verification_codes` step)
    def verification_codes(self, order_id: str) -> list[VerificationCode]:
        return list(self._all(f"porting_orders/{order_id}/verification_codes", {},
                              parse_verification_code, kind="verification code"))

    def send_verification_codes(self, order_id: str, numbers: list[str], method: str) -> None:
        """Repeatable in effect: a second send gives the customer a new code, nothing worse."""
        self.request("POST", f"porting_orders/{order_id}/verification_codes/send", json={
            "phone_numbers": [to_platform_number(n) for n in numbers],
            "verification_method": method})

    def verify_codes(self, order_id: str, codes: dict[str, str]) -> list[VerificationCode]:
        """The codes go in this one request body only; the platform's refusal may quote one
        back, so its words are kept with every code masked."""
        payload = {"verification_codes": [{"phone_number": to_platform_number(n), "code": c}
                                          for n, c in codes.items()]}
        try:
            body = self.request("POST", f"porting_orders/{order_id}/verification_codes/verify",
                                json=payload)
        except PlatformError as exc:
            raise _masked(exc, codes.values()) from None
        return self._items(body, "verification codes", parse_verification_code,
                           "verification code")


def _masked(exc: PlatformError, codes: Iterable[str]) -> PlatformError:
    secrets = sorted((c for c in codes if c), key=len, reverse=True)

    def hide(words: str) -> str:
        for code in secrets:
            words = words.replace(code, MASK)
        return words

    exc.args = (hide(str(exc)), *exc.args[1:])
    if isinstance(exc, RequestRejected):
        exc.errors = [{k: hide(v) for k, v in err.items()} for err in exc.errors]
    return exc


def parse_verification_code(item: object) -> VerificationCode:
    data = _object(item)
    verified = data.get("verified")
    try:
        when = parse_time(data.get("updated_at"), "a verification code's updated_at")
    except PlatformError:
        when = None
    number = data.get("phone_number")
    if not isinstance(number, str) or not number:
        from portdesk.platform.errors import MalformedResponse

        raise MalformedResponse("a verification code without its phone_number")
    return VerificationCode(from_platform_number(number),
                            verified if isinstance(verified, bool) else None, when)


def _object(item: object) -> Json:
    from portdesk.platform.errors import MalformedResponse

    if not isinstance(item, dict):
        raise MalformedResponse("the platform sent a record that is not an object")
    return item
