"""Operator guides: what to do, step by step, for the person's operator, product and plan.

Guides are data in `resources/guides/` (one TOML file per operator, `_generic.toml` for any other operator,
`_common.toml` for what applies to everyone). This package reads them, picks the steps that fit a `Profile`,
marks the ones the dossier records as done, and gives the letters engine the contact a letter goes to.

    g = guide(case.operator)                                   # unknown or None -> the generic guide
    done = done_ids(case_file.steps, g.operator, COMMON)
    planned = steps_for(g, Profile(product="mobile", plan="prepaid"), done)
    for first in now_steps(planned): reach(first, "mobile")   # the 2 or 3 things to do first, and with what
    store.set_step(case.id, planned.guide, planned.step.id, True)   # progress is (guide, step id)
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from kkoguard.guides.model import (
    COMMON,
    CONFIDENCES,
    FACTS,
    GENERIC,
    LETTER_ROLES,
    NOW_RANKS,
    PHASES,
    PLANS,
    PRODUCTS,
    ROLES,
    Contact,
    Guide,
    GuideError,
    Note,
    PlannedStep,
    Profile,
    Step,
    Text,
    is_french_phone,
    is_source_date,
    is_web_link,
    parse_guide,
)
from kkoguard.paths import resources_dir

if TYPE_CHECKING:
    from kkoguard.dossier.model import StepProgress

__all__ = [
    "COMMON",
    "CONFIDENCES",
    "DOUBTS",
    "FACTS",
    "GENERIC",
    "LETTER_ROLES",
    "NOW_RANKS",
    "PHASES",
    "PLANS",
    "PRODUCTS",
    "ROLES",
    "Contact",
    "Guide",
    "GuideError",
    "Note",
    "PlannedStep",
    "Profile",
    "Reach",
    "Step",
    "Text",
    "all_guides",
    "common_guide",
    "done_ids",
    "guide",
    "guided_operators",
    "guides_dir",
    "is_french_phone",
    "is_source_date",
    "is_web_link",
    "load_guide",
    "now_steps",
    "parse_guide",
    "reach",
    "recipient",
    "steps_for",
]


_OPERATOR_SLUG = re.compile(r"[a-z][a-z0-9_]*")


def guides_dir() -> Path:
    return resources_dir() / "guides"


def load_guide(path: Path) -> Guide:
    """Read one guide file; its `operator` must match the file name."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise GuideError(path.name, "(file)", f"cannot be read: {e}") from None
    g = parse_guide(text, path.name)
    if g.operator != path.stem:
        raise GuideError(path.name, "operator", f"{g.operator!r} does not match the file name {path.stem!r}")
    return g


@cache
def _load(slug: str) -> Guide:
    g = load_guide(guides_dir() / f"{slug}.toml")
    if slug != COMMON:
        shared = {s.id for s in _load(COMMON).steps}
        for i, s in enumerate(g.steps):
            if s.id in shared:
                raise GuideError(
                    f"{slug}.toml", f"step[{i}].id", f"{s.id!r} is already a step of {COMMON}.toml"
                )
    return g


def _known(slug: str) -> bool:
    return _OPERATOR_SLUG.fullmatch(slug) is not None and (guides_dir() / f"{slug}.toml").is_file()


def guide(slug: str | None) -> Guide:
    """The guide of this operator (slug as in resources/operators); the generic guide when there is none."""
    return _load(slug) if slug and _known(slug) else _load(GENERIC)


def common_guide() -> Guide:
    """Steps and contacts for every operator: AFMM directory, 33700, SignalConso, mediator, associations."""
    return _load(COMMON)


def all_guides() -> list[Guide]:
    """Every guide file, `_common` and `_generic` included, sorted by file name."""
    return [_load(p.stem) for p in sorted(guides_dir().glob("*.toml"))]


def guided_operators() -> list[str]:
    """The operators that have a guide of their own, sorted: the file names, without reading the files
    (`load_guide` checks that each file's operator is its name)."""
    return sorted(p.stem for p in guides_dir().glob("*.toml") if not p.stem.startswith("_"))


def steps_for(g: Guide, profile: Profile, done: Collection[str] = ()) -> list[PlannedStep]:
    """The steps of this guide and of the common guide that fit the profile, in phase order.

    Phases run see, stop, block, complain, report; within a phase the operator's steps come first, then the
    common ones (so the mediator follows the operator's consumer service, and the AFMM directory lookup sits
    with the other ways of stopping a subscription). `done` holds step ids (see `done_ids`): operator and
    common step ids never collide, which the loader checks.
    """
    guides = [g] if g.operator == COMMON else [g, common_guide()]
    ranked: list[tuple[int, int, int, PlannedStep]] = []
    for rank, source in enumerate(guides):
        for i, s in enumerate(source.steps):
            if s.applies(profile):
                planned = PlannedStep(step=s, guide=source.operator, done=s.id in done)
                ranked.append((PHASES.index(s.phase), rank, i, planned))
    return [p for *_, p in sorted(ranked, key=lambda r: r[:3])]


def done_ids(progress: Iterable[StepProgress], *guides: str) -> set[str]:
    """Ids of the steps the dossier records as done in these guides (e.g. `g.operator, COMMON`)."""
    return {p.step for p in progress if p.guide in guides}


def recipient(slug: str | None, role: str, product: str = "mobile") -> Contact | None:
    """The contact a letter to `role` is addressed to, for this operator and product.

    `role` is "customer_service", "consumer_service" or "mediator" (the mediator comes from the common guide).
    When the operator's guide has no contact for the role, the generic guide's is used: it has no address and
    a `check` text telling the user to copy the one printed on their bill. Check `contact.address` (None when
    unknown) and `contact.needs_check` before printing.
    """
    if role not in LETTER_ROLES:
        raise ValueError(f"unknown recipient role {role!r}; expected one of {', '.join(LETTER_ROLES)}")
    if product not in PRODUCTS:
        raise ValueError(f"unknown product {product!r}; expected one of {', '.join(PRODUCTS)}")
    chain = [common_guide()] if role == "mediator" else [guide(slug), _load(GENERIC)]
    for g in chain:
        found = g.contacts_for(role, product)
        if found:
            return found[0]
    return None


def now_steps(planned: Iterable[PlannedStep]) -> list[PlannedStep]:
    """The steps to do first, in their `now` order (at most three): what the page shows before any detail.

    Done steps stay in the list (ticked), so the person sees what is behind them as well as what is left.
    """
    first = [p for p in planned if p.step.now is not None]
    return sorted(first, key=lambda p: p.step.now or 0)[: len(NOW_RANKS)]


DOUBTS = ("step", "number", "page")


@dataclass(frozen=True)
class Reach:
    """What a person acts with for one step, and the one doubt to mention about it.

    `doubt` is None when everything shown is confirmed enough; otherwise what to check, said once for the
    step: "step" (the way to do it is not confirmed, or its source predates 2020), "number" (the phone
    number), "page" (the web page). `check` is the step's own calm instruction for a "step" doubt: shown
    instead of a general sentence.
    """

    phone: str | None
    url: str | None
    letter: bool
    doubt: str | None
    check: Text | None = None

    @property
    def empty(self) -> bool:
        return self.phone is None and self.url is None and not self.letter


def reach(planned: PlannedStep, product: str = "mobile") -> Reach:
    """The number, the page and the letter of a step: its own `where`, completed by the first number and
    the first page among its guide's contacts of the step's `contact` role that serve this product."""
    step = planned.step
    phone = step.where if step.where and not step.where_is_link else None
    url = step.where if step.where_is_link else None
    doubtful_phone = doubtful_url = False
    if step.contact is not None:
        contacts = _load(planned.guide).contacts_for(step.contact, product)
        if phone is None:
            with_phone = next((c for c in contacts if c.phone), None)
            if with_phone is not None:
                phone, doubtful_phone = with_phone.phone, with_phone.needs_check
        if url is None:
            with_url = next((c for c in contacts if c.url), None)
            if with_url is not None:
                url, doubtful_url = with_url.url, with_url.needs_check
    doubt = None
    if step.uncertain:
        doubt = "step"
    elif doubtful_phone:
        doubt = "number"
    elif doubtful_url:
        doubt = "page"
    check = step.check if doubt == "step" else None
    return Reach(phone=phone, url=url, letter=step.letter, doubt=doubt, check=check)
