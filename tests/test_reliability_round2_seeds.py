"""A fresh clone has no ../shared/seeds: the tests that need them skip there, and fail where they are
required (.ci/run). Real pytest processes, with the seeds' folder pointed at a place that does not exist."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import REPO, REQUIRE_SEEDS_ENV, SEEDS_ENV, SEEDS_SKIP_REASON

# One test of each kind that reads the seeds: the builder, the importer, the check.
SEED_TESTS = [
    "tests/test_data.py::test_every_quote_is_verbatim_in_its_source",
    "tests/test_import_extract.py::test_every_quote_is_a_verbatim_part_of_one_line",
    "tests/test_cli.py::test_check_passes_on_the_shipped_store",
]


def pytest_run(tmp_path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("CI", REQUIRE_SEEDS_ENV, "PYTEST_ADDOPTS")}
    environ.update({SEEDS_ENV: str(tmp_path / "no-shared" / "seeds"), **env})
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", *SEED_TESTS],
                          cwd=REPO, env=environ, capture_output=True, text=True, timeout=300)


def test_without_the_seeds_their_tests_skip_with_the_reason(tmp_path):
    run = pytest_run(tmp_path)
    assert run.returncode == 0, run.stdout[-2000:]
    assert f"{len(SEED_TESTS)} skipped" in run.stdout
    assert SEEDS_SKIP_REASON in run.stdout
    assert "error" not in run.stdout.lower()


def test_where_the_seeds_are_required_a_skip_becomes_a_failure(tmp_path):
    for env in ({REQUIRE_SEEDS_ENV: "1"}, {"CI": "true"}):
        run = pytest_run(tmp_path, **env)
        assert run.returncode == 1, (env, run.stdout[-2000:])
        assert "skipped" not in run.stdout
        assert SEEDS_SKIP_REASON in run.stdout


def test_ci_requires_the_seeds():
    script = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert f"export {REQUIRE_SEEDS_ENV}=1" in script
    # and runs the README's test command word for word
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    command = next(line.strip() for line in readme.splitlines() if "pytest -q" in line)
    assert command.split("&& ", 1)[1] in script
