"""Letters: a case from the dossier becomes a French letter, ready to print and post.

    draft = compose("refund", case_file, today=date.today(), place="Lyon")
    for warning in draft.warnings: print(warning.text(lang))     # show before printing
    pdf = render_pdf(draft)                                        # A4, right-hand window envelope
    text = render_text(draft)                                      # same content, plain text

Kinds: refund (service clients), escalation (service consommateurs), termination (publisher), mediator
(Médiateur des communications électroniques), signalconso (plain text for a SignalConso report). The French
is data in resources/letters/; the font (DejaVu Sans) is bundled in resources/fonts/. `render_recovery_sheet`
prints the dossier's recovery key.

The names below are imported on first use: importing this package, or one of its light modules such as
`kkoguard.letters.templates` (which `kkoguard letter --help` reads), does not load reportlab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kkoguard.letters.draft import ChargeRow, ChargesTable, LetterDraft, Notice
    from kkoguard.letters.drafting import FILING, LetterError, compose
    from kkoguard.letters.recovery import render_recovery_sheet
    from kkoguard.letters.render import render_pdf, render_text
    from kkoguard.letters.templates import KINDS, TemplateError
else:

    def __getattr__(name: str) -> object:
        """The module holding `name` is imported when `name` is first asked for (PEP 562)."""
        home = _HOMES.get(name)
        if home is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
        globals()[name] = value
        return value


_HOMES = {
    "ChargeRow": "draft",
    "ChargesTable": "draft",
    "LetterDraft": "draft",
    "Notice": "draft",
    "FILING": "drafting",
    "LetterError": "drafting",
    "compose": "drafting",
    "render_recovery_sheet": "recovery",
    "render_pdf": "render",
    "render_text": "render",
    "KINDS": "templates",
    "TemplateError": "templates",
}
"""Where each public name lives (the imports under TYPE_CHECKING say the same, for the type checker)."""

__all__ = [
    "FILING",
    "KINDS",
    "ChargeRow",
    "ChargesTable",
    "LetterDraft",
    "LetterError",
    "Notice",
    "TemplateError",
    "compose",
    "render_pdf",
    "render_recovery_sheet",
    "render_text",
]
