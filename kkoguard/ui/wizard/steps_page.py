"""Wizard page 3: what to do, for the person's operator, product and plan.

The page is for someone worried, not technical, maybe not seeing well. It opens on the two or three things
to do now (the guide steps marked `now`), each one short sentence with its button right there: copy the
number, open the operator's page (only on click), or write the letter on the next page. Everything else (the
full checklist by phase, what to keep as proof, the operator's contacts, where the facts come from) waits
under "More details". A doubt is said once per step, in one calm sentence, never on every line. Ticking a
step records it in the dossier at once, so the person can stop and come back later.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from kkoguard.dossier.errors import DossierError
from kkoguard.formatting import format_date
from kkoguard.guides import (
    COMMON,
    GENERIC,
    PHASES,
    Contact,
    Guide,
    PlannedStep,
    Profile,
    Reach,
    all_guides,
    done_ids,
    guide,
    now_steps,
    reach,
    steps_for,
)
from kkoguard.ui import look
from kkoguard.ui.forms_generated.ui_steps_page import Ui_StepsPage
from kkoguard.ui.wizard.state import WizardState

CONTACT_ROLES = ("customer_service", "consumer_service", "online_complaint")
COPIED_FOR_MS = 2000  # how long a Copy button says "Copied"
BIG_TICK = "QCheckBox::indicator { width: 1.1em; height: 1.1em; }"  # the box grows with the text size
DOUBT = "kkoguard_doubt"  # property set on the one label per step that says what is not confirmed


def warning_row(parent: QWidget, text: str) -> QWidget:
    """A warning a person cannot miss: the standard warning icon and the sentence, never colour alone."""
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    icon = QLabel(row)
    icon.setPixmap(look.pixmap("warning", parent.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)))
    icon.setAlignment(Qt.AlignmentFlag.AlignTop)
    icon.setAccessibleName(text)
    label = QLabel(text, row)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(label, 1)
    row.setAccessibleName(text)
    return row


def link_button(parent: QWidget, url: str, text: str | None = None) -> QPushButton:
    """A web link as a flat button: reachable with Tab, opened in the browser only when clicked."""
    shown = text or site(url)
    button = QPushButton(shown, parent)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setToolTip(url)
    button.setAccessibleDescription(url)
    font = button.font()
    font.setUnderline(True)
    button.setFont(font)
    palette = button.palette()
    palette.setColor(QPalette.ColorRole.ButtonText, palette.color(QPalette.ColorRole.Link))
    button.setPalette(palette)
    button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(url)))
    return button


def site(url: str) -> str:
    """A link as a person reads it: "sfr.fr", "assistance.sosh.fr/faq/334874"."""
    return url.removeprefix("https://").removeprefix("www.").rstrip("/")


class _ClickableLabel(QLabel):
    """A step's title: clicking it ticks the step's checkbox, as clicking a checkbox's own text would."""

    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class StepsPage(QWizardPage):
    """The things to do now, then the guide's full checklist under "More details"; ticks are saved in the
    dossier as they happen."""

    letterRequested = Signal()  # "Write the letter": the wizard moves on to the letters page

    def __init__(self, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.ui = Ui_StepsPage()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic's generated code carries no annotations
        self._checks: dict[tuple[str, str], list[QCheckBox]] = {}
        self._unguided: str | None = None  # a detected operator without a guide: kept under "Other operator"
        self._set_up_look()
        self._fill_operators()
        self.ui.operatorCombo.currentIndexChanged.connect(self._profile_changed)
        for radio in (self.ui.mobileRadio, self.ui.boxRadio, self.ui.postpaidRadio, self.ui.prepaidRadio):
            radio.toggled.connect(self._radio_toggled)
        self.ui.detailsButton.toggled.connect(self._show_details)

    # --- set-up --------------------------------------------------------------------------------------

    def _set_up_look(self) -> None:
        look.scale_font(self.ui.errorLabel, 1.0, bold=True)
        look.scale_font(self.ui.nowHeading, 1.35, bold=True)
        look.scale_font(self.ui.detailsButton, 1.1)
        self.ui.detailsButton.setAccessibleDescription(
            self.tr("Shows or hides every step, what to keep as proof, the contacts and our sources.")
        )

    def _fill_operators(self) -> None:
        guides = sorted(
            (g for g in all_guides() if g.operator not in (COMMON, GENERIC)), key=lambda g: g.name.casefold()
        )
        for g in guides:
            self.ui.operatorCombo.addItem(g.name, g.operator)
        self.ui.operatorCombo.addItem(self.tr("Other operator"), GENERIC)

    def initializePage(self) -> None:
        """Called each time the wizard enters the page: show the case's operator and its steps."""
        state = self._state
        operator = state.operator
        if operator is None and state.case_id is not None:
            try:
                operator = state.dossier.case(state.case_id).operator
            except DossierError as error:
                self._show_error(error.message(state.lang))
        index = self.ui.operatorCombo.findData(operator) if operator else -1
        self._unguided = operator if index < 0 else None
        if index < 0:
            index = self.ui.operatorCombo.findData(GENERIC)
        with QSignalBlocker(self.ui.operatorCombo):
            self.ui.operatorCombo.setCurrentIndex(index)
        for radio, on in (
            (self.ui.boxRadio, state.product == "box"),
            (self.ui.mobileRadio, state.product != "box"),
            (self.ui.prepaidRadio, state.plan == "prepaid"),
            (self.ui.postpaidRadio, state.plan != "prepaid"),
        ):
            with QSignalBlocker(radio):
                radio.setChecked(on)
        self._refresh()

    def _show_details(self, shown: bool) -> None:
        self.ui.detailsBox.setVisible(shown)
        self.ui.detailsButton.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.ui.detailsButton.setText(self.tr("Fewer details") if shown else self.tr("More details"))
        if shown:  # bring the details into view, the button at the top, once the layout has made room
            QTimer.singleShot(0, self, self._scroll_to_details)

    def _scroll_to_details(self) -> None:
        bar = self.ui.stepsScroll.verticalScrollBar()
        bar.setValue(min(bar.maximum(), self.ui.detailsButton.y()))

    # --- the person's situation ----------------------------------------------------------------------

    def _slug(self) -> str:
        value = self.ui.operatorCombo.currentData()
        return value if isinstance(value, str) else GENERIC

    def _profile(self) -> Profile:
        return Profile(
            product="box" if self.ui.boxRadio.isChecked() else "mobile",
            plan="prepaid" if self.ui.prepaidRadio.isChecked() else "postpaid",
        )

    def _radio_toggled(self, checked: bool) -> None:
        if checked:  # each change toggles two radios: act once, on the one switched on
            self._profile_changed()

    def _profile_changed(self) -> None:
        state = self._state
        slug = self._slug()
        operator = self._unguided if slug == GENERIC else slug
        profile = self._profile()
        state.product, state.plan = profile.product, profile.plan
        if operator != state.operator:
            state.operator = operator
            if state.case_id is not None:
                try:
                    state.dossier.update_case(state.case_id, operator=operator)
                except DossierError as error:
                    self._show_error(error.message(state.lang))
        self._refresh()

    def _show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setAccessibleName(text)
        self.ui.errorLabel.setVisible(bool(text))

    # --- building the page ---------------------------------------------------------------------------

    def _refresh(self) -> None:
        state = self._state
        g = guide(self._slug())
        profile = self._profile()
        done: set[str] = set()
        if state.case_id is not None:
            try:
                done = done_ids(state.dossier.case_file(state.case_id).steps, g.operator, COMMON)
            except DossierError as error:
                self._show_error(error.message(state.lang))
        planned = steps_for(g, profile, done)
        self._profile_note(g, profile)
        self._checks.clear()
        first = now_steps(planned)
        heading = self.tr("What to do now with {name}").format(name=self._name(g))
        self.ui.nowHeading.setText(heading)
        self.ui.nowHeading.setAccessibleName(heading)
        self._replace(self.ui.nowLayout, self._now_list(first, profile))
        self._replace(self.ui.detailsLayout, self._details(g, profile, planned))
        self._tab_order()

    def _replace(self, layout: QLayout, content: QWidget) -> None:
        """Swap the layout's only widget for `content`; the old one leaves the page at once."""
        while layout.count():
            taken = layout.takeAt(0)
            old = taken.widget() if taken is not None else None
            if old is not None:
                old.hide()
                old.setParent(None)  # out of the page at once; Qt deletes it when back in the loop
                old.deleteLater()
        layout.addWidget(content)

    def _tab_order(self) -> None:
        """Tab follows the page from top to bottom, though the steps are built after the fixed controls."""
        chain = self._focusable(self.ui.nowBox)
        chain += [self.ui.operatorCombo, self.ui.mobileRadio, self.ui.boxRadio]
        chain += [self.ui.postpaidRadio, self.ui.prepaidRadio, self.ui.detailsButton]
        chain += self._focusable(self.ui.detailsBox)
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    @staticmethod
    def _focusable(root: QWidget) -> list[QWidget]:
        return [
            w
            for w in root.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled()
        ]

    def _name(self, g: Guide) -> str:
        return self.tr("your operator") if g.operator == GENERIC else g.name

    def _profile_note(self, g: Guide, profile: Profile) -> None:
        notes = []
        if profile.product not in g.products:
            if profile.product == "box":
                notes.append(
                    self.tr("{name} sells no internet box in our guide: check your choice.").format(
                        name=g.name
                    )
                )
            else:
                notes.append(
                    self.tr("{name} sells no mobile line in our guide: check your choice.").format(
                        name=g.name
                    )
                )
        if profile.plan == "prepaid" and not g.prepaid:
            notes.append(
                self.tr("{name} has no prepaid card in our guide: check your choice.").format(name=g.name)
            )
        if g.operator == GENERIC:
            notes.append(self.tr("We have no guide for this operator: these steps apply to every operator."))
        text = " ".join(notes)
        self.ui.profileNote.setText(text)
        self.ui.profileNote.setVisible(bool(text))

    # --- the things to do now ------------------------------------------------------------------------

    def _now_list(self, first: list[PlannedStep], profile: Profile) -> QWidget:
        content = QWidget(self.ui.nowBox)
        content.setObjectName("nowList")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        for number, item in enumerate(first, start=1):
            layout.addWidget(self._now_card(content, number, item, reach(item, profile.product)))
        return content

    def _now_card(self, parent: QWidget, number: int, item: PlannedStep, where: Reach) -> QFrame:
        """One thing to do now: its number, one short sentence, the button to do it, one doubt at most."""
        step = item.step
        name = f"now-{step.id}"
        card, layout = self._card(parent)
        card.setObjectName(name)
        title = step.title.get(self._state.lang)
        card.setAccessibleName(self.tr("Step {number}: {title}").format(number=number, title=title))

        top = QHBoxLayout()
        top.setSpacing(12)
        badge = QLabel(str(number), card)
        look.scale_font(badge, 1.6, bold=True)
        badge.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        badge.setAccessibleName(self.tr("Step {number}").format(number=number))
        badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # the text takes the width
        top.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        body = QVBoxLayout()
        body.setSpacing(8)
        top.addLayout(body, 1)
        layout.addLayout(top)

        heading = self._text(card, title)
        look.scale_font(heading, 1.15, bold=True)
        body.addWidget(heading)
        actions = self._actions(card, where, name)
        if actions is not None:
            body.addWidget(actions)
        elif not where.letter:
            body.addWidget(
                self._text(card, self.tr("The number to call is printed on your bill or contract."))
            )
        if where.doubt is not None:
            body.addWidget(self._doubt(card, where, name))
        check = QCheckBox(self.tr("Done"), card)
        check.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)  # clickable where it shows
        body.addWidget(self._done_box(check, item, f"{name}-done", title))
        return card

    def _actions(self, parent: QWidget, where: Reach, name: str) -> QWidget | None:
        """The buttons of a step: copy its number, open its page, write the letter (None: nothing to do)."""
        if where.empty:
            return None
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        if where.phone:
            layout.addWidget(self._number_row(box, self.tr("Number:"), where.phone, name))
        if where.url:
            layout.addWidget(self._page_row(box, where.url, name))
        if where.letter:
            layout.addWidget(self._letter_row(box, name))
        return box

    def _row(self, parent: QWidget) -> tuple[QWidget, QHBoxLayout]:
        row = QWidget(parent)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        return row, layout

    def _number_row(self, parent: QWidget, caption: str, value: str, name: str) -> QWidget:
        """ "Number: 1023  [Copy the number]": the number large enough to read out while dialling."""
        row, layout = self._row(parent)
        layout.addWidget(QLabel(caption, row))
        number = QLabel(value, row)
        number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        number.setObjectName(f"{name}-number")
        look.scale_font(number, 1.25, bold=True)
        layout.addWidget(number)
        layout.addWidget(self._copy_button(row, value, f"{name}-copy"))
        layout.addStretch(1)
        return row

    def _page_row(self, parent: QWidget, url: str, name: str) -> QWidget:
        """ "[Open the page]  sfr.fr": opened in the browser only when clicked."""
        row, layout = self._row(parent)
        button = QPushButton(self.tr("Open the page"), row)
        button.setObjectName(f"{name}-open")
        button.setAccessibleName(self.tr("Open the page {site}").format(site=site(url)))
        button.setToolTip(url)
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(url)))
        layout.addWidget(button)
        shown = QLabel(site(url), row)
        shown.setWordWrap(True)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(shown, 1)
        return row

    def _letter_row(self, parent: QWidget, name: str) -> QWidget:
        row, layout = self._row(parent)
        button = QPushButton(self.tr("Write the letter"), row)
        button.setObjectName(f"{name}-letter")
        button.setAccessibleName(self.tr("Write the letter on the next page"))
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        button.clicked.connect(self._write_letter)
        layout.addWidget(button)
        hint = QLabel(self.tr("KKO Guard prepares it for you on the next page."), row)
        hint.setWordWrap(True)
        layout.addWidget(hint, 1)
        return row

    def _write_letter(self) -> None:
        self.letterRequested.emit()
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()

    def _doubt(self, parent: QWidget, where: Reach, name: str) -> QLabel:
        """The one calm sentence that says what is not confirmed about this step: its own instruction when
        the guide gives one, otherwise a general one."""
        texts = {
            "number": self.tr("Check this number on your bill before you call."),
            "page": self.tr("This page may have changed: if you cannot find your way, look at your bill."),
            "step": self.tr(
                "We could not confirm every detail: if your bill or contract says otherwise, follow them."
            ),
        }
        doubt = where.doubt or "step"
        text = where.check.get(self._state.lang) if where.check is not None else texts[doubt]
        label = self._text(parent, text)
        label.setObjectName(f"{name}-doubt")
        label.setProperty(DOUBT, True)
        font = label.font()
        font.setItalic(True)
        label.setFont(font)
        return label

    def _done_box(self, check: QCheckBox, item: PlannedStep, name: str, title: str) -> QCheckBox:
        """A tick for the step, kept in the dossier; the same step's ticks elsewhere on the page follow."""
        check.setObjectName(name)
        check.setStyleSheet(BIG_TICK)
        check.setChecked(item.done)
        check.setAccessibleName(self.tr("Done: {title}").format(title=title))
        check.setToolTip(self.tr("Tick when this step is done"))
        check.toggled.connect(lambda done, it=item, box=check: self._tick(it, box, done))
        self._checks.setdefault(item.key, []).append(check)
        return check

    def _tick(self, item: PlannedStep, box: QCheckBox, done: bool) -> None:
        state = self._state
        if state.case_id is not None:
            try:
                state.dossier.set_step(state.case_id, item.guide, item.step.id, done)
            except DossierError as error:
                with QSignalBlocker(box):
                    box.setChecked(not done)
                self._show_error(error.message(state.lang))
                return
            self._show_error("")
        for other in self._checks.get(item.key, []):
            if other is not box:
                with QSignalBlocker(other):
                    other.setChecked(done)

    # --- the details ---------------------------------------------------------------------------------

    def _details(self, g: Guide, profile: Profile, planned: list[PlannedStep]) -> QWidget:
        lang = self._state.lang
        content = QWidget(self.ui.detailsBox)
        content.setObjectName("stepsList")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self._heading(content, self.tr("On your bill")))
        layout.addWidget(self._text(content, g.bill.get(lang)))
        for phase in PHASES:
            in_phase = [p for p in planned if p.step.phase == phase]
            if not in_phase:
                continue
            layout.addWidget(self._heading(content, self._phase_title(phase)))
            for item in in_phase:
                layout.addWidget(self._step_card(content, item, reach(item, profile.product)))
        contacts = [c for role in CONTACT_ROLES for c in g.contacts_for(role, profile.product)]
        if contacts:
            layout.addWidget(self._heading(content, self.tr("Contacts of {name}").format(name=self._name(g))))
            for number, contact in enumerate(contacts, start=1):
                layout.addWidget(self._contact_card(content, contact, f"contact-{number}"))
        layout.addWidget(self._heading(content, self.tr("How we know this")))
        layout.addWidget(self._sources(content, g, planned))
        return content

    def _phase_title(self, phase: str) -> str:
        titles = {
            "see": self.tr("1. See what you were charged"),
            "stop": self.tr("2. Stop the subscriptions"),
            "block": self.tr("3. Block these purchases on your line"),
            "complain": self.tr("4. Complain and ask for a refund"),
            "report": self.tr("5. Report it"),
        }
        return titles[phase]

    def _heading(self, parent: QWidget, text: str) -> QLabel:
        label = QLabel(text, parent)
        look.scale_font(label, 1.2, bold=True)
        label.setWordWrap(True)
        label.setContentsMargins(0, 8, 0, 0)
        label.setAccessibleName(text)
        return label

    def _card(self, parent: QWidget) -> tuple[QFrame, QVBoxLayout]:
        card = QFrame(parent)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setBackgroundRole(QPalette.ColorRole.Base)
        card.setAutoFillBackground(True)
        layout = QVBoxLayout(card)
        layout.setSpacing(6)
        return card, layout

    def _text(self, parent: QWidget, text: str, *, bold: bool = False) -> QLabel:
        label = QLabel(text, parent)
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)  # wraps at its width
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if bold:
            look.scale_font(label, 1.0, bold=True)
        return label

    def _step_card(self, parent: QWidget, item: PlannedStep, where: Reach) -> QFrame:
        lang = self._state.lang
        step = item.step
        name = f"step-{step.id}"
        card, layout = self._card(parent)
        card.setObjectName(name)
        title = step.title.get(lang)

        check = self._done_box(QCheckBox(card), item, f"{name}-done", title)
        heading = _ClickableLabel(title, card)
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        look.scale_font(heading, 1.0, bold=True)
        heading.clicked.connect(check.toggle)
        top = QHBoxLayout()
        top.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(heading, 1)
        layout.addLayout(top)
        body = QVBoxLayout()
        indicator = check.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, check)
        body.setContentsMargins(indicator + top.spacing(), 0, 0, 0)
        body.setSpacing(6)
        layout.addLayout(body)

        rows: list[QWidget] = [self._text(card, step.what.get(lang))]
        if where.phone:
            rows.append(self._number_row(card, self.tr("Number:"), where.phone, name))
        if where.url:
            rows.append(self._link_row(card, where.url, name))
        if step.proof is not None:
            rows.append(
                self._text(card, self.tr("Keep as proof: {proof}").format(proof=step.proof.get(lang)))
            )
        if step.cost is not None:
            rows.append(self._text(card, self.tr("Cost: {cost}").format(cost=step.cost.get(lang))))
        if where.doubt is not None:
            rows.append(self._doubt(card, where, name))
        for widget in rows:
            body.addWidget(widget)
        return card

    def _link_row(self, parent: QWidget, url: str, name: str) -> QWidget:
        row, layout = self._row(parent)
        layout.addWidget(QLabel(self.tr("Website:"), row))
        link = link_button(row, url)
        link.setObjectName(f"{name}-link")
        link.setAccessibleName(self.tr("Open the website {site}").format(site=link.text()))
        layout.addWidget(link)
        layout.addStretch(1)
        return row

    def _copy_button(self, parent: QWidget, value: str, name: str) -> QPushButton:
        button = QPushButton(self.tr("Copy the number"), parent)
        button.setObjectName(name)
        button.setAccessibleName(self.tr("Copy the number {number}").format(number=value))
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda: self._copy(button, value))
        return button

    def _copy(self, button: QPushButton, value: str) -> None:
        QGuiApplication.clipboard().setText(value)
        text = self.tr("Copy the number")
        button.setText(self.tr("Copied"))
        QTimer.singleShot(COPIED_FOR_MS, button, lambda: button.setText(text))

    def _sources(self, parent: QWidget, g: Guide, planned: list[PlannedStep]) -> QWidget:
        """Where the guide's facts come from and when they were checked: the guide, then each step."""
        lang = self._state.lang
        box = QWidget(parent)
        box.setObjectName("sources")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        checked = format_date(g.checked, lang)
        layout.addWidget(
            self._text(
                box,
                self.tr(
                    "Our guide for {name} was checked on {date}. References in our research notes: {source}."
                ).format(name=self._name(g), date=checked, source=g.source),
            )
        )
        each = self.tr("{title}: {source}")
        lines = ["• " + each.format(title=p.step.title.get(lang), source=p.step.source) for p in planned]
        layout.addWidget(self._text(box, "\n".join(lines)))
        return box

    # --- the operator's contacts ---------------------------------------------------------------------

    def _role(self, role: str) -> str:
        roles = {
            "customer_service": self.tr("Customer service (your first written complaint)"),
            "consumer_service": self.tr("Consumer service (if the customer service does not help)"),
            "online_complaint": self.tr("Complain online"),
        }
        return roles.get(role, role)

    def _confidence(self, contact: Contact) -> str:
        texts = {
            "sure": self.tr("Checked in official sources."),
            "likely": self.tr("Probably right."),
            "uncertain": self.tr("Not confirmed: check it on your bill or contract."),
            "not_sourced": self.tr("Not found in our sources: check your bill or contract."),
        }
        return texts.get(contact.confidence, "")

    def _contact_card(self, parent: QWidget, contact: Contact, name: str) -> QFrame:
        """A contact; when it is not confirmed, its own "what to check" sentence is its only warning."""
        lang = self._state.lang
        card, layout = self._card(parent)
        card.setObjectName(name)
        rows: list[QWidget] = [
            self._text(card, self._role(contact.role), bold=True),
            self._text(card, contact.name),
        ]
        if contact.phone:
            rows.append(self._number_row(card, self.tr("Phone:"), contact.phone, name))
            if contact.phone_note is not None:
                rows.append(self._text(card, contact.phone_note.get(lang)))
        if contact.address:
            rows.append(self._text(card, self.tr("Address:") + "\n" + "\n".join(contact.address)))
        if contact.url:
            rows.append(self._link_row(card, contact.url, name))
        if contact.needs_check:
            warning = warning_row(
                card, contact.check.get(lang) if contact.check else self._confidence(contact)
            )
            warning.setProperty(DOUBT, True)
            rows.append(warning)
        else:
            if contact.address or contact.phone:
                rows.append(self._text(card, self._confidence(contact)))
            if contact.check is not None:
                rows.append(self._text(card, contact.check.get(lang)))
        for widget in rows:
            layout.addWidget(widget)
        return card
