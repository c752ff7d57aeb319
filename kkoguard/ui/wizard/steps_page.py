"""Wizard page 3: what to do, step by step, for the person's operator, product and plan.

The checklist comes from the operator guides (`kkoguard.guides`): grouped by phase (see, stop, block,
complain, report), each step with what to do, where (a link opened only on click, or a number to copy),
what to keep as proof, what it costs and whether the guide is sure. Ticking a step records it in the
dossier at once, so the person can stop and come back later. The operator's contacts close the page.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from kkoguard.dossier.errors import DossierError
from kkoguard.guides import (
    COMMON,
    GENERIC,
    PHASES,
    Contact,
    Guide,
    PlannedStep,
    Profile,
    all_guides,
    done_ids,
    guide,
    steps_for,
)
from kkoguard.ui import look
from kkoguard.ui.forms_generated.ui_steps_page import Ui_StepsPage
from kkoguard.ui.wizard.state import WizardState

CONTACT_ROLES = ("customer_service", "consumer_service", "online_complaint")
COPIED_FOR_MS = 2000  # how long a Copy button says "Copied"


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
    shown = text or url.removeprefix("https://").rstrip("/")
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


class _ClickableLabel(QLabel):
    """A step's title: clicking it ticks the step's checkbox, as clicking a checkbox's own text would."""

    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class StepsPage(QWizardPage):
    """The guide's checklist for the case's operator; ticks are saved in the dossier as they happen."""

    def __init__(self, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.ui = Ui_StepsPage()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic's generated code carries no annotations
        self._content: QWidget | None = None
        self._checks: dict[tuple[str, str], QCheckBox] = {}
        self._unguided: str | None = None  # a detected operator without a guide: kept under "Other operator"
        self._error_style()
        self._fill_operators()
        self.ui.operatorCombo.currentIndexChanged.connect(self._profile_changed)
        for radio in (self.ui.mobileRadio, self.ui.boxRadio, self.ui.postpaidRadio, self.ui.prepaidRadio):
            radio.toggled.connect(self._radio_toggled)

    # --- set-up --------------------------------------------------------------------------------------

    def _error_style(self) -> None:
        font = self.ui.errorLabel.font()
        font.setBold(True)
        self.ui.errorLabel.setFont(font)

    def _fill_operators(self) -> None:
        guides = sorted(
            (g for g in all_guides() if g.operator not in (COMMON, GENERIC)), key=lambda g: g.name.casefold()
        )
        for g in guides:
            self.ui.operatorCombo.addItem(g.name, g.operator)
        self.ui.operatorCombo.addItem(self.tr("Other operator"), GENERIC)

    def initializePage(self) -> None:
        """Called each time the wizard enters the page: show the case's operator and its checklist."""
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

    # --- the checklist -------------------------------------------------------------------------------

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

        if self._content is not None:
            self.ui.stepsLayout.removeWidget(self._content)
            self._content.hide()
            self._content.setParent(None)  # out of the page at once; Qt deletes it when back in the loop
            self._content.deleteLater()
        self._checks.clear()
        content = QWidget(self.ui.stepsContents)
        content.setObjectName("stepsList")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for phase in PHASES:
            in_phase = [p for p in planned if p.step.phase == phase]
            if not in_phase:
                continue
            layout.addWidget(self._heading(content, self._phase_title(phase)))
            for item in in_phase:
                layout.addWidget(self._step_card(content, item))
        contacts = [c for role in CONTACT_ROLES for c in g.contacts_for(role, profile.product)]
        if contacts:
            layout.addWidget(self._heading(content, self.tr("Contacts of {name}").format(name=self._name(g))))
            for number, contact in enumerate(contacts, start=1):
                layout.addWidget(self._contact_card(content, contact, f"contact-{number}"))
        layout.addStretch(1)
        self.ui.stepsLayout.addWidget(content)
        self._content = content

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
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        return label

    def _step_card(self, parent: QWidget, item: PlannedStep) -> QFrame:
        lang = self._state.lang
        step = item.step
        card, layout = self._card(parent)
        card.setObjectName(f"step-{step.id}")
        title = step.title.get(lang)

        check = QCheckBox(card)
        check.setObjectName(f"step-{step.id}-done")
        check.setChecked(item.done)
        check.setAccessibleName(self.tr("Done: {title}").format(title=title))
        check.setToolTip(self.tr("Tick when this step is done"))
        check.toggled.connect(lambda done, it=item, box=check: self._tick(it, box, done))
        self._checks[item.key] = check
        heading = _ClickableLabel(title, card)
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
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
        if step.where:
            rows.append(self._where(card, step.where, f"step-{step.id}"))
        if step.proof is not None:
            rows.append(
                self._text(card, self.tr("Keep as proof: {proof}").format(proof=step.proof.get(lang)))
            )
        if step.cost is not None:
            rows.append(self._text(card, self.tr("Cost: {cost}").format(cost=step.cost.get(lang))))
        if step.confidence == "uncertain":
            rows.append(warning_row(card, self.tr("Not confirmed: check it before relying on it.")))
        for widget in rows:
            body.addWidget(widget)
        return card

    def _where(self, parent: QWidget, where: str, name: str) -> QWidget:
        """A link to open, or a number to call or text with a Copy button."""
        if where.startswith("https://"):
            row = QWidget(parent)
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(QLabel(self.tr("Website:"), row))
            link = link_button(row, where)
            link.setObjectName(f"{name}-link")
            link.setAccessibleName(self.tr("Open the website {site}").format(site=link.text()))
            layout.addWidget(link)
            layout.addStretch(1)
            return row
        return self._number_row(parent, self.tr("Number:"), where, name)

    def _number_row(self, parent: QWidget, caption: str, value: str, name: str) -> QWidget:
        row = QWidget(parent)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(caption, row))
        number = QLabel(value, row)
        number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = number.font()
        font.setBold(True)
        number.setFont(font)
        layout.addWidget(number)
        layout.addWidget(self._copy_button(row, value, f"{name}-copy"))
        layout.addStretch(1)
        return row

    def _copy_button(self, parent: QWidget, value: str, name: str) -> QPushButton:
        button = QPushButton(self.tr("Copy"), parent)
        button.setObjectName(name)
        button.setAccessibleName(self.tr("Copy the number {number}").format(number=value))
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda: self._copy(button, value))
        return button

    def _copy(self, button: QPushButton, value: str) -> None:
        QGuiApplication.clipboard().setText(value)
        text = self.tr("Copy")
        button.setText(self.tr("Copied"))
        QTimer.singleShot(COPIED_FOR_MS, button, lambda: button.setText(text))

    def _tick(self, item: PlannedStep, box: QCheckBox, done: bool) -> None:
        state = self._state
        if state.case_id is None:
            return
        try:
            state.dossier.set_step(state.case_id, item.guide, item.step.id, done)
        except DossierError as error:
            with QSignalBlocker(box):
                box.setChecked(not done)
            self._show_error(error.message(state.lang))
            return
        self._show_error("")

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
            rows.append(self._where(card, contact.url, name))
        if contact.address or contact.phone:
            confidence = self._confidence(contact)
            if contact.needs_check:
                rows.append(warning_row(card, confidence))
            elif confidence:
                rows.append(self._text(card, confidence))
        if contact.check is not None:
            rows.append(warning_row(card, contact.check.get(lang)))
        for widget in rows:
            layout.addWidget(widget)
        return card
