"""`kkoguard dossier …` as a script or a person uses it: exit status, messages, files written."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import keyring
import pdfplumber
import pytest
from keyring.backends import fail

from kkoguard.dossier.keys import parse_recovery_key
from tests.conftest import Run

FIXTURES = Path(__file__).parent / "fixtures"
PASSPHRASE = "quatre mots bien choisis"
Cli = Callable[..., Run]


def recovery_key_in(text: str) -> str:
    [key] = [word for word in text.split() if parse_recovery_key(word) is not None and "-" in word]
    return key


def bills_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "factures"
    folder.mkdir()
    for path in sorted((FIXTURES / "c04").glob("*.pdf")):
        shutil.copy(path, folder / path.name)
    return folder


def test_create_prints_the_recovery_key_once_and_writes_its_sheet(cli: Cli, tmp_path: Path) -> None:
    sheet = tmp_path / "cle.pdf"
    run = cli("dossier", "create", "--lang", "fr", "--recovery-pdf", str(sheet))
    assert run.status == 0, run.err
    assert "coffre à mots de passe" in run.out
    key = recovery_key_in(run.out)
    with pdfplumber.open(sheet) as pdf:
        assert len(pdf.pages) == 1
        text = "".join((pdf.pages[0].extract_text() or "").split()).replace("-", "")
        assert key.replace("-", "") in text
    again = cli("dossier", "create")
    assert again.status == 1 and "already exists" in again.err


def test_a_script_uses_a_passphrase_from_the_environment(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyring.set_keyring(fail.Keyring())
    assert cli("dossier", "create").status == 1  # no keyring and no passphrase: nothing created
    monkeypatch.setenv("KKOGUARD_PASSPHRASE", PASSPHRASE)
    created = cli("dossier", "create", "--passphrase")
    assert created.status == 0, created.err
    imported = cli("dossier", "import", str(bills_folder(tmp_path)))
    assert imported.status == 0, imported.err
    assert imported.out.count("stored (case 1)") == 4

    listing = cli("dossier", "list", "--lang", "fr")
    assert listing.status == 0 and "Sosh 0721990958" in listing.out and "réclamé 65,89" in listing.out

    monkeypatch.setenv("KKOGUARD_PASSPHRASE", "pas la bonne phrase")
    wrong = cli("dossier", "list", "--lang", "fr")
    assert wrong.status == 1 and "incorrecte" in wrong.err and wrong.out == ""
    monkeypatch.delenv("KKOGUARD_PASSPHRASE")
    missing = cli("dossier", "list")
    assert missing.status == 1 and "passphrase" in missing.err
    monkeypatch.setenv("KKOGUARD_RECOVERY_KEY", recovery_key_in(created.out))
    assert cli("dossier", "list").status == 0


def test_show_answers_what_next_and_lists_the_disputed_charges(cli: Cli, tmp_path: Path) -> None:
    cli("dossier", "create")
    cli("dossier", "import", str(bills_folder(tmp_path)))
    shown = cli("dossier", "show", "1", "--lang", "fr")
    assert shown.status == 0, shown.err
    assert "Prochaine étape" in shown.out and "Prélèvements contestés" in shown.out
    assert "recommandé" in shown.out.lower()
    unknown = cli("dossier", "show", "42", "--lang", "en")
    assert unknown.status == 1 and "case 42" in unknown.err


def test_importing_the_same_bills_twice_adds_nothing(cli: Cli, tmp_path: Path) -> None:
    cli("dossier", "create")
    folder = bills_folder(tmp_path)
    cli("dossier", "import", str(folder))
    again = cli("dossier", "import", str(folder))
    assert again.status == 0 and again.out.count("already in case 1") == 4


def test_a_bad_bill_is_reported_and_the_others_are_stored(cli: Cli, tmp_path: Path) -> None:
    cli("dossier", "create")
    folder = bills_folder(tmp_path)
    shutil.copy(FIXTURES / "bad" / "random-bytes.pdf", folder / "zz-broken.pdf")
    run = cli("dossier", "import", str(folder))
    assert run.status == 1
    assert "zz-broken.pdf" in run.err and run.out.count("stored") == 4


def test_export_and_backup_write_files_a_person_can_use(cli: Cli, tmp_path: Path) -> None:
    cli("dossier", "create")
    cli("dossier", "import", str(bills_folder(tmp_path)))
    out = tmp_path / "export"
    exported = cli("dossier", "export", "1", "--out", str(out))
    assert exported.status == 0, exported.err
    [folder] = [p for p in out.iterdir() if p.is_dir()]
    names = sorted(p.name for p in folder.iterdir())
    assert names[0].startswith("00") and names[0].endswith(".pdf")
    assert sum(name.endswith(".pdf") for name in names) == 5  # the summary and the four bills
    zipped = cli("dossier", "export", "1", "--out", str(out), "--zip")
    assert zipped.status == 0
    [archive] = list(out.glob("*.zip"))
    assert len(zipfile.ZipFile(archive).namelist()) == 5

    backup = tmp_path / "sauvegarde.kkoguard-backup"
    assert cli("dossier", "backup", str(backup)).status == 0
    assert cli("dossier", "check").status == 0
    restored = cli("dossier", "restore", str(backup))
    assert restored.status == 0 and "1 case" in restored.out
    bad = tmp_path / "pas-une-sauvegarde.zip"
    bad.write_bytes(b"PK\x03\x04 nothing")
    refused = cli("dossier", "restore", str(bad))
    assert refused.status == 1 and "not a readable KKO Guard backup" in refused.err


def test_no_dossier_yet_is_said_plainly(cli: Cli) -> None:
    run = cli("dossier", "list", "--lang", "fr")
    assert run.status == 1 and "Aucun dossier" in run.err


def test_guide_lists_the_steps_for_the_operator_and_ticks_those_done(cli: Cli, tmp_path: Path) -> None:
    from kkoguard.dossier.store import Dossier

    run = cli("guide", "orange", "--lang", "fr")
    assert run.status == 0 and run.out.startswith("Orange\n")
    assert "[x]" not in run.out and "ARRÊTER L'ABONNEMENT" in run.out and "STOP" in run.out
    prepaid_box = cli("guide", "orange", "--product", "box", "--lang", "en")
    assert prepaid_box.status == 0 and prepaid_box.out != cli("guide", "orange", "--lang", "en").out
    unknown = cli("guide", "operateur-inconnu", "--lang", "fr")
    assert unknown.status == 0 and "[ ]" in unknown.out
    with Dossier.create()[0] as dossier:
        case = dossier.create_case("Orange", operator="orange")
        dossier.set_step(case.id, "_common", "keep-bills", True)
    ticked = cli("guide", "--case", str(case.id), "--lang", "fr")
    assert ticked.status == 0 and ticked.out.startswith("Orange") and "[x]" in ticked.out
