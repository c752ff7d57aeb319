"""The charges table model and its filter proxy, without any window: what the review page's table shows."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from kkoguard.ui.models import (
    ChargeRole,
    ChargesFilterProxy,
    ChargesModel,
    Column,
    ReasonsRole,
    SortRole,
    SuspiciousRole,
    bill_month,
)
from kkoguard.ui.wizard.state import WizardState

# tests/fixtures/c04: 4 Sosh bills, 17 charges, 11 of them weekly "KKO Store" Internet+ charges of 5,99 €
CHARGES, SUSPICIOUS = 17, 11


def make(state: WizardState) -> tuple[ChargesModel, ChargesFilterProxy]:
    model = ChargesModel(state)
    proxy = ChargesFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort_default()
    return model, proxy


def column(proxy: ChargesFilterProxy, col: Column, role: int = SortRole) -> list[object]:
    return [proxy.index(row, col).data(role) for row in range(proxy.rowCount())]


def test_one_row_per_charge(qtbot: QtBot, read_state: WizardState) -> None:
    model, proxy = make(read_state)
    assert sum(len(b.charges) for b in read_state.bills()) == CHARGES
    assert model.rowCount() == proxy.rowCount() == CHARGES
    keys = {model.index(row, 0).data(ChargeRole) for row in range(model.rowCount())}
    assert keys == {(b, c) for b, bill in enumerate(read_state.bills()) for c in range(len(bill.charges))}


def test_default_order_is_suspicious_first_then_date(qtbot: QtBot, read_state: WizardState) -> None:
    _, proxy = make(read_state)
    flags = column(proxy, Column.STATUS, SuspiciousRole)
    assert flags == [True] * SUSPICIOUS + [False] * (CHARGES - SUSPICIOUS)
    dates = column(proxy, Column.DATE)[:SUSPICIOUS]
    assert all(isinstance(d, date) for d in dates)
    assert dates == sorted(dates)  # type: ignore[type-var]
    assert dates[0] == date(2025, 6, 20)


def test_filter_suspicious_only_and_back(qtbot: QtBot, read_state: WizardState) -> None:
    _, proxy = make(read_state)
    proxy.set_suspicious_only(True)
    assert proxy.rowCount() == SUSPICIOUS
    assert all(column(proxy, Column.STATUS, SuspiciousRole))
    proxy.set_suspicious_only(False)
    assert proxy.rowCount() == CHARGES
    # the rows let back in are sorted too: suspicious still first
    assert column(proxy, Column.STATUS, SuspiciousRole)[:SUSPICIOUS] == [True] * SUSPICIOUS


def test_text_search_over_label_and_merchant(qtbot: QtBot, read_state: WizardState) -> None:
    _, proxy = make(read_state)
    proxy.set_search("multi-sim")
    assert column(proxy, Column.LABEL, Qt.ItemDataRole.DisplayRole) == ["Option Multi-SIM"]
    proxy.set_search("kko store")  # the merchant, any case
    assert proxy.rowCount() == SUSPICIOUS
    proxy.set_search("forfait SOSH")  # every word, any order, any case
    assert proxy.rowCount() == 4
    proxy.set_search("appels vers les dom")
    assert proxy.rowCount() == 1
    proxy.set_search("nothing like this")
    assert proxy.rowCount() == 0
    proxy.set_search("")
    assert proxy.rowCount() == CHARGES


def test_search_ignores_accents(qtbot: QtBot, read_state: WizardState) -> None:
    read_state.bills()[0].charges[0].label = "Téléphone illimité"
    _, proxy = make(read_state)
    proxy.set_search("telephone illimite")
    assert proxy.rowCount() == 1


def test_ticking_edits_the_disputed_set(qtbot: QtBot, read_state: WizardState) -> None:
    model, proxy = make(read_state)
    assert len(read_state.disputed) == SUSPICIOUS
    first = proxy.index(0, Column.DISPUTED)  # a suspicious charge, ticked by default
    key = first.data(ChargeRole)
    assert first.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.flags(proxy.mapToSource(first)) & Qt.ItemFlag.ItemIsUserCheckable

    with qtbot.waitSignal(model.disputed_changed):
        assert proxy.setData(first, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert key not in read_state.disputed
    assert first.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked

    plan = proxy.index(CHARGES - 1, Column.DISPUTED)  # not suspicious: the user may still dispute it
    assert proxy.setData(plan, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert plan.data(ChargeRole) in read_state.disputed
    count, total = model.disputed_total()
    assert count == SUSPICIOUS
    assert total == Decimal("5.99") * 10 + proxy.index(CHARGES - 1, Column.AMOUNT).data(SortRole)

    model.clear_disputed()
    assert read_state.disputed == set()
    model.dispute_all_suspicious()
    assert len(read_state.disputed) == SUSPICIOUS
    # other columns are not editable
    assert not proxy.setData(proxy.index(0, Column.LABEL), "x", Qt.ItemDataRole.EditRole)


def test_suspicious_rows_have_icon_text_and_reasons(qtbot: QtBot, read_state: WizardState) -> None:
    _, proxy = make(read_state)
    status = proxy.index(0, Column.STATUS)
    icon = status.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert status.data(Qt.ItemDataRole.DisplayRole) == "Suspicious"
    reasons = status.data(ReasonsRole)
    assert reasons and "Internet+" in reasons[0]
    assert reasons[0] in status.data(Qt.ItemDataRole.ToolTipRole)
    assert reasons[0] in status.data(Qt.ItemDataRole.AccessibleTextRole)

    normal = proxy.index(CHARGES - 1, Column.STATUS)
    assert normal.data(Qt.ItemDataRole.DecorationRole) is None
    assert normal.data(Qt.ItemDataRole.DisplayRole) == ""
    assert normal.data(Qt.ItemDataRole.AccessibleTextRole) == "Looks normal"


def test_money_and_dates_in_the_state_language(qtbot: QtBot, read_state: WizardState) -> None:
    _, proxy = make(read_state)
    assert proxy.index(0, Column.AMOUNT).data() == "5,99\u00a0€"
    assert proxy.index(0, Column.DATE).data() == "20 juin 2025"
    read_state.lang = "en"
    assert proxy.index(0, Column.AMOUNT).data() == "€5.99"
    assert proxy.index(0, Column.DATE).data() == "20 June 2025"


def test_undated_lines_show_their_bill_month(qtbot: QtBot, read_state: WizardState) -> None:
    model, _ = make(read_state)
    row = model.row_of((0, 0))  # the plan line of the first bill has no date of its own
    assert model.charge(row).date is None
    month = bill_month(model.bill(row))
    assert month is not None
    assert model.index(row, Column.DATE).data() == {5: "mai", 6: "juin"}[month.month] + " 2025"


def test_sort_by_amount_uses_decimal_values(qtbot: QtBot, read_state: WizardState) -> None:
    _, proxy = make(read_state)
    proxy.sort(Column.AMOUNT, Qt.SortOrder.AscendingOrder)
    amounts = column(proxy, Column.AMOUNT)
    assert all(isinstance(a, Decimal) for a in amounts)
    assert amounts == sorted(amounts)  # type: ignore[type-var]
    assert amounts[0] == Decimal("1.74") and amounts[-1] == Decimal("15.99")
    # as text, "15.99" would come before "5.00": the order above is not a string sort
    assert sorted(str(a) for a in amounts) != [str(a) for a in amounts]
    proxy.sort(Column.AMOUNT, Qt.SortOrder.DescendingOrder)
    assert column(proxy, Column.AMOUNT)[0] == Decimal("15.99")
