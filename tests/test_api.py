"""The public namespace."""

from __future__ import annotations

import importlib
import subprocess
import sys

import articlekit


class TestAll:
    def test_every_name_exists(self) -> None:
        """Every name in ``articlekit.__all__`` is an attribute of the package."""
        missing = [name for name in articlekit.__all__ if not hasattr(articlekit, name)]
        assert missing == []

    def test_unique(self) -> None:
        """``__all__`` names each export once."""
        assert len(articlekit.__all__) == len(set(articlekit.__all__))

    def test_public_models_exported(self) -> None:
        """Every public model and function module's ``__all__`` is re-exported."""
        names: set[str] = set()
        for module in ("models", "parse", "serialize", "errors"):
            names |= set(importlib.import_module(f"articlekit.{module}").__all__)
        # machinery for people extending articlekit stays in its module
        names -= {"configure_converter", "DefectReporter", "render_caret"}
        assert names - set(articlekit.__all__) == set()

    def test_version_string(self) -> None:
        """``__version__`` is a dotted version string."""
        assert articlekit.__version__.split(".")[0].isdigit()


class TestModuleVersion:
    def test_python_m_version(self) -> None:
        """``python -m articlekit --version`` prints the version and exits 0."""
        proc = subprocess.run(
            [sys.executable, "-m", "articlekit", "--version"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert (proc.returncode, proc.stdout, proc.stderr) == (
            0,
            f"articlekit {articlekit.__version__}\n",
            "",
        )


def test_gc_state_is_restored_after_a_long_text() -> None:
    """A text over a million characters is parsed with the cyclic collector paused; the
    collector's state is what it was before, whether it was on or off."""
    import gc

    text = " date 2020-01-01 " + "Officials said on Monday that the talks went well. " * 21_000
    assert gc.isenabled()
    article = articlekit.parse(text, extract=False)
    assert gc.isenabled() and article.paragraphs
    gc.disable()
    try:
        articlekit.parse(text, extract=False)
        assert not gc.isenabled()
    finally:
        gc.enable()
