"""Banners above the case: a carrier rejection in plain words with its fix, an edit conflict,
restored edits, and the two rules that must stay in front of the specialist.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from portdesk.domain.case import CaseKind, PortCase
from portdesk.domain.lifecycle import Status
from portdesk.domain.rejections import RejectionReason, reason_for
from portdesk.domain.routing import action_name
from portdesk.domain.sync_trouble import SyncTrouble

RULES = ("Copy every value exactly as the carrier has it: one character off means rejection.",
         "Tell the customer: do not cancel service with the old carrier before the port "
         "completes.")


class Banner(QFrame):
    def __init__(self, tone: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        colors = {"error": ("#fdecea", "#8e1c1c", "#e57373"),
                  "warn": ("#fff4e5", "#7a4100", "#ffb74d"),
                  "info": ("#e8f1fb", "#0d3c75", "#90caf9")}[tone]
        self.setStyleSheet(f"QFrame#banner {{ background: {colors[0]}; border: 1px solid "
                           f"{colors[2]}; border-radius: 6px; }} QFrame#banner QLabel "
                           f"{{ color: {colors[1]}; background: transparent; }}")
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(10, 8, 10, 8)
        box.addWidget(self.title)
        box.addWidget(self.text)
        box.addLayout(self.buttons)
        self.hide()

    def button(self, text: str) -> QPushButton:
        b = QPushButton(text)
        b.setAccessibleName(text)
        self.buttons.addWidget(b)
        return b


class ExceptionBanner(Banner):
    fix_requested = Signal(str)  # field to jump to ("" when none)
    split_requested = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__("error", parent)
        self.reason: RejectionReason | None = None
        self.fix = self.button("Fix and resubmit")
        self.split = self.button("Split…")
        self.fix.clicked.connect(lambda: self.fix_requested.emit(
            self.reason.field if self.reason and self.reason.field else ""))
        self.split.clicked.connect(self.split_requested)
        self.setAccessibleName("Carrier rejection")

    def show_case(self, case: PortCase) -> None:
        if case.status != Status.EXCEPTION:
            self.reason = None
            self.hide()
            return
        self.reason = reason_for(case.exception_code, case.exception_detail or None)
        self.title.setText(f"Rejected by the carrier: {self.reason.title}")
        detail = f" ({case.exception_detail})" if case.exception_detail and \
            case.exception_detail not in self.reason.cause else ""
        self.text.setText(f"Why: {self.reason.cause}{detail}.\nFix: {self.reason.fix}")
        self.split.setVisible(self.reason.field == "numbers" or len(case.numbers) > 1)
        self.show()


class ConflictBanner(Banner):
    reload_requested = Signal()
    compare_requested = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__("warn", parent)
        self.name_change("")
        self.reload = self.button("Reload theirs")
        self.compare = self.button("Compare…")
        self.reload.clicked.connect(self.reload_requested)
        self.compare.clicked.connect(self.compare_requested)
        self.setAccessibleName("Edit conflict")

    def name_change(self, who: str) -> None:
        """`who`: "Ana at 09:53: Title" from the audit log, "" until it is read."""
        self.title.setText("Changed by someone else")
        saved = f"Saved by {who}, while you edited it." if who else \
            "This case was saved by someone else while you edited it."
        self.text.setText(f"{saved} Your edits are kept here (not saved). Reload to take their "
                          "version, or compare and choose field by field.")


class SyncBanner(Banner):
    """A change of the case that did not reach the platform: what, why in the platform's words
    (the PIN masked), what to do; "Send again" for what the platform refused (Ctrl+Shift+R)."""

    retry_requested = Signal()
    sync_requested = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__("error", parent)
        self.trouble: SyncTrouble | None = None
        self.retry = self.button("Send again as it is")
        self.retry.setToolTip("Only when the cause was fixed outside PortDesk: a fix saved "
                              "here sends the refused change again by itself (Ctrl+Shift+R)")
        self.sync = self.button("Sync now")
        self.retry.clicked.connect(self.retry_requested)
        self.sync.clicked.connect(self.sync_requested)
        self.setAccessibleName("Not sent to the platform")

    def show_trouble(self, trouble: SyncTrouble | None) -> None:
        self.trouble = trouble
        if trouble is None:
            self.hide()
            return
        self.title.setText(trouble.title)
        behind = f"\n{trouble.behind[0].upper()}{trouble.behind[1:]}." if trouble.behind else ""
        self.text.setText(f"Why: {trouble.why}.\n{trouble.advice}{behind}")
        self.retry.setVisible(trouble.refused)
        self.sync.setVisible(not trouble.refused)
        self.show()


class RulesStrip(QLabel):
    """The two rules, where they matter: port-ins that are not done yet."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("rule")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#rule { background: rgba(255, 193, 7, 0.16); "
                           "border-radius: 4px; padding: 6px 8px; }")
        self.setText("⚠ " + "\n⚠ ".join(RULES))
        self.setAccessibleName("Porting rules")

    def show_case(self, case: PortCase) -> None:
        self.setVisible(case.kind == CaseKind.PORT_IN and case.status not in (
            Status.PORTED, Status.CANCELLED, Status.EXPIRED))


TRANSFER_RESET = ("Call routing and SMS were reset on the destination sub-account: set them up "
                  "again, then")


class PostPortBanner(Banner):
    """After a port-in completes: verify calls, texts and listings (checked and dated)."""

    verify_requested = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__("info", parent)
        self.verify = self.button("Verify the port…")
        self.verify.clicked.connect(self.verify_requested)
        self.setAccessibleName("Post-port verification")

    def show_checks(self, case: PortCase, checks: list[Any], summary: str) -> None:
        if not checks:
            self.hide()
            return
        failed = any(c.works is False for c in checks)
        done = all(c.works is not None for c in checks)
        done_what = "Transfer completed" if case.kind == CaseKind.SUBACCOUNT_TRANSFER else \
            "Port completed"
        self.title.setText(done_what if not failed else f"{done_what}: a check failed")
        if case.kind == CaseKind.SUBACCOUNT_TRANSFER and summary.startswith("Ported: "):
            summary = f"{TRANSFER_RESET} " + summary.removeprefix("Ported: ")  # its own step
        lines = [summary] + [f"{'✔' if c.works else '✖' if c.works is False else '○'} "
                             f"{c.label}" + (f" · {c.on:%b %d}" if c.on else "")
                             + (f" · {c.note}" if c.note else "") for c in checks]
        self.text.setText("\n".join(lines))
        self.verify.setText("Review the checks…" if done else f"{action_name(case.kind)[0]}…")
        self.show()
