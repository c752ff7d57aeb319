"""Python generated from `forms/*.ui` by `tools/build_forms.py` (pyside6-uic). Do not edit: change the form
and rebuild; tests/ui/test_forms.py fails when these files are out of date."""
