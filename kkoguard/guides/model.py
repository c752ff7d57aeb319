"""What an operator guide holds, and how a guide file is read and checked.

A guide is data from `resources/guides/*.toml` (format in that folder's README): how third-party purchases
show on the bill, the contacts (service clients, service consommateurs, mediator…) and the steps a person
follows (see the charges, stop the subscription, block third-party billing, complain, report). Two or three
steps are marked `now`: what a worried person does first, each with something to act with (a number, a link,
the contacts of a role, or the letter). Every user-facing text exists in French and English. Parsing is
strict: a misspelt key, a missing translation, an unknown phase, a fact block (bill, refund practice,
contact, step) without its source, the date of that source and a confidence, or a weak or old fact without a
calm "what to check" text is a `GuideError` naming the file and the field.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NoReturn
from urllib.parse import urlsplit

PHASES = ("see", "stop", "block", "complain", "report")
PRODUCTS = ("mobile", "box")
PLANS = ("postpaid", "prepaid")
ROLES = (
    "customer_service",  # service clients: the first written complaint
    "consumer_service",  # service consommateurs / recours: the second level
    "online_complaint",  # customer area, app or form where a complaint can be filed
    "mediator",  # Médiateur des communications électroniques (_common only)
    "authority",  # SignalConso, 33700
    "association",  # consumer associations
    "other",  # anything else worth a contact card (AFMM directory…)
)
LETTER_ROLES = ("customer_service", "consumer_service", "mediator")
FACTS = ("blocked", "unsubscribed", "complained", "sms_stop_sent")
CONFIDENCES = ("sure", "likely", "uncertain", "not_sourced")
STEP_CONFIDENCES = ("sure", "likely", "uncertain")
NEEDS_CHECK = ("uncertain", "not_sourced")
UNDATED = "undated"  # a source that shows no date
FACT_KEYS = ("source", "source_date", "confidence")  # every fact block carries these
FACT_OPTIONAL = ("old", "check")
NOW_RANKS = (1, 2, 3)  # at most three things to do now, in this order
COMMON = "_common"
GENERIC = "_generic"

_SLUG = re.compile(r"^_?[a-z][a-z0-9_]*$")
_STEP_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_POSTCODE_LINE = re.compile(r"^\d{5} \S")
_SOURCE_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_PHONE = re.compile(
    r"""^(?:
        0[1-9](?:\d{8}|(?:\ \d{2}){4})          # 09 69 39 39 00 / 0969393900
      | 0\ [89]\d{2}\ \d{3}\ \d{3}              # 0 800 100 740
      | \+33\ ?[1-9](?:\d{8}|(?:\ \d{2}){4})    # +33 9 69 39 39 00
      | [13]\d{3}                               # 3970, 1023: operators' short numbers
      | [3-9]\d{4}                              # 33700: 5-digit SMS numbers
    )$""",
    re.VERBOSE,
)


def is_french_phone(number: str) -> bool:
    """A number as a person in France dials it: 10 digits from 0 (grouped by two, or 0 800 100 740),
    +33 followed by 9 digits, a 4-digit short number (3xxx, 1xxx) or a 5-digit SMS number (33700)."""
    return bool(_PHONE.match(number))


def is_web_link(url: str) -> bool:
    """An https link a person can open: a host with a dot, no spaces, no user name in it."""
    if not url or any(c.isspace() for c in url):
        return False
    parts = urlsplit(url)
    host = parts.hostname or ""
    return (
        parts.scheme == "https"
        and "@" not in parts.netloc
        and "." in host
        and not host.startswith(".")
        and not host.endswith(".")
        and re.fullmatch(r"[a-z0-9.-]+", host) is not None
    )


class GuideError(ValueError):
    """A guide file that cannot be used: names the file and the field, says what is wrong."""

    def __init__(self, file: str, field: str, message: str) -> None:
        super().__init__(f"{file}: {field}: {message}")
        self.file = file
        self.field = field
        self.message = message


@dataclass(frozen=True)
class Text:
    """A sentence in French and English; French is the default."""

    fr: str
    en: str

    def get(self, lang: str = "fr") -> str:
        return self.en if lang.lower().startswith("en") else self.fr


def is_source_date(value: str) -> bool:
    """The date a source shows, as precise as it is: "2026-12-02", "2025-10", "2023", or "undated"."""
    if value == UNDATED:
        return True
    m = _SOURCE_DATE.match(value)
    if m is None:
        return False
    year, month, day = (int(g) if g else None for g in m.groups())
    try:
        date(year or 0, month or 1, day or 1)
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class Note:
    """A documented fact with where it comes from (how purchases show on the bill, the refund practice)."""

    text: Text
    source: str
    confidence: str
    source_date: str = UNDATED  # as shown on the source: "2026-12-02", "2025-10", "2023" or "undated"
    old: bool = False  # the source predates 2020: shown with its check
    check: Text | None = None  # what to do when the fact is weak or old

    @property
    def fr(self) -> str:
        return self.text.fr

    @property
    def en(self) -> str:
        return self.text.en

    def get(self, lang: str = "fr") -> str:
        return self.text.get(lang)

    @property
    def needs_check(self) -> bool:
        return self.old or self.confidence in NEEDS_CHECK


@dataclass(frozen=True)
class Contact:
    role: str
    name: str
    products: tuple[str, ...]  # empty = every product
    phone: str | None
    phone_note: Text | None
    address: tuple[str, ...] | None  # recipient lines, the last one "CP Ville"
    url: str | None
    source: str
    confidence: str  # of the address and phone
    check: Text | None  # what to check on the bill or contract; always set when confidence is weak or old
    source_date: str = UNDATED  # as shown on the source: "2026-12-02", "2025-10", "2023" or "undated"
    old: bool = False  # the source predates 2020: shown with its check

    def serves(self, product: str) -> bool:
        return not self.products or product in self.products

    @property
    def needs_check(self) -> bool:
        """True when the user must compare this contact with their own bill before using it."""
        return self.old or self.confidence in NEEDS_CHECK


@dataclass(frozen=True)
class Profile:
    """What the guide needs to know about the person's situation."""

    product: str = "mobile"
    plan: str = "postpaid"
    facts: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if self.product not in PRODUCTS:
            raise ValueError(f"unknown product {self.product!r}; expected one of {', '.join(PRODUCTS)}")
        if self.plan not in PLANS:
            raise ValueError(f"unknown plan {self.plan!r}; expected one of {', '.join(PLANS)}")
        unknown = set(self.facts) - set(FACTS)
        if unknown:
            raise ValueError(f"unknown facts {sorted(unknown)}; expected some of {', '.join(FACTS)}")


@dataclass(frozen=True)
class Step:
    id: str
    phase: str
    products: tuple[str, ...]  # empty = every product
    plans: tuple[str, ...]  # empty = every plan
    skip_if: tuple[str, ...]
    title: Text
    what: Text
    where: str | None  # an https link, or a number to call or text
    proof: Text | None
    cost: Text | None
    source: str
    confidence: str
    now: int | None = None  # rank among the things to do first (1 to 3); None: a detail
    contact: str | None = None  # role whose contacts' number and page serve this step (no number of its own)
    letter: bool = False  # done with the letter KKO Guard prepares (the next page)
    source_date: str = UNDATED  # as shown on the source: "2026-12-02", "2025-10", "2023" or "undated"
    old: bool = False  # the source predates 2020: shown with its check
    check: Text | None = None  # what to do, said once, when the step is uncertain or old

    def applies(self, profile: Profile) -> bool:
        """Whether this step is for this person: right product and plan, not made useless by a fact."""
        if self.products and profile.product not in self.products:
            return False
        if self.plans and profile.plan not in self.plans:
            return False
        return not profile.facts.intersection(self.skip_if)

    @property
    def where_is_link(self) -> bool:
        return self.where is not None and self.where.startswith("https://")

    @property
    def uncertain(self) -> bool:
        """True when the step's own facts are not confirmed or may be out of date (its contacts may add
        their own doubt)."""
        return self.old or self.confidence == "uncertain"


@dataclass(frozen=True)
class Guide:
    operator: str  # slug as in resources/operators, or "_generic" / "_common"
    name: str
    products: tuple[str, ...]
    prepaid: bool
    bill: Note
    refund_practice: Note | None
    contacts: tuple[Contact, ...]
    steps: tuple[Step, ...]
    source: str
    checked: date

    def step(self, step_id: str) -> Step:
        for s in self.steps:
            if s.id == step_id:
                return s
        raise KeyError(step_id)

    def contacts_for(self, role: str, product: str = "mobile") -> list[Contact]:
        return [c for c in self.contacts if c.role == role and c.serves(product)]


@dataclass(frozen=True)
class PlannedStep:
    """A step as shown to one person: which guide it belongs to (for the dossier) and whether it is done."""

    step: Step
    guide: str  # operator slug, "_generic" or "_common": the dossier stores progress as (guide, step id)
    done: bool

    @property
    def key(self) -> tuple[str, str]:
        return (self.guide, self.step.id)


# --- reading ------------------------------------------------------------------------------------------------


class _Table:
    """One TOML table being read, with the file name and the field path for error messages."""

    def __init__(self, file: str, path: str, data: Any) -> None:
        self.file = file
        self.path = path
        if not isinstance(data, dict):
            self.fail("", "must be a table")
        self.data: dict[str, Any] = data

    def _field(self, key: str) -> str:
        return ".".join(p for p in (self.path, key) if p) or "(file)"

    def fail(self, key: str, message: str) -> NoReturn:
        raise GuideError(self.file, self._field(key), message)

    def keys(self, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> None:
        for key in self.data:
            if key not in required and key not in optional:
                self.fail(key, f"unknown key; expected {', '.join(required + optional)}")
        for key in required:
            if key not in self.data:
                self.fail(key, "missing")

    def text(self, key: str) -> str:
        value = self.data.get(key)
        if not isinstance(value, str) or not value.strip():
            self.fail(key, "must be a non-empty text")
        if value != value.strip():
            self.fail(key, "has spaces at the start or the end")
        return value

    def opt_text(self, key: str) -> str | None:
        return self.text(key) if key in self.data else None

    def choice(self, key: str, allowed: tuple[str, ...]) -> str:
        value = self.text(key)
        if value not in allowed:
            self.fail(key, f"{value!r} is not one of {', '.join(allowed)}")
        return value

    def choices(self, key: str, allowed: tuple[str, ...], *, non_empty: bool = False) -> tuple[str, ...]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(key, "must be a list of texts")
        for v in value:
            if v not in allowed:
                self.fail(key, f"{v!r} is not one of {', '.join(allowed)}")
        if len(set(value)) != len(value):
            self.fail(key, "repeats a value")
        if non_empty and not value:
            self.fail(key, "must not be empty")
        return tuple(value)

    def bilingual(self, key: str, extra: tuple[str, ...] = ()) -> Text:
        sub = self.sub(key)
        sub.keys(("fr", "en"), extra)
        return Text(fr=sub.text("fr"), en=sub.text("en"))

    def opt_bilingual(self, key: str) -> Text | None:
        return self.bilingual(key) if key in self.data else None

    def sub(self, key: str) -> _Table:
        return _Table(self.file, self._field(key) if key else self.path, self.data.get(key))

    def link(self, key: str) -> str | None:
        value = self.opt_text(key)
        if value is not None and not is_web_link(value):
            self.fail(key, f"{value!r} is not an https link with a host name")
        return value

    def phone(self, key: str) -> str | None:
        value = self.opt_text(key)
        if value is not None and not is_french_phone(value):
            self.fail(key, f"{value!r} is not a French phone number as dialled (e.g. 3970, 09 69 39 39 00)")
        return value

    def source_date(self) -> str:
        value = self.text("source_date")
        if not is_source_date(value):
            self.fail("source_date", f"{value!r} is not YYYY-MM-DD, YYYY-MM, YYYY or 'undated'")
        return value

    def old(self) -> bool:
        value = self.data.get("old", False)
        if not isinstance(value, bool):
            self.fail("old", "must be true or false")
        return value

    def fact_check(self, confidence: str, old: bool) -> Text | None:
        """The block's `check`; required when the fact is weak or its source predates 2020."""
        check = self.opt_bilingual("check")
        if check is None and (old or confidence in NEEDS_CHECK):
            why = "old = true" if old else f"confidence is {confidence!r}"
            self.fail("check", f"required when {why}: say calmly what to check and where")
        return check

    def note(self) -> Note:
        """A text fact block: fr, en and its provenance ([bill], [refund_practice])."""
        self.keys(("fr", "en", *FACT_KEYS), FACT_OPTIONAL)
        confidence = self.choice("confidence", CONFIDENCES)
        old = self.old()
        return Note(
            text=Text(fr=self.text("fr"), en=self.text("en")),
            source=self.text("source"),
            confidence=confidence,
            source_date=self.source_date(),
            old=old,
            check=self.fact_check(confidence, old),
        )

    def where(self, key: str) -> str | None:
        value = self.opt_text(key)
        if value is None:
            return None
        if value.startswith("http"):
            return self.link(key)
        return self.phone(key)


def _contact(t: _Table) -> Contact:
    t.keys(
        ("role", "name", *FACT_KEYS),
        ("products", "phone", "phone_note", "address", "url", *FACT_OPTIONAL),
    )
    role = t.choice("role", ROLES)
    confidence = t.choice("confidence", CONFIDENCES)
    address: tuple[str, ...] | None = None
    if "address" in t.data:
        lines = t.data["address"]
        if not isinstance(lines, list) or len(lines) < 2 or not all(isinstance(x, str) for x in lines):
            t.fail("address", "must be a list of at least two lines")
        if not all(x.strip() and x == x.strip() for x in lines):
            t.fail("address", "has an empty line or spaces around a line")
        if not _POSTCODE_LINE.match(lines[-1]):
            t.fail("address", f"last line {lines[-1]!r} must start with a 5-digit postcode and a town")
        address = tuple(lines)
    contact = Contact(
        role=role,
        name=t.text("name"),
        products=t.choices("products", PRODUCTS),
        phone=t.phone("phone"),
        phone_note=t.opt_bilingual("phone_note"),
        address=address,
        url=t.link("url"),
        source=t.text("source"),
        confidence=confidence,
        check=t.fact_check(confidence, t.old()),
        source_date=t.source_date(),
        old=t.old(),
    )
    if role in ("customer_service", "consumer_service") and contact.address is None and contact.check is None:
        t.fail("check", "required when no address is given: tell the user to copy the one on their bill")
    if confidence == "not_sourced" and (contact.address or contact.phone):
        t.fail("confidence", "'not_sourced' contacts must not carry a phone or an address")
    if contact.phone_note is not None and contact.phone is None:
        t.fail("phone_note", "given without a phone")
    return contact


def _step(t: _Table) -> Step:
    t.keys(
        ("id", "phase", "title", "what", *FACT_KEYS),
        (
            "products",
            "plans",
            "skip_if",
            "where",
            "proof",
            "cost",
            "now",
            "contact",
            "letter",
            *FACT_OPTIONAL,
        ),
    )
    step_id = t.text("id")
    if not _STEP_ID.match(step_id):
        t.fail("id", f"{step_id!r} must be lower-case letters, digits and dashes")
    now = t.data.get("now")
    if now is not None and (isinstance(now, bool) or now not in NOW_RANKS):
        t.fail(
            "now", f"must be one of {', '.join(map(str, NOW_RANKS))} (the order of the first things to do)"
        )
    letter = t.data.get("letter", False)
    if not isinstance(letter, bool):
        t.fail("letter", "must be true or false")
    contact = t.choice("contact", ROLES) if "contact" in t.data else None
    where = t.where("where")
    if now is not None and where is None and contact is None and not letter:
        t.fail("now", "a step to do now needs something to act with: 'where', 'contact' or 'letter = true'")
    confidence = t.choice("confidence", STEP_CONFIDENCES)
    old = t.old()
    return Step(
        id=step_id,
        phase=t.choice("phase", PHASES),
        products=t.choices("products", PRODUCTS),
        plans=t.choices("plans", PLANS),
        skip_if=t.choices("skip_if", FACTS),
        title=t.bilingual("title"),
        what=t.bilingual("what"),
        where=where,
        proof=t.opt_bilingual("proof"),
        cost=t.opt_bilingual("cost"),
        source=t.text("source"),
        confidence=confidence,
        now=now,
        contact=contact,
        letter=letter,
        source_date=t.source_date(),
        old=old,
        check=t.fact_check(confidence, old),
    )


def _entries(t: _Table, key: str) -> list[_Table]:
    value = t.data.get(key, [])
    if not isinstance(value, list):
        t.fail(key, f"must be an array of tables ([[{key}]])")
    return [_Table(t.file, f"{key}[{i}]", entry) for i, entry in enumerate(value)]


def parse_guide(text: str, file: str = "<guide>", *, today: date | None = None) -> Guide:
    """Read and check one guide from its TOML text; `file` names it in error messages."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise GuideError(file, "(file)", f"not valid TOML: {e}") from None
    t = _Table(file, "", data)
    t.keys(
        ("source", "checked", "operator", "name", "products", "prepaid", "bill", "step"),
        ("refund_practice", "contact"),
    )
    source = t.text("source")
    if len(source) <= 20:
        t.fail("source", "too short to say where the facts come from")
    checked = data["checked"]
    if not isinstance(checked, date) or isinstance(checked, datetime):
        t.fail("checked", "must be a date without a time (YYYY-MM-DD, unquoted)")
    if checked > (today or date.today()):
        t.fail("checked", f"{checked.isoformat()} is in the future")
    operator = t.text("operator")
    if not _SLUG.match(operator):
        t.fail("operator", f"{operator!r} is not a slug like 'free_mobile'")
    if not isinstance(data["prepaid"], bool):
        t.fail("prepaid", "must be true or false")

    bill = t.sub("bill").note()
    refund = t.sub("refund_practice").note() if "refund_practice" in data else None

    contacts = tuple(_contact(c) for c in _entries(t, "contact"))
    steps = tuple(_step(s) for s in _entries(t, "step"))
    if not steps:
        t.fail("step", "a guide needs at least one step")
    seen: set[str] = set()
    for i, s in enumerate(steps):
        if s.id in seen:
            raise GuideError(file, f"step[{i}].id", f"{s.id!r} is used by an earlier step")
        seen.add(s.id)
        if s.contact is not None and not any(c.role == s.contact for c in contacts):
            raise GuideError(
                file, f"step[{i}].contact", f"no contact of this guide has the role {s.contact!r}"
            )
    return Guide(
        operator=operator,
        name=t.text("name"),
        products=t.choices("products", PRODUCTS, non_empty=True),
        prepaid=data["prepaid"],
        bill=bill,
        refund_practice=refund,
        contacts=contacts,
        steps=steps,
        source=source,
        checked=checked,
    )
