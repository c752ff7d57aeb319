"""Random French phone/internet bills with their truth, to measure the reader on layouts nobody drew.

`generate(seed)` draws one bill (PDF bytes and a truth dict in the corpus format, see
shared/corpus/README.md); `write(seed, folder)` saves `NAME.pdf` + `NAME.truth.json` like the corpus, so
that shared/corpus/score.py can score a folder of them (tools/score_random.py does). The same seed always
gives the same bytes.

Two kinds of randomness: the layout (`Layout`, one value per dimension of `CHOICES`) and the content
(operator, dates, rows, wrapping), both from the seed. Truth rules are the corpus's: every amount-bearing
line item is a charge, in reading order, with its TTC amount; summary rows, subtotals, VAT lines, the total
and the sample page are not; the kind comes from the label's wording (Internet+, SMS+, Gallery, multimédia,
0899/118 calls), not from the section title; app stores and operator streaming options are third party but
not suspicious; a line has a date only when one is printed on it.
"""

from __future__ import annotations

import io
import itertools
import json
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

T = TypeVar("T")
FONT_DIR = Path(__file__).resolve().parents[1] / "resources" / "fonts"
CENT = Decimal("0.01")
VAT = Decimal("1.2")
NBSP = "\u00a0"
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")  # fmt: skip
MONTHS_SHORT = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
                "déc.")  # fmt: skip
SUSPICIOUS_KINDS = frozenset(
    {"internet_plus", "sms_plus", "gallery", "multimedia", "premium_call", "other_third_party"}
)

# ---------------------------------------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class Operator:
    name: str
    slug: str | None  # the truth's operator: null for invented brands the reader cannot know
    prefix: str
    tagline: str


OPERATORS = (
    Operator("Nova Télécom", None, "NV", "Le mobile sans surprise"),
    Operator("Kalo Mobile", None, "KM", "Forfaits mobiles sans engagement"),
    Operator("Ondine", None, "OD", "Box et mobile"),
    Operator("Telcio", None, "TC", "Votre opérateur local"),
    Operator("Mobilia", None, "MB", "Le forfait qui vous suit"),
    Operator("Azur Box", None, "AZ", "Fibre et mobile"),
    Operator("Prixtel", "prixtel", "PX", "L'opérateur qui ajuste votre forfait"),
    Operator("NRJ Mobile", "nrj_mobile", "NRJ", "Forfaits sans engagement"),
    Operator("Coriolis Telecom", "coriolis", "C0", "Mobile · Box · Pro"),
    Operator("Syma Mobile", "syma", "SY", "Appelez le monde"),
    Operator("Lebara", "lebara", "LB", "Restez connecté à vos proches"),
    Operator("YouPrice", "youprice", "YP", "Le forfait au juste prix"),
)
CUSTOMERS = (
    ("M. Karim BRUNET", "64 rue Nationale", "33800 BORDEAUX"),
    ("Mme Élodie BENALI", "7 impasse du Moulin", "67000 STRASBOURG"),
    ("M. Thierry LEMOINE", "27 avenue de la Gare", "69007 LYON"),
    ("Mme Nathalie HADDAD", "22 rue de la République", "44000 NANTES"),
    ("M. Camille LEFÈVRE", "12 rue des Tanneurs", "59000 LILLE"),
    ("Mme Sophie MARCHAND", "3 allée des Tilleuls", "31400 TOULOUSE"),
)

PLANS = (
    "Forfait {brand} {go} Go",
    "Forfait 5G {go} Go du {start} au {end}",
    "Forfait Série Spéciale {go} Go",
    "Abonnement Box Fibre {brand}",
    "Forfait ajustable {go} Go",
)
PLAN_PRICES = ("2.99", "4.99", "7.99", "9.99", "10.90", "11.99", "12.99", "14.99", "15.99", "19.99", "24.99",
               "29.99", "39.99")  # fmt: skip
OPTIONS = (
    ("Option Europe Voyage 5 Go", "10.00"),
    ("Option Sécurité Mobile", "3.00"),
    ("Option Multi-SIM", "5.00"),
    ("Assurance mobile Casse et Vol", "9.99"),
    ("Option International 2h", "5.00"),
    ("Option Répondeur+", "1.00"),
)
LOOK_ALIKES = (
    ("Option Blocage SMS+ et Internet+", "0.00"),
    ("Option SMS + MMS illimités", "0.00"),
    ("Pack Internet + TV", "12.00"),
    ("Frais d'envoi de facture papier", "1.50"),
)
"""Benign lines whose words look like third-party ones: no reader should flag them."""
STREAMING = (
    ("Netflix", "Option Netflix Standard avec pub", "5.99"),
    ("Canal+", "Option CANAL+ Ciné Séries", "15.99"),
    ("Deezer", "Option Deezer Premium", "10.99"),
    ("beIN SPORTS", "Option beIN SPORTS", "15.00"),
    ("Disney+", "Option TV Disney+ Standard", "9.99"),
)
"""Operator options for a third party's service: third party, kind other_third_party, not suspicious."""
USAGE = (
    "Communications hors forfait",
    "Appels vers l'international",
    "Hors forfait data Europe",
    "SMS vers l'international",
    "Appels vers les DOM",
    "Communications depuis l'étranger (Maroc)",
    "Roaming Zone 2 - Data 500 Mo",
    "Appels émis depuis le Royaume-Uni",
    "Dépassement data 1 Go",
)
PHONES = ("Samsung Galaxy A35", "iPhone 15 128 Go", "Xiaomi Redmi Note 13", "Google Pixel 8a")
DISCOUNTS = (
    ("Remise fidélité", "5.00"),
    ("Remise multi-lignes", "4.00"),
    ("Geste commercial", "10.00"),
    ("Remise Box + Mobile", "5.00"),
    ("Avoir suite à réclamation", "3.50"),
)
APP_STORES = (
    ("Google Play", "Google Play - Achat intégré"),
    ("Google Play", "Achat Google Play - Jeu Puzzle"),
    ("Google Play", "GOOGLE *Play Store Achat intégré"),
    ("Apple", "Apple Services - App Store"),
    ("Apple", "APPLE.COM/BILL - Abonnement iCloud+ 50 Go"),
)
APP_AMOUNTS = ("0.99", "1.99", "2.99", "4.99", "9.99", "14.99")


@dataclass(frozen=True)
class Merchant:
    brand: str  # the truth's canonical merchant
    spellings: tuple[str, ...]  # how bills print it; each normalises (score.py norm_merchant) to the brand
    compact: str  # the spelling after an aggregator prefix: DV*FUNZONE
    descriptions: tuple[str, ...]


MERCHANTS = (
    Merchant(
        "FunZone",
        ("FUNZONE", "FunZone", "Funzone SAS"),
        "FUNZONE",
        ("Abonnement hebdomadaire", "abonnement jeux"),
    ),
    Merchant("PlayVOD", ("PLAYVOD", "PlayVOD Ltd"), "PLAYVOD", ("Accès illimité vidéos", "Abonnement VOD")),
    Merchant("Top Buzz", ("TOP BUZZ", "Top Buzz SARL"), "TOPBUZZ", ("Vidéos buzz illimitées",)),
    Merchant("QuizMania", ("QUIZMANIA", "QuizMania"), "QUIZMANIA", ("Quiz hebdo", "Jeu concours")),
    Merchant("Cineflix", ("CINEFLIX", "Cineflix SAS"), "CINEFLIX", ("abo mensuel", "Film à l'unité")),
    Merchant("Zenvo Fit", ("ZENVO FIT", "Zenvo Fit"), "ZENVOFIT", ("coaching (mensuel)",)),
    Merchant("Horoscopix", ("HOROSCOPIX",), "HOROSCOPIX", ("Horoscope quotidien",)),
    Merchant("Jeux Flash", ("JEUX FLASH", "JEUXFLASH"), "JEUXFLASH", ("Jeu concours", "Pack 500 gemmes")),
    Merchant(
        "Ringz Music", ("RINGZ MUSIC", "Ringz Music Ltd"), "RINGZMUSIC", ("Pack 3 sonneries", "sonnerie")
    ),
    Merchant(
        "KKO Store",
        ("KKO STORE", "Kko Store SAS", "KKOSTORE"),
        "KKOSTORE",
        ("Abonnement hebdomadaire Jeux Premium",),
    ),
    Merchant("StreamVibe", ("STREAMVIBE LTD", "StreamVibe"), "STREAMVIBE", ("Accès 24h vidéos",)),
    Merchant("Arena Légendes", ("ARENA LEGENDES", "Arena Légendes"), "ARENALEGENDES", ("Pack 1200 gemmes",)),
    Merchant("Mystic Tarot", ("MYSTIC TAROT", "Mystic Tarot SARL"), "MYSTICTAROT", ("Tirage du jour",)),
)
WEB_MERCHANTS = ("mobi-games.fr", "wallpaper-hd.net", "quiz-master.fr", "fun-videos.net")
"""Merchants known only by a web address: the address is the merchant."""
AGGREGATORS = (
    ("DIMOCO", "DIMOCO"),
    ("Digital Virgo", "DV"),
    ("Boku", "BOKU"),
    ("NTH Mobile", "NTH"),
    ("Mobiyo", "MOBIPAY"),
)
TEMPLATES = {
    "internet_plus": ("Internet+ {sp} via {agg} - {desc}", "{sp} - {desc} (Internet+ via {agg})",
                      "Achat Internet+ {sp} {desc}", "Abonnement Internet+ {sp} - {desc}"),
    "multimedia": ("Achat multimédia {sp} - {desc}", "Achat multimédia : {sp} via {agg} - {desc}",
                   "Contenu multimédia {sp} {desc}"),
    "gallery": ("Gallery {sp} - {desc}", "Achat Gallery : {sp} {desc}", "Gallery - {sp} ({agg})"),
    "other_third_party": ("{sp} {desc}", "Paiement pour le compte de tiers {sp} - {desc}",
                          "Achat tiers : {sp} via {agg}", "Option paiement mobile {sp} - {desc}",
                          "Micropaiement {sp} via {agg} {desc}"),
    "sms_plus": ("SMS+ {short} {sp}", "Achat SMS+ {short} - {sp}", "SMS+ {sp} ({short})",
                 "SMS surtaxé {short} {sp}"),
}  # fmt: skip
"""Label wordings per kind. The kind word is in the label (the corpus's rule); other_third_party lines have
none, only a third-party section, a prefix (DV*…) or "compte de tiers" wording."""
KINDS = (
    ("internet_plus",) * 4
    + ("other_third_party",) * 3
    + ("multimedia",) * 2
    + ("sms_plus",) * 2
    + ("gallery",)
)
TP_AMOUNTS = ("0.99", "1.50", "2.00", "2.99", "3.00", "3.99", "4.50", "4.99", "5.99", "6.49", "6.99", "7.50",
              "7.99", "9.99", "12.00", "14.99")  # fmt: skip
SMS_AMOUNTS = ("0.50", "0.80", "0.99", "1.50", "2.00", "3.00", "4.50")
PREMIUM = (
    ("Voyance Astrale", None, "{number} Voyance Astrale"),
    ("Astro Conseil", None, "{number} (service Astro Conseil)"),
    ("Tarot Lumière", None, "{number} Tarot Lumière"),
    ("118 218", "118218", "118 218 (Renseignements 118 218)"),
    ("118 712", "118712", "118 712 Annuaire 118 712"),
)
PREMIUM_TEMPLATES = ("Appel {what} - {minutes} min", "Appel vers {what}", "Service à valeur ajoutée {what}")

TP_TITLES = (
    "Vos services fournis par des tiers",
    "Vos autres services tiers (**)",
    "Facturation pour compte de tiers",
    "Sommes encaissées pour le compte des éditeurs de services",
    "Achats de contenus et services facturés pour le compte de tiers",
    "Services de tiers",
    "Internet+",
    "SMS+",
    "Achats multimédia",
)
TP_SUBTITLES = (
    "Sommes encaissées pour le compte des éditeurs de services",
    "Contenus et services achetés auprès de partenaires",
    "Montants facturés pour le compte de tiers",
)
PLAN_TITLES = ("Abonnements", "Votre forfait", "Vos abonnements, forfaits et options", "Forfaits et options")
USAGE_TITLES = ("Consommations hors forfait", "Hors forfait", "Communications", "Vos consommations")
EQUIPMENT_TITLES = ("Équipement", "Achats", "Votre mobile", "Paiement de votre téléphone")
DISCOUNT_TITLES = ("Remises", "Avoirs", "Vos remises", "Remises et avantages")
APP_TITLES = ("Achats d'applications", "Applications")
TOTAL_WORDINGS = (
    "Total à payer",
    "Montant total de votre facture",
    "Somme à payer",
    "Montant prélevé le {debit}",
    "TOTAL prestations facturées",
    "Net à payer",
    "Montant TTC à payer",
    "Total de la facture TTC",
)

# ---------------------------------------------------------------------------------------------- layout

CHOICES: dict[str, tuple[Any, ...]] = {
    "scenario": ("suspicious",) * 7 + ("clean", "clean", "benign"),
    "operator": tuple(range(len(OPERATORS))),
    "landscape": (False, False, True),
    "text_columns": (1, 1, 2),
    "font": ("Helvetica", "Times", "Courier", "DejaVu"),
    "brand_side": ("left", "right"),
    "header_style": ("inline", "colon", "stacked", "table"),
    "invoice_date_format": ("long", "slash", "dot2", "iso", "dash"),
    "period_format": ("du_au_long", "du_au_slash", "slash_range", "iso_arrow", "dash_range"),
    "line_date_format": ("slash", "dot2", "dash", "iso", "le_long", "short_month"),
    "amount_format": ("euro", "euro_tight", "euro_mid", "euro_prefix", "eur_prefix", "eur_suffix",
                      "eur_suffix_space", "bare_comma", "bare_dot"),
    "nbsp": (False, True),
    "credit_format": ("minus", "paren", "trailing", "cr"),
    "amount_side": ("right", "right", "right", "left"),
    "date_column": ("none", "before_label", "after_label", "last"),
    "detail_columns": ("ttc", "ttc", "ht_ttc", "qty_pu_tva_ttc", "tva_ht_ttc", "qty_pu_ht_ttc"),
    "header_row": ("full", "none", "amounts_only"),
    "header_per_section": (False, True),
    "label_header": ("Désignation", "Libellé", "Détail", "Description"),
    "ttc_header": ("Montant TTC", "Prix", "€ TTC", "TTC(*)", "€ TTC(*)", "Montant", "Montant (€)",
                   "Total TTC"),
    "summary_box": ("none", "top", "top_then_break"),
    "summary_rows": ("by_section", "by_supplier"),
    "subtotals": ("none", "sous_total", "sous_total_title", "total_section"),
    "vat_lines": ("none", "dont_tva", "ht_tva", "soumis"),
    "total_wording": tuple(range(len(TOTAL_WORDINGS))),
    "total_place": ("summary", "after_detail", "both", "header"),
    "sample_page": ("none", "none", "after_first", "last"),
    "wrap_rate": (0.0, 0.3, 0.7),
    "wrap_amount": ("first", "last"),
    "continuation_indent": (0, 10),
    "section_title_style": ("bold_large", "bold", "caps"),
    "tp_title": tuple(range(len(TP_TITLES))),
    "tp_sections": (1, 1, 2),
    "detail_on_new_page": (False, False, True),
}  # fmt: skip
"""Each layout dimension and its values; a value listed twice is drawn twice as often."""


@dataclass(frozen=True)
class Layout:
    """One value per dimension of CHOICES: how this bill is drawn. `scenario` is what it bills: some
    suspicious lines, no third-party line at all (clean), or app stores and operator options only (benign)."""

    scenario: str
    operator: int
    landscape: bool
    text_columns: int
    font: str
    brand_side: str
    header_style: str
    invoice_date_format: str
    period_format: str
    line_date_format: str
    amount_format: str
    nbsp: bool
    credit_format: str
    amount_side: str  # the amount right of the label, or left of it
    date_column: str
    detail_columns: str  # which amount columns besides TTC (the charge is always the TTC)
    header_row: str
    header_per_section: bool
    label_header: str
    ttc_header: str
    summary_box: str
    summary_rows: str
    subtotals: str
    vat_lines: str
    total_wording: int
    total_place: str
    sample_page: str
    wrap_rate: float
    wrap_amount: str  # which line of a wrapped label carries the amounts
    continuation_indent: int
    section_title_style: str
    tp_title: int
    tp_sections: int
    detail_on_new_page: bool


def pick(seed: int, name: str, options: Sequence[T]) -> T:
    """Stratified draw: each block of len(options) consecutive seeds uses every option once, in its own
    shuffled order. No dimension has more than 20 values, so any 40 consecutive seeds cover every value,
    while the dimensions stay independent of each other."""
    order = list(range(len(options)))
    random.Random(f"{name}/{seed // len(options)}").shuffle(order)
    return options[order[seed % len(options)]]


def choose_layout(seed: int) -> Layout:
    """The layout of bill `seed`, with the few combinations that cannot be drawn resolved."""
    values = {name: pick(seed, name, options) for name, options in CHOICES.items()}
    if values["amount_side"] == "left":  # amount first, then the label: no HT/VAT columns in between
        values["detail_columns"] = "ttc"
    if values["text_columns"] == 2 and values["detail_columns"] != "ttc":  # half a page is too narrow
        values["detail_columns"] = "ht_ttc" if values["landscape"] else "ttc"
    if values["summary_box"] == "none" and values["total_place"] in ("summary", "both"):
        values["total_place"] = "after_detail"
    return Layout(**values)


# ---------------------------------------------------------------------------------------------- content


@dataclass
class Row:
    """One charge: the label as printed (one string per line) and what the truth says of it."""

    lines: tuple[str, ...]
    amount: Decimal
    date: date | None = None
    third_party: bool = False
    suspicious: bool = False
    kind: str | None = None
    merchant: str | None = None
    short_number: str | None = None
    page: int = 0  # set when drawn

    @property
    def label(self) -> str:
        return " ".join(self.lines)

    def truth(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "amount": f"{self.amount:.2f}",
            "date": iso(self.date),
            "page": self.page,
            "third_party": self.third_party,
            "suspicious": self.suspicious,
            "kind": self.kind,
            "merchant": self.merchant,
            "short_number": self.short_number,
        }


@dataclass
class Section:
    title: str
    recap: str  # its row in the summary box
    rows: list[Row]
    third_party: bool = False
    subtitle: str | None = None
    note: str | None = None

    @property
    def subtotal(self) -> Decimal:
        return sum((r.amount for r in self.rows), Decimal(0))


@dataclass
class Bill:
    operator: Operator
    customer: tuple[str, str, str]
    invoice_number: str
    invoice_date: date
    period: tuple[date, date]
    debit_date: date
    account_number: str
    line_numbers: list[str]
    sections: list[Section]
    line_style: int  # how phone numbers are grouped in the header
    page_style: int  # "Page 1/3", "1/3", "Feuillet 1 sur 3"
    wording: int  # which labels name the invoice number and the account

    @property
    def rows(self) -> list[Row]:
        return [r for s in self.sections for r in s.rows]

    @property
    def total(self) -> Decimal:
        return sum((r.amount for r in self.rows), Decimal(0))


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def money(text: str) -> Decimal:
    return Decimal(text).quantize(CENT)


def split_label(rng: random.Random, label: str, rate: float) -> tuple[str, ...]:
    """The label on 1 line, or (with probability `rate`) on 2-3 lines broken between words."""
    words = label.split()
    if len(words) < 2 or rng.random() >= rate:
        return (label,)
    places = [i for i in range(1, len(words)) if words[i] != "-"]  # a line never starts with a lone dash
    if not places:
        return (label,)
    cuts = sorted(rng.sample(places, min(len(places), rng.choice((1, 1, 2)))))
    bounds = [0, *cuts, len(words)]
    return tuple(" ".join(words[a:b]) for a, b in itertools.pairwise(bounds))


def day_in(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, (end - start).days))


class ContentMaker:
    """Draws the rows of one bill: its sections, amounts, dates and merchants."""

    def __init__(self, rng: random.Random, layout: Layout, operator: Operator, period: tuple[date, date]):
        self.rng, self.layout, self.op, self.period = rng, layout, operator, period
        self.dated = layout.date_column != "none"
        # a label printed several times on a bill wraps the same way each time
        self.splits: dict[str, tuple[str, ...]] = {}

    def row(self, label: str, amount: str | Decimal, day: date | None = None, **truth: Any) -> Row:
        if label not in self.splits:
            self.splits[label] = split_label(self.rng, label, self.layout.wrap_rate)
        lines = self.splits[label]
        return Row(lines, money(str(amount)), day if self.dated else None, **truth)

    def sections(self, line_count: int) -> list[Section]:
        rng, lay = self.rng, self.layout
        plan = Section(
            rng.choice(PLAN_TITLES),
            rng.choice(("Abonnements", "Votre forfait", "Forfaits et options")),
            self.plan_rows(line_count),
        )
        middle: list[Section] = []
        usage = self.usage_rows()
        if usage:
            middle.append(
                Section(rng.choice(USAGE_TITLES), rng.choice(("Consommations", "Hors forfait")), usage)
            )
        if rng.random() < 0.3:
            middle.append(Section(rng.choice(EQUIPMENT_TITLES), "Équipement", self.equipment_rows()))
        if lay.scenario == "benign" or (lay.scenario == "suspicious" and rng.random() < 0.2):
            apps = self.app_rows(rng.randint(1, 2))
            if lay.scenario == "benign" and rng.random() < 0.5:
                middle.append(
                    Section(TP_TITLES[lay.tp_title], TP_TITLES[lay.tp_title], apps, third_party=True)
                )
            else:
                middle.append(Section(rng.choice(APP_TITLES), "Applications", apps, third_party=True))
        if lay.scenario == "suspicious":
            middle += self.third_party_sections()
        rng.shuffle(middle)
        discounts = self.discount_rows(plan.subtotal)
        tail = [Section(rng.choice(DISCOUNT_TITLES), "Remises", discounts)] if discounts else []
        return [plan, *middle, *tail]

    def plan_rows(self, line_count: int) -> list[Row]:
        rng, (start, end) = self.rng, self.period
        label = rng.choice(PLANS).format(
            brand=self.op.name.split()[0],
            go=rng.choice((5, 20, 40, 80, 100, 130, 200)),
            start=start.strftime("%d/%m"),
            end=end.strftime("%d/%m"),
        )
        price = rng.choice(PLAN_PRICES)
        rows = [self.row(label, price)]
        if line_count == 2:
            rows.append(self.row(f"{label} - seconde ligne", rng.choice(PLAN_PRICES)))
        for text, amount in rng.sample(OPTIONS, rng.randint(0, 2)):
            rows.append(self.row(text, amount))
        if rng.random() < 0.3:
            text, amount = rng.choice(LOOK_ALIKES)
            rows.append(self.row(text, amount))
        if self.layout.scenario != "clean" and rng.random() < 0.35:
            merchant, text, amount = rng.choice(STREAMING)
            rows.append(self.row(text, amount, third_party=True, kind="other_third_party", merchant=merchant))
        return rows

    def usage_rows(self) -> list[Row]:
        rng = self.rng
        rows = [
            self.row(text, f"{rng.uniform(0.3, 15):.2f}", day_in(rng, *self.period))
            for text in rng.sample(USAGE, rng.choice((0, 1, 1, 2, 3)))
        ]
        if self.layout.scenario == "suspicious" and rng.random() < 0.3:
            rows.append(self.premium_row())
        return sorted(rows, key=lambda r: r.date or self.period[0])

    def purchase(
        self, label: str, amount: str, day: date, kind: str, merchant: str, short: str | None
    ) -> Row:
        """A suspicious third-party line."""
        return self.row(label, amount, day, third_party=True, suspicious=True, kind=kind, merchant=merchant,
                        short_number=short)  # fmt: skip

    def premium_row(self) -> Row:
        rng = self.rng
        merchant, short, what = rng.choice(PREMIUM)
        number = f"0899 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        label = rng.choice(PREMIUM_TEMPLATES).format(
            what=what.format(number=number), minutes=rng.randint(2, 25)
        )
        return self.purchase(label, f"{rng.uniform(2, 20):.2f}", day_in(rng, *self.period), "premium_call",
                             merchant, short)  # fmt: skip

    def equipment_rows(self) -> list[Row]:
        rng, phone = self.rng, self.rng.choice(PHONES)
        choices = [
            (f"Terminal en 24 fois {phone} (échéance {rng.randint(1, 24)}/24)", f"{rng.uniform(5, 45):.2f}"),
            (f"Achat de terminal {phone} - paiement comptant", rng.choice(("199.99", "349.00", "89.90"))),
            (f"Achat {phone}", rng.choice(("1029.00", "1249.99"))),
        ]
        rows = [self.row(*rng.choice(choices))]
        if rng.random() < 0.4:
            rows.append(self.row("Frais de port", "0.00"))
        return rows

    def app_rows(self, count: int) -> list[Row]:
        rows = []
        for _ in range(count):
            merchant, label = self.rng.choice(APP_STORES)
            rows.append(
                self.row(
                    label,
                    self.rng.choice(APP_AMOUNTS),
                    day_in(self.rng, *self.period),
                    third_party=True,
                    kind="app_store",
                    merchant=merchant,
                )
            )
        return sorted(rows, key=lambda r: r.date or self.period[0])

    def discount_rows(self, plan_total: Decimal) -> list[Row]:
        rows = [
            self.row(text, -money(amount))
            for text, amount in self.rng.sample(DISCOUNTS, self.rng.choice((0, 0, 1, 2)))
        ]
        return rows if -sum((r.amount for r in rows), Decimal(0)) < plan_total else []

    def third_party_sections(self) -> list[Section]:
        rng, lay = self.rng, self.layout
        merchants = rng.sample(MERCHANTS, rng.choice((1, 1, 2, 3)))
        rows = [row for m in merchants for row in self.series(m)]
        if rng.random() < 0.15:
            rows += self.web_rows()
        if rng.random() < 0.25:
            rows += self.app_rows(1)
        rows.sort(key=lambda r: r.date or self.period[0])
        title = TP_TITLES[lay.tp_title]
        subtitle = rng.choice(TP_SUBTITLES) if rng.random() < 0.3 and title not in TP_SUBTITLES else None
        recap = rng.choice((title, "Services de tiers", "Autres fournisseurs"))
        if lay.tp_sections == 1 or len(rows) < 2:
            return [Section(title, recap, rows, True, subtitle, self.tva_note(title))]
        cut = rng.randint(1, len(rows) - 1)
        first, second = ("Vos services fournis par des tiers", "Vos autres services tiers (**)")
        if title not in (first, second):
            first, second = title, rng.choice([t for t in TP_TITLES if t != title])
        return [
            Section(first, first, rows[:cut], True, subtitle, self.tva_note(first)),
            Section(second, second, rows[cut:], True, None, self.tva_note(second)),
        ]

    def tva_note(self, title: str) -> str | None:
        return f"(**) La TVA n'est pas collectée par {self.op.name}" if "(**)" in title else None

    def series(self, merchant: Merchant) -> list[Row]:
        """One merchant's lines: a weekly subscription, a monthly one, or one-off purchases."""
        rng, (start, end) = self.rng, self.period
        kind = rng.choice(KINDS)
        agg, prefix = rng.choice(AGGREGATORS)
        spelling = rng.choice(merchant.spellings)
        if kind != "sms_plus" and rng.random() < 0.35:
            spelling = f"{prefix}*{merchant.compact}"
        short = f"{rng.choice('678')}{rng.randint(1000, 9999)}" if kind == "sms_plus" else None
        templates = [t for t in TEMPLATES[kind] if "*" not in spelling or "{agg}" not in t] or TEMPLATES[kind]
        label = rng.choice(templates).format(
            sp=spelling, agg=agg, desc=rng.choice(merchant.descriptions), short=short
        )
        amount = rng.choice(SMS_AMOUNTS if kind == "sms_plus" else TP_AMOUNTS)
        pattern = rng.choice(("weekly", "weekly", "monthly", "oneoff"))
        if pattern == "weekly":
            first = start + timedelta(days=rng.randint(0, 6))
            days = [first + timedelta(weeks=k) for k in range(5) if first + timedelta(weeks=k) <= end]
        elif pattern == "monthly":
            days = [day_in(rng, start, end)]
        else:
            days = sorted(day_in(rng, start, end) for _ in range(rng.randint(1, 3)))
        return [self.purchase(label, amount, d, kind, merchant.brand, short) for d in days]

    def web_rows(self) -> list[Row]:
        site, day = self.rng.choice(WEB_MERCHANTS), day_in(self.rng, *self.period)
        return [self.purchase(site, self.rng.choice(TP_AMOUNTS), day, "other_third_party", site, None)]


def make_bill(rng: random.Random, layout: Layout) -> Bill:
    op = OPERATORS[layout.operator]
    year, month = rng.randint(2024, 2026), rng.randint(1, 12)
    if rng.random() < 0.6:  # a calendar month
        start = date(year, month, 1)
        end = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    else:  # from the subscription day: 14 Nov - 13 Dec
        start = date(year, month, rng.randint(2, 27))
        end = date(year + month // 12, month % 12 + 1, start.day) - timedelta(days=1)
    invoice_date = end + timedelta(days=rng.randint(1, 8))
    line_count = rng.choice((1, 1, 1, 2))
    lines = [f"0{rng.choice('67')}{rng.randint(10**7, 10**8 - 1)}" for _ in range(line_count)]
    maker = ContentMaker(rng, layout, op, (start, end))
    sections = maker.sections(line_count)
    number = rng.choice(
        (
            f"{op.prefix}{rng.randint(10**9, 10**10 - 1)}",
            f"FAC-{invoice_date.year}-{rng.randint(1, 999999):06d}",
            f"{op.prefix}-{invoice_date:%y%m}-{rng.randint(1000, 9999)}",
        )
    )
    account = rng.choice(
        (
            f"{rng.randint(10**7, 10**9 - 1)}",
            f"{op.prefix}{rng.randint(10**5, 10**7 - 1)}",
            f"{op.prefix}-{rng.randint(100000, 999999)}",
        )
    )
    return Bill(
        op,
        rng.choice(CUSTOMERS),
        number,
        invoice_date,
        (start, end),
        invoice_date + timedelta(days=rng.randint(5, 15)),
        account,
        lines,
        sections,
        rng.randrange(4),
        rng.randrange(3),
        rng.randrange(4),
    )


# ---------------------------------------------------------------------------------------------- text formats


def long_date(d: date, year: bool = True) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {MONTHS[d.month - 1]}" + (f" {d.year}" if year else "")


def format_date(d: date, style: str) -> str:
    formats = {
        "long": long_date(d),
        "slash": f"{d:%d/%m/%Y}",
        "dot2": f"{d:%d.%m.%y}",
        "iso": d.isoformat(),
        "dash": f"{d:%d-%m-%Y}",
        "le_long": f"le {d.day} {MONTHS[d.month - 1]}",
        "short_month": f"{d.day:02d} {MONTHS_SHORT[d.month - 1]}",
    }
    return formats[style]


def format_period(start: date, end: date, style: str) -> str:
    if style == "du_au_long":
        if (start.year, start.month) == (end.year, end.month):
            return f"du {long_date(start, year=False).split()[0]} au {long_date(end)}"
        return f"du {long_date(start, year=start.year != end.year)} au {long_date(end)}"
    formats = {
        "du_au_slash": f"du {start:%d/%m/%Y} au {end:%d/%m/%Y}",
        "slash_range": f"{start:%d/%m/%Y} - {end:%d/%m/%Y}",
        "iso_arrow": f"{start.isoformat()} → {end.isoformat()}",
        "dash_range": f"{start:%d-%m-%Y} - {end:%d-%m-%Y}",
    }
    return formats[style]


def format_phone(number: str, style: int) -> str:
    pairs = [number[i : i + 2] for i in range(0, 10, 2)]
    return (" ".join(pairs), ".".join(pairs), number, "+33 " + number[1] + " " + " ".join(pairs[1:]))[style]


def format_amount(amount: Decimal, style: str, credit: str, nbsp: bool) -> str:
    """`amount` as the bill prints it: "4,99 €", "4€99", "EUR 9,99", "19.99", credits "(5,00)"…"""
    space = NBSP if nbsp else " "
    units, cents = f"{abs(amount):.2f}".split(".")
    grouped = f"{int(units):,}".replace(",", space)
    number = f"{grouped},{cents}"
    text = {
        "euro": f"{number}{space}€",
        "euro_tight": f"{number}€",
        "euro_mid": f"{grouped}€{cents}",
        "euro_prefix": f"€{space}{number}",
        "eur_prefix": f"EUR{space}{number}",
        "eur_suffix": f"{number}EUR",
        "eur_suffix_space": f"{number}{space}EUR",
        "bare_comma": number,
        "bare_dot": f"{units}.{cents}",
    }[style]
    if amount >= 0:
        return text
    return {"minus": f"-{text}", "paren": f"({text})", "trailing": f"{text}-", "cr": f"{text} CR"}[credit]


# ---------------------------------------------------------------------------------------------- drawing

FONTS = {
    "Helvetica": ("Helvetica", "Helvetica-Bold"),
    "Times": ("Times-Roman", "Times-Bold"),
    "Courier": ("Courier", "Courier-Bold"),
    "DejaVu": ("DejaVuSans", "DejaVuSans-Bold"),
}
MARGIN, GAP, BOTTOM = 36.0, 10.0, 56.0
NUMERIC = ("qty", "pu_ht", "tva", "ht", "ttc")


def register_fonts() -> None:
    """DejaVu for the "DejaVu" layouts and for characters the standard fonts lack (→)."""
    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))


@dataclass(frozen=True)
class Cell:
    key: str  # date, label or one of NUMERIC
    x0: float
    x1: float


class Painter:
    """Draws one bill. Blocks flow down a text column, then to the next column, then to a new page; every
    row records the page it lands on, which is the truth's `page`."""

    def __init__(self, bill: Bill, layout: Layout, page_count: int):
        self.bill, self.lay, self.page_count = bill, layout, page_count
        page_size = landscape(A4) if layout.landscape else A4
        self.width, self.height = float(page_size[0]), float(page_size[1])
        self.buffer = io.BytesIO()
        self.c = Canvas(self.buffer, pagesize=(self.width, self.height), invariant=1)
        self.regular, self.bold = FONTS[layout.font]
        courier = layout.font == "Courier"
        self.size = (8.0 if layout.text_columns == 1 else 7.4) - (0.8 if courier else 0)
        self.lead = self.size * 1.32
        self.page, self.column = 1, 0
        self.col_width = (self.width - 2 * MARGIN - 18 * (layout.text_columns - 1)) / layout.text_columns
        self.cells = self.table_cells()
        self.top = self.y = 0.0

    # -- primitives
    def text(
        self,
        x: float,
        y: float,
        s: str,
        *,
        bold: bool = False,
        size: float | None = None,
        align: str = "left",
    ) -> None:
        font = self.bold if bold else self.regular
        if any(ord(ch) > 0xFF and ch not in "€" for ch in s):  # → and friends: not in the standard fonts
            font = "DejaVuSans-Bold" if bold else "DejaVuSans"
        self.c.setFont(font, size or self.size)
        draw = {"left": self.c.drawString, "right": self.c.drawRightString}[align]
        draw(x, y, s)

    def width_of(self, s: str, *, bold: bool = False, size: float | None = None) -> float:
        return float(pdfmetrics.stringWidth(s, self.bold if bold else self.regular, size or self.size))

    def amount(self, value: Decimal) -> str:
        return format_amount(value, self.lay.amount_format, self.lay.credit_format, self.lay.nbsp)

    @property
    def x0(self) -> float:
        return MARGIN + self.column * (self.col_width + 18)

    # -- flow
    def need(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self.next_column()

    def next_column(self) -> None:
        if self.column + 1 < self.lay.text_columns:
            self.column += 1
            self.y = self.top
        else:
            self.new_page()

    def new_page(self) -> None:
        self.footer()
        self.c.showPage()
        self.page += 1
        self.column = 0
        top = self.height - 40
        self.text(MARGIN, top, self.bill.operator.name, bold=True, size=9)
        self.text(self.width - MARGIN, top, f"Facture n° {self.bill.invoice_number}", align="right")
        self.top = self.y = self.height - 70

    def footer(self) -> None:
        n, total = self.page, self.page_count or "?"
        label = (f"Page {n}/{total}", f"{n}/{total}", f"Feuillet {n} sur {total}")[self.bill.page_style]
        legal = f"{self.bill.operator.name} SAS - service client 09 70 00 00 00 - RCS Paris 900 000 000"
        self.text(MARGIN, 26, legal, size=6)
        self.text(self.width - MARGIN, 26, label, size=6.5, align="right")

    # -- the bill
    def paint(self) -> bytes:
        lay, bill = self.lay, self.bill
        self.top = self.y = self.header()
        if lay.summary_box != "none":
            self.summary_box()
            if lay.summary_box == "top_then_break" and lay.sample_page != "after_first":
                self.next_column()
        if lay.sample_page == "after_first":
            self.new_page()
            self.sample_page()
            self.new_page()
        elif lay.detail_on_new_page and self.page == 1:
            self.new_page()
        self.need(self.lead * 3)
        self.text(self.x0, self.y, "Détail de votre facture", bold=True, size=self.size + 2)
        self.y -= self.lead * 2
        if not lay.header_per_section:
            self.header_row()
        for i, section in enumerate(bill.sections):
            if i and i == len(bill.sections) // 2 and self.column == 0 and lay.text_columns == 2:
                self.next_column()  # two columns of text: the second half of the sections on the right
            self.section(section)
        if lay.total_place in ("after_detail", "both"):
            self.totals()
        if "(*)" in lay.ttc_header:
            self.need(self.lead * 2)
            self.text(self.x0, self.y - self.lead, "(*) Montants toutes taxes comprises", size=self.size - 1)
            self.y -= self.lead * 2
        if lay.sample_page == "last":
            self.new_page()
            self.sample_page()
        self.footer()
        self.c.save()
        return self.buffer.getvalue()

    def header(self) -> float:
        """Brand, customer address and the invoice fields on page 1; returns where the flow starts."""
        bill, lay, c = self.bill, self.lay, self.c
        left = lay.brand_side == "left"
        brand_x = MARGIN if left else self.width - MARGIN
        align = "left" if left else "right"
        y = self.height - 52
        self.text(brand_x, y, bill.operator.name, bold=True, size=18, align=align)
        self.text(brand_x, y - 14, bill.operator.tagline, size=8, align=align)
        other_x = self.width / 2 + 60  # the address window of a windowed envelope: always on the right
        for i, line in enumerate(bill.customer):
            self.text(other_x, y - 50 - i * 11, line, size=9)
        bottom = self.fields(MARGIN, y - 50)
        if lay.total_place == "header":
            box_y = y - 50 - 4 * 11 - 10
            c.rect(other_x - 6, box_y - 26, 210, 34)
            wording = self.total_wording()
            self.text(other_x, box_y - 4, wording, bold=True, size=9)
            self.text(other_x + 198, box_y - 19, self.amount(bill.total), bold=True, size=12, align="right")
            bottom = min(bottom, box_y - 26)
        return min(bottom, y - 50 - 3 * 11) - 28

    def fields(self, x: float, y: float) -> float:
        """The invoice fields in the layout's style; returns the lowest baseline used."""
        bill, lay = self.bill, self.lay
        number, issued = bill.invoice_number, format_date(bill.invoice_date, lay.invoice_date_format)
        period = format_period(*bill.period, lay.period_format)
        phones = ", ".join(format_phone(n, bill.line_style) for n in bill.line_numbers)
        plural = "s" if len(bill.line_numbers) > 1 else ""
        inv_label = ("Facture n°", "N° de facture", "Numéro de facture", "Référence facture")[bill.wording]
        acc_label = ("N° client", "Compte client", "Référence client", "Identifiant abonné")[bill.wording]
        pairs = [
            (inv_label, number),
            (("Date de facture", "Émise le", "Date d'émission", "Date de facture")[bill.wording], issued),
            (("Période", "Période de facturation", "Période", "Période facturée")[bill.line_style], period),
            (acc_label, bill.account_number),
            (f"Ligne{plural}", phones),
        ]
        size, step = 8.5, 12.0
        if lay.header_style == "inline":
            lines = [
                f"Facture n° {number} du {issued}",
                f"{pairs[2][0]} {period}" if period.startswith("du") else f"{pairs[2][0]} : {period}",
                f"{acc_label} : {bill.account_number}",
                f"Ligne{plural} : {phones}",
            ]
            for i, line in enumerate(lines):
                self.text(x, y - i * step, line, size=size)
            return y - (len(lines) - 1) * step
        if lay.header_style in ("colon", "table"):
            for i, (label, value) in enumerate(pairs):
                if lay.header_style == "colon":
                    self.text(x, y - i * step, f"{label} : {value}", size=size)
                else:
                    self.text(x, y - i * step, label, size=size)
                    self.text(x + 100, y - i * step, value, size=size, bold=True)
            return y - (len(pairs) - 1) * step
        # stacked: each value printed under its label, cells side by side, wrapping to a second band
        cell_x, band_y, limit = x, y, x + self.width / 2 - 20
        for label, value in pairs:
            w = max(self.width_of(label, size=7), self.width_of(value, bold=True, size=size)) + 16
            if cell_x + w > limit and cell_x > x:
                cell_x, band_y = x, band_y - 2.6 * step
            self.text(cell_x, band_y, label, size=7)
            self.text(cell_x, band_y - 11, value, size=size, bold=True)
            cell_x += w
        return band_y - 11

    def total_wording(self) -> str:
        return TOTAL_WORDINGS[self.lay.total_wording].format(debit=long_date(self.bill.debit_date))

    def vat_rows(self) -> list[tuple[str, Decimal]]:
        total = self.bill.total
        ht = (total / VAT).quantize(CENT)
        return {
            "none": [],
            "dont_tva": [("dont TVA 20 %", total - ht)],
            "ht_tva": [("Total HT", ht), ("TVA 20 %", total - ht)],
            "soumis": [("Montant hors TVA soumis à TVA", ht), ("TVA 20 %", total - ht)],
        }[self.lay.vat_lines]

    def total_rows(self) -> list[tuple[str, Decimal, bool]]:
        """The VAT lines and the total, in the order the layout prints them (never charges)."""
        vat = [(label, value, False) for label, value in self.vat_rows()]
        total = (self.total_wording(), self.bill.total, True)
        return [total, *vat] if self.lay.vat_lines == "dont_tva" else [*vat, total]

    def summary_box(self) -> None:
        bill, lay = self.bill, self.lay
        if lay.summary_rows == "by_section":
            rows = [(s.recap, s.subtotal, False) for s in bill.sections]
        else:
            tp = sum((s.subtotal for s in bill.sections if s.third_party), Decimal(0))
            rows = [(f"Total auprès de {bill.operator.name}", bill.total - tp, False)]
            rows += [("Total auprès d'autres fournisseurs", tp, False)] if tp else []
        if lay.total_place in ("summary", "both"):
            rows += self.total_rows()
        width = min(self.col_width, 330.0)
        amounts = max(self.width_of(self.amount(value), bold=True) for _, value, _ in rows)
        lines = [self.fit(label, width - amounts - 36, bold=bold) for label, _, bold in rows]
        height = (sum(map(len, lines)) + 1.6) * self.lead * 1.15
        self.need(height + 10)
        top = self.y + self.lead
        self.c.rect(self.x0, top - height, width, height)
        title = ("Synthèse de votre facture", "Récapitulatif", "Votre facture en bref", "Résumé")[
            bill.wording
        ]
        self.text(self.x0 + 8, self.y, title, bold=True)
        y = self.y - self.lead * 1.5
        for (_, value, bold), label in zip(rows, lines, strict=True):
            for i, text in enumerate(label):
                self.text(self.x0 + 14 + (6 if i else 0), y, text, bold=bold)
                y -= self.lead * 1.15
            self.text(self.x0 + width - 8, y + self.lead * 1.15, self.amount(value), bold=bold, align="right")
        self.y = top - height - self.lead * 2

    def table_cells(self) -> list[Cell]:
        """Where each column sits in a text column: numbers right-aligned in their cells, the label wide."""
        lay = self.lay
        numeric = {
            "ttc": ["ttc"],
            "ht_ttc": ["ht", "ttc"],
            "qty_pu_tva_ttc": ["qty", "pu_ht", "tva", "ttc"],
            "tva_ht_ttc": ["tva", "ht", "ttc"],
            "qty_pu_ht_ttc": ["qty", "pu_ht", "ht", "ttc"],
        }[lay.detail_columns]
        dated = [] if lay.date_column == "none" else ["date"]
        if lay.amount_side == "left":
            order = (
                ["date", "ttc", "label"] if lay.date_column == "before_label" else ["ttc", "label", *dated]
            )
        elif lay.date_column == "before_label":
            order = ["date", "label", *numeric]
        elif lay.date_column == "after_label":
            order = ["label", "date", *numeric]
        else:
            order = ["label", *numeric, *dated]
        widths = {key: self.cell_width(key) for key in order if key != "label"}
        label_width = self.col_width - sum(widths.values()) - GAP * (len(order) - 1)
        cells, x = [], 0.0
        for key in order:
            w = label_width if key == "label" else widths[key]
            cells.append(Cell(key, x, x + w))
            x += w + GAP
        return cells

    def cell_width(self, key: str) -> float:
        samples = {
            "date": [format_date(date(2026, 9, 28), self.lay.line_date_format)],
            "qty": ["Qté"],
            "tva": ["20 %", "Taux TVA"],
            "pu_ht": ["PU HT", self.amount(Decimal("999.99"))],
            "ht": ["Montant HT", self.amount(Decimal("999.99"))],
            "ttc": [self.lay.ttc_header, self.amount(Decimal("-1249.99")), self.amount(Decimal("1249.99"))],
        }
        return max(self.width_of(s, bold=True) for s in samples[key]) + 2

    def header_row(self) -> None:
        lay = self.lay
        if lay.header_row == "none":
            return
        euro = lay.ttc_header.startswith("€")
        words = {
            "date": "Date",
            "label": lay.label_header,
            "qty": "Qté",
            "pu_ht": "PU HT",
            "tva": "%TVA" if euro else "TVA %",
            "ht": "€ HT" if euro else "Montant HT",
            "ttc": lay.ttc_header,
        }
        self.need(self.lead * 3)
        for cell in self.cells:
            if lay.header_row == "amounts_only" and cell.key not in NUMERIC:
                continue
            if cell.key in NUMERIC:
                self.text(self.x0 + cell.x1, self.y, words[cell.key], bold=True, align="right")
            else:
                self.text(self.x0 + cell.x0, self.y, words[cell.key], bold=True)
        self.c.setLineWidth(0.4)
        self.c.line(self.x0, self.y - 3, self.x0 + self.col_width, self.y - 3)
        self.y -= self.lead * 1.4

    def section(self, section: Section) -> None:
        lay = self.lay
        style = lay.section_title_style
        title = section.title.upper() if style == "caps" else section.title
        first = self.row_lines(section.rows[0]) if section.rows else 1
        extra = (1 if section.subtitle else 0) + (1.4 if lay.header_per_section else 0)
        self.need(self.lead * (2.6 + first + extra))  # the title stays with the first row
        self.y -= self.lead * 0.6
        size = self.size + (1.5 if style == "bold_large" else 0)
        self.text(self.x0, self.y, title, bold=style != "caps", size=size)
        self.y -= self.lead * 1.5
        if section.subtitle:
            self.text(self.x0 + 4, self.y + self.lead * 0.3, section.subtitle, size=self.size - 0.5)
            self.y -= self.lead * 1.2
        if lay.header_per_section:
            self.header_row()
        for row in section.rows:
            self.row(row)
        if lay.subtotals != "none":
            label = {
                "sous_total": "Sous-total",
                "sous_total_title": f"Sous-total {section.title}",
                "total_section": f"Total {section.recap.lower()}",
            }[lay.subtotals]
            self.right_pair(label, section.subtotal, bold=False)
        if section.note:
            self.need(self.lead)
            self.text(self.x0, self.y, section.note, size=self.size - 1)
            self.y -= self.lead
        self.y -= self.lead * 0.5

    def cell(self, key: str) -> Cell | None:
        return next((c for c in self.cells if c.key == key), None)

    def wrapped(self, row: Row) -> list[str]:
        """The row's printed lines, each cut again between words if it is wider than the label cell."""
        label = self.cell("label")
        assert label is not None
        indent = self.lay.continuation_indent
        out: list[str] = []
        for line in row.lines:
            out += self.fit(line, label.x1 - label.x0, indent=indent, first=not out)
        return out

    def fit(
        self, text: str, width: float, *, bold: bool = False, indent: float = 0, first: bool = True
    ) -> list[str]:
        """`text` cut between words into lines no wider than `width` (continuation lines: less `indent`)."""
        lines: list[str] = []
        current = ""
        for word in text.split():
            limit = width - (indent if lines or not first else 0)
            candidate = f"{current} {word}".strip()
            if current and self.width_of(candidate, bold=bold) > limit:
                lines.append(current)
                current = word
            else:
                current = candidate
        return [*lines, current]

    def row_lines(self, row: Row) -> int:
        return len(self.wrapped(row))

    def row(self, row: Row) -> None:
        lay = self.lay
        lines = self.wrapped(row)
        self.need(self.lead * (len(lines) + 0.4))
        row.page = self.page
        label = self.cell("label")
        assert label is not None
        for i, text in enumerate(lines):
            indent = lay.continuation_indent if i else 0
            self.text(self.x0 + label.x0 + indent, self.y - i * self.lead, text)
        y = self.y - (len(lines) - 1 if lay.wrap_amount == "last" else 0) * self.lead
        ht = (row.amount / VAT).quantize(CENT)
        values = {
            "ttc": self.amount(row.amount),
            "ht": self.amount(ht),
            "pu_ht": self.amount(ht),
            "qty": "1",
            "tva": "20 %" if lay.ttc_header[0] != "€" else "20,00",
        }
        for cell in self.cells:
            if cell.key in NUMERIC:
                self.text(self.x0 + cell.x1, y, values[cell.key], align="right")
            elif cell.key == "date" and row.date:
                self.text(self.x0 + cell.x0, y, format_date(row.date, lay.line_date_format))
        self.y -= self.lead * (len(lines) + 0.4)

    def right_pair(self, label: str, value: Decimal, *, bold: bool) -> None:
        """A label and an amount that are not a charge (subtotal, VAT, total); the amount in the TTC cell."""
        ttc = self.cell("ttc")
        assert ttc is not None
        left = self.lay.amount_side == "left"
        room = self.col_width - ttc.x1 - GAP if left else ttc.x0 - GAP
        lines = self.fit(label, room, bold=bold)
        self.need(self.lead * (len(lines) + 0.3))
        for i, text in enumerate(lines):
            y = self.y - i * self.lead
            if left:
                self.text(self.x0 + ttc.x1 + GAP, y, text, bold=bold)
            else:
                self.text(self.x0 + ttc.x0 - GAP, y, text, bold=bold, align="right")
        self.y -= self.lead * (len(lines) - 1)
        self.text(self.x0 + ttc.x1, self.y, self.amount(value), bold=bold, align="right")
        self.y -= self.lead * 1.3

    def totals(self) -> None:
        self.need(self.lead * 5)
        self.y -= self.lead * 0.5
        self.c.line(self.x0, self.y + self.lead, self.x0 + self.col_width, self.y + self.lead)
        for label, value, bold in self.total_rows():
            self.right_pair(label, value, bold=bold)

    def sample_page(self) -> None:
        """The "Mieux comprendre votre facture" page: an EXEMPLE watermark, made-up amounts, never charges."""
        c, x = self.c, MARGIN + 10
        c.saveState()
        c.setFillGray(0.85)
        c.translate(self.width / 2, self.height / 2)
        c.rotate(35)
        c.setFont("Helvetica-Bold", 110)
        c.drawCentredString(0, 0, "EXEMPLE")
        c.restoreState()
        y = self.height - 90
        self.text(x, y, "Mieux comprendre votre facture", bold=True, size=14)
        y -= 30
        for line in ("Facture n° XXXXXXXXXX du jj/mm/aaaa", "Période du jj/mm/aaaa au jj/mm/aaaa"):
            self.text(x, y, line)
            y -= self.lead
        y -= 12
        samples = [
            ("1", "jj/mm/aaaa", "Forfait 5G 100 Go", Decimal("19.99")),
            ("2", "jj/mm/aaaa", "Appels vers l'international", Decimal("2.40")),
            ("3", "jj/mm/aaaa", "Achat Internet+ ÉDITEUR - Jeu", Decimal("4.99")),
            ("4", "", "Remise fidélité", Decimal("-5.00")),
            ("", "", self.total_wording(), Decimal("22.38")),
        ]
        for mark, when, label, value in samples:
            if mark:
                c.circle(x + 4, y + 3, 6)
                self.text(x + 2, y + 0.5, mark, bold=True)
            self.text(x + 20, y, when)
            self.text(x + 90, y, label, bold=not mark)
            self.text(x + 380, y, self.amount(value), align="right", bold=not mark)
            y -= self.lead * 1.6
        y -= 16
        notes = (
            "1  Vos abonnements et options, facturés d'avance pour le mois à venir.",
            "2  Vos consommations hors forfait, détaillées ligne par ligne.",
            "3  Les achats de contenus auprès d'éditeurs tiers (Internet+, SMS+) : ils sont facturés par",
            "   votre opérateur pour leur compte. Vous pouvez les bloquer gratuitement.",
            "4  Les remises et avoirs viennent en déduction du montant à payer.",
        )
        for note in notes:
            self.text(x, y, note)
            y -= self.lead * 1.3


def paint(bill: Bill, layout: Layout) -> bytes:
    """Two passes: the first counts the pages that the second prints in each footer ("Page 1/3")."""
    register_fonts()
    first = Painter(bill, layout, 0)
    first.paint()
    return Painter(bill, layout, first.page).paint()


# ---------------------------------------------------------------------------------------------- API


@dataclass(frozen=True)
class GeneratedBill:
    name: str
    pdf: bytes
    truth: dict[str, Any]
    layout: Layout


def bill_name(seed: int) -> str:
    return f"bill-{seed:05d}"


def generate(seed: int) -> GeneratedBill:
    """Bill number `seed`: its PDF and its truth (the corpus's truth format)."""
    layout = choose_layout(seed)
    bill = make_bill(random.Random(seed), layout)
    pdf = paint(bill, layout)
    name = bill_name(seed)
    truth = {
        "file": f"{name}.pdf",
        "status": "ok",
        "error": None,
        "operator": bill.operator.slug,
        "invoice_number": bill.invoice_number,
        "invoice_date": iso(bill.invoice_date),
        "period_start": iso(bill.period[0]),
        "period_end": iso(bill.period[1]),
        "account_number": bill.account_number,
        "line_numbers": bill.line_numbers,
        "total": f"{bill.total:.2f}",
        "charges": [row.truth() for row in bill.rows],
    }
    return GeneratedBill(name, pdf, truth, layout)


def write(seed: int, folder: Path) -> Path:
    """Write NAME.pdf and NAME.truth.json into `folder` (created if needed); return the PDF's path."""
    bill = generate(seed)
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / f"{bill.name}.pdf"
    pdf.write_bytes(bill.pdf)
    text = json.dumps(bill.truth, ensure_ascii=False, indent=2) + "\n"
    (folder / f"{bill.name}.truth.json").write_text(text, encoding="utf-8")
    return pdf


def summary_truth(truths: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The expected `summary` of a run over these bills (corpus README): suspicious charges per merchant;
    recurring when at least 3 charges are all 7 days apart, or all 28 to 31 days apart."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for truth in truths:
        for charge in truth["charges"]:
            if charge["suspicious"]:
                groups.setdefault(charge["merchant"], []).append(charge)
    merchants: list[dict[str, Any]] = []
    for merchant, charges in sorted(groups.items()):
        days = sorted(date.fromisoformat(c["date"]) for c in charges if c["date"])
        gaps = {(b - a).days for a, b in itertools.pairwise(days)}
        regular = gaps == {7} or (bool(gaps) and gaps <= set(range(28, 32)))
        recurring = len(days) == len(charges) >= 3 and regular
        merchants.append(
            {
                "merchant": merchant,
                "total": f"{sum(Decimal(c['amount']) for c in charges):.2f}",
                "count": len(charges),
                "first_date": iso(days[0]) if days else None,
                "last_date": iso(days[-1]) if days else None,
                "recurring": recurring,
            }
        )
    total = sum((Decimal(m["total"]) for m in merchants), Decimal(0))
    return {"suspicious_total": f"{total:.2f}", "merchants": merchants}
