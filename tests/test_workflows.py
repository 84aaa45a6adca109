"""The publishing workflows keep least privileges and never build untrusted code with secrets."""

from __future__ import annotations

from pathlib import Path

import yaml

WORKFLOWS = Path(__file__).resolve().parent.parent / ".github" / "workflows"


def load(name: str) -> dict:
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def test_pull_requests_run_tests_read_only_without_secrets():
    workflow = load("test.yml")
    assert "pull_request" in workflow["on"]
    assert "pull_request_target" not in workflow["on"]
    assert workflow["permissions"] == {"contents": "read"}
    text = (WORKFLOWS / "test.yml").read_text(encoding="utf-8")
    assert "${{ secrets." not in text
    steps = workflow["jobs"]["test"]["steps"]
    assert any(step.get("run") == "bash .ci/run" for step in steps)
    assert any(step.get("uses", "").startswith("actions/upload-artifact") for step in steps)


def test_no_workflow_uses_pull_request_target_or_secrets():
    for path in WORKFLOWS.glob("*.yml"):
        text = path.read_text(encoding="utf-8")
        assert "pull_request_target" not in text.replace("never `pull_request_target`", "")
        assert "${{ secrets." not in text, path.name


def test_deploy_has_least_privileges():
    workflow = load("publish.yml")
    assert workflow["on"]["push"]["branches"] == ["main"]
    assert workflow["permissions"] == {"contents": "read"}
    assert workflow["jobs"]["build"]["permissions"] == {"contents": "read"}
    assert workflow["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    deploy_steps = workflow["jobs"]["deploy"]["steps"]
    assert all("run" not in step for step in deploy_steps), "deploy must not run repository code"
