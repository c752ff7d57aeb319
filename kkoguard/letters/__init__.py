"""Letters: a case from the dossier becomes a French letter, ready to print and post.

    draft = compose("refund", case_file, today=date.today(), place="Lyon")
    for warning in draft.warnings: print(warning.text(lang))     # show before printing
    pdf = render_pdf(draft)                                        # A4, right-hand window envelope
    text = render_text(draft)                                      # same content, plain text

Kinds: refund (service clients), escalation (service consommateurs), termination (publisher), mediator
(Médiateur des communications électroniques), signalconso (plain text for a SignalConso report). The French
is data in resources/letters/; the font (DejaVu Sans) is bundled in resources/fonts/. `render_recovery_sheet`
prints the dossier's recovery key.
"""

from __future__ import annotations

from kkoguard.letters.draft import ChargeRow, ChargesTable, LetterDraft, Notice
from kkoguard.letters.drafting import FILING, LetterError, compose
from kkoguard.letters.recovery import render_recovery_sheet
from kkoguard.letters.render import render_pdf, render_text
from kkoguard.letters.templates import KINDS, TemplateError

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
