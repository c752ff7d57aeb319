"""What the wizard's pages share: the open dossier, the bills read, the user's choices, the case saved.

Pages read and write this object; none of them talks to another page directly. Engine objects only (no Qt).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kkoguard.bills.model import Bill, Charge
from kkoguard.detection.summary import Summary, analyse
from kkoguard.dossier.store import Dossier
from kkoguard.isolation import Outcome


@dataclass
class WizardState:
    dossier: Dossier
    lang: str = "fr"  # the UI language; letters are always French
    outcomes: list[Outcome] = field(default_factory=list)  # one per file read, in the order shown
    summary: Summary | None = None  # per-merchant totals over the bills read
    # (index in bills(), index in bill.charges) of what the user disputes; starts as the suspicious charges
    disputed: set[tuple[int, int]] = field(default_factory=set)
    operator: str | None = None  # detected from the bills, editable on the steps page
    product: str = "mobile"  # "mobile" or "box"
    plan: str = "postpaid"  # "postpaid" or "prepaid"
    case_id: int | None = None  # set once the bills are saved in the dossier (leaving the review page)
    letter_ids: list[int] = field(default_factory=list)  # letters stored during this run

    def bills(self) -> list[Bill]:
        return [o.bill for o in self.outcomes if o.bill is not None]

    def analyse(self) -> None:
        """Classify the charges of the bills read and start the dispute from the suspicious ones."""
        bills = self.bills()
        self.summary = analyse(bills, self.lang)
        self.disputed = {
            (b, c)
            for b, bill in enumerate(bills)
            if b not in self.summary.duplicates  # a second copy of a bill is not claimed twice
            for c, charge in enumerate(bill.charges)
            if charge.suspicious
        }
        operators = [bill.operator for bill in bills if bill.operator]
        self.operator = max(set(operators), key=operators.count) if operators else None

    def resummarise(self) -> None:
        """The per-company totals again after the person corrected a bill; their ticks are kept."""
        self.summary = analyse(self.bills(), self.lang)

    def duplicates(self) -> dict[int, int]:
        """{index in bills() of a second copy of a bill: index of the first}, as the last analysis found."""
        return dict(self.summary.duplicates) if self.summary is not None else {}

    def charge_inserted(self, bill_index: int, position: int) -> None:
        """A charge was put at `position` of bill `bill_index`: the ticks of the charges after it move."""
        self.disputed = {(b, c + 1 if b == bill_index and c >= position else c) for b, c in self.disputed}

    def is_disputed(self, bill: Bill, index: int) -> bool:
        """For dossier.importing.save_bills: the user's tick for charge `index` of `bill`."""
        position = next(i for i, b in enumerate(self.bills()) if b is bill)
        return (position, index) in self.disputed

    def disputed_charges(self) -> list[Charge]:
        bills = self.bills()
        return [bills[b].charges[c] for b, c in sorted(self.disputed)]
