"""The window's language: French when the system is French, else English (letters are always French)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kkoguard.paths import resources_dir

_translators: list[QTranslator] = []


def system_language() -> str:
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def current_language() -> str:
    """The language the UI was started in (after install_translations), else the system's."""
    app = QCoreApplication.instance()
    value = app.property("kkoguard_lang") if app is not None else None
    return value if value in ("fr", "en") else system_language()


def install_translations(lang: str | None = None) -> str:
    """Load the compiled French catalogue (resources/i18n/kkoguard_fr.qm) and Qt's own, when French."""
    from PySide6.QtCore import QLibraryInfo

    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    lang = lang or system_language()
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    if lang == "fr":
        ours = QTranslator()
        if ours.load(str(resources_dir() / "i18n" / "kkoguard_fr.qm")):
            _translators.append(ours)
        qt = QTranslator()  # standard buttons and dialogs (OK, Cancel, file dialogs)
        if qt.load(
            QLocale(QLocale.Language.French),
            "qtbase",
            "_",
            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        ):
            _translators.append(qt)
        for translator in _translators:
            app.installTranslator(translator)
    app.setProperty("kkoguard_lang", lang)
    return lang
