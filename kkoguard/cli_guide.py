"""`kkoguard guide [OPERATOR]`: the steps for one operator, product and plan, as text (ticked when a case
of the dossier records them done). The arguments are defined in kkoguard/cli.py; this module is imported
only when the command runs."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from kkoguard.formatting import printable_name
from kkoguard.guides import COMMON, PHASES, Profile, done_ids, guide, now_steps, reach, steps_for

EXIT_OK = 0


def run(args: argparse.Namespace, lang: str, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    chosen = guide(args.operator)
    done: set[str] = set()
    operator = args.operator
    if args.case is not None:
        from kkoguard.cli_dossier import open_dossier
        from kkoguard.dossier.errors import DossierError

        try:
            with open_dossier(lang) as dossier:
                case_file = dossier.case_file(args.case)
        except DossierError as error:
            print(printable_name(error.message(lang)), file=sys.stderr)
            return 1
        operator = operator or case_file.case.operator
        chosen = guide(operator)
        done = done_ids(case_file.steps, chosen.operator, COMMON)
    profile = Profile(product=args.product, plan=args.plan)
    out.write(guide_text(chosen, profile, done, lang))
    return EXIT_OK


def guide_text(chosen: object, profile: Profile, done: set[str], lang: str) -> str:
    from kkoguard.guides import Guide

    assert isinstance(chosen, Guide)
    lines = [chosen.name, "=" * len(chosen.name), ""]
    planned_steps = steps_for(chosen, profile, done)
    first = now_steps(planned_steps)
    if first:  # what to do first, with the number or the page, before the full list
        lines += [_NOW[lang == "en"].upper(), ""]
        for number, planned in enumerate(first, start=1):
            mark = "[x]" if planned.done else "[ ]"
            lines.append(f"{mark} {number}. {planned.step.title.get(lang)}")
            how = reach(planned, profile.product)
            lines += [f"      → {where}" for where in (how.phone, how.url) if where]
            if how.letter:
                lines.append(f"      → {_LETTER[lang == 'en']}")
            if how.check is not None:  # the step's own instruction says the doubt, calmly
                lines += [f"      {part}" for part in _wrap(how.check.get(lang), 94)]
            elif how.doubt is not None:
                lines.append(f"      ({_DOUBTS[how.doubt][lang == 'en']})")
        lines.append("")
    lines += [*_wrap(chosen.bill.get(lang), 100), ""]
    phase = None
    for number, planned in enumerate(planned_steps, start=1):
        step = planned.step
        if step.phase != phase:
            phase = step.phase
            lines += [_PHASE_TITLES[phase][0 if lang == "fr" else 1].upper(), ""]
        mark = "[x]" if planned.done else "[ ]"
        lines.append(f"{mark} {number}. {step.title.get(lang)}")
        lines += [f"      {part}" for part in _wrap(step.what.get(lang))]
        if step.where:
            lines.append(f"      → {step.where}")
        if step.proof:  # what to keep, set apart so it is not skipped
            proof = _wrap(step.proof.get(lang), 94)
            lines += [f"      ✎ {proof[0]}", *(f"        {part}" for part in proof[1:])]
        if step.check is not None and step.uncertain:
            lines += [f"      {part}" for part in _wrap(step.check.get(lang), 94)]
        elif step.uncertain:
            lines.append(f"      ({_UNCERTAIN[lang == 'en']})")
        lines.append("")
    return "\n".join(lines)


def _wrap(text: str, width: int = 96) -> list[str]:
    import textwrap

    return textwrap.wrap(" ".join(text.split()), width) or [""]


_PHASE_TITLES = {
    "see": ("Retrouver les achats", "Find the purchases"),
    "stop": ("Arrêter l'abonnement", "Stop the subscription"),
    "block": ("Bloquer pour de bon", "Block for good"),
    "complain": ("Réclamer", "Complain"),
    "report": ("Signaler", "Report"),
}
assert set(_PHASE_TITLES) == set(PHASES)
_UNCERTAIN = ("information non confirmée : vérifiez-la", "not confirmed: check it")
_NOW = ("À faire maintenant", "What to do now")
_LETTER = ("la lettre : kkoguard letter --help", "the letter: kkoguard letter --help")
_DOUBTS = {
    "number": ("vérifiez ce numéro sur votre facture", "check this number on your bill"),
    "page": ("cette page a pu changer", "this page may have changed"),
    "step": _UNCERTAIN,
}
