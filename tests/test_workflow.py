"""The GitHub Pages workflow is valid and does what the README promises."""

from __future__ import annotations

import yaml

from conftest import ROOT
from conftest import check_jsonschema as validate

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"


def check_jsonschema(path):
    return validate("vendor.github-workflows", path)


def test_workflow_validates_against_the_github_schema():
    result = check_jsonschema(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_schema_check_catches_a_broken_workflow(tmp_path):
    broken = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    broken["jobs"]["deploy"]["runs-on"] = {"not": "valid"}
    broken["jobs"]["deploy"]["steps"] = "deploy please"
    path = tmp_path / "broken.yml"
    path.write_text(yaml.safe_dump(broken), encoding="utf-8")
    assert check_jsonschema(path).returncode != 0


def test_workflow_tests_builds_and_deploys_with_pages_permissions():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    jobs = workflow["jobs"]
    assert workflow["concurrency"]["group"] == "pages"
    assert any(".ci/run" in step.get("run", "") for step in jobs["test"]["steps"])
    build_steps = jobs["build"]["steps"]
    assert any("requirements.txt" in step.get("run", "") for step in build_steps)
    assert any(step.get("uses", "").startswith("actions/upload-pages-artifact@") for step in build_steps)
    assert jobs["build"]["needs"] == "test"
    offline = " ".join(step.get("run", "") for step in build_steps)
    assert "mkdocs.offline.yml" in offline and "site/download/" in offline
    deploy = jobs["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert any(step.get("uses", "").startswith("actions/deploy-pages@") for step in deploy["steps"])
