"""The publishing workflows keep least privileges and never build untrusted code with secrets."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"


def load(name: str) -> dict:
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def test_pull_requests_run_tests_read_only_without_secrets():
    workflow = load("test.yml")
    assert "pull_request" in workflow["on"]
    assert "pull_request_target" not in workflow["on"]
    assert "workflow_dispatch" in workflow["on"]  # the intake starts it on its branch
    assert workflow["permissions"] == {"contents": "read"}
    text = (WORKFLOWS / "test.yml").read_text(encoding="utf-8")
    assert "${{ secrets." not in text
    steps = workflow["jobs"]["test"]["steps"]
    assert any(step.get("run") == "bash .ci/run" for step in steps)
    assert any(step.get("uses", "").startswith("actions/upload-artifact") for step in steps)


def test_the_preview_is_built_for_its_own_root():
    """The artifact is served on its own (python3 -m http.server -d site-preview): built for
    http://127.0.0.1:8000/, so that the 404 page finds its assets there; kept only when that
    strict build passed."""
    steps = load("test.yml")["jobs"]["test"]["steps"]
    preview = next(step for step in steps if step.get("id") == "preview")
    assert preview["run"] == "make preview"
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-artifact"))
    assert upload["with"] == {"name": "site-preview", "path": "site-preview/", "retention-days": 14}
    assert "steps.preview.outcome == 'success'" in upload["if"]
    makefile = (WORKFLOWS.parent.parent / "Makefile").read_text(encoding="utf-8")
    rule = makefile[makefile.index("\npreview:") :].split("\n\n")[0]
    assert "SITE_URL=http://127.0.0.1:8000/" in rule and "--site-dir site-preview" in rule


def test_the_fast_verdict_comes_first_without_a_browser():
    jobs = load("test.yml")["jobs"]
    assert jobs["test"]["needs"] == "controle"
    controle = jobs["controle"]
    assert "container" not in controle and controle["permissions"] == {"contents": "read"}
    setup = next(s for s in controle["steps"] if "setup-python" in s.get("uses", ""))
    assert setup["with"]["cache"] == "pip"
    assert setup["with"]["cache-dependency-path"] == "requirements.txt"
    runs = "\n".join(s.get("run", "") for s in controle["steps"])
    assert "make controle" in runs
    assert not re.search(r"\.ci/run|chromium|playwright|requirements-dev|pytest", runs)
    upload = next(s for s in controle["steps"] if "upload-artifact" in s.get("uses", ""))
    assert upload["with"]["name"] == "oordeel"


def test_no_workflow_uses_pull_request_target_or_secrets_where_strangers_reach():
    for path in WORKFLOWS.glob("*.yml"):
        text = path.read_text(encoding="utf-8")
        assert "pull_request_target" not in text.replace("never `pull_request_target`", "")
        if path.name != INTAKE:
            assert "${{ secrets." not in text, path.name
    # The intake's only secret: the App's key, in the job that runs no repository code.
    jobs = load(INTAKE)["jobs"]
    for name, job in jobs.items():
        uses_secret = "${{ secrets." in yaml.safe_dump(job)
        assert uses_secret == (name == "pull-request"), name
    app = jobs["pull-request"]["steps"][0]
    assert app["uses"].startswith("actions/create-github-app-token@")
    assert app["if"] == "vars.OMZETTEN_APP_ID != ''"
    assert app["with"]["private-key"] == "${{ secrets.OMZETTEN_APP_PRIVATE_KEY }}"


def test_every_action_is_pinned_to_a_full_commit_with_its_version():
    for path in WORKFLOWS.glob("*.yml"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if "uses:" not in line or line.lstrip().startswith("#"):
                continue
            assert re.search(r"uses: [\w-]+/[\w-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$", line), (
                f"{path.name}: {line.strip()}"
            )


def test_every_job_names_its_permissions_and_keeps_no_checkout_credentials():
    for path in WORKFLOWS.glob("*.yml"):
        workflow = load(path.name)
        for name, job in workflow["jobs"].items():
            assert "permissions" in job, f"{path.name}: {name}"
            for step in job.get("steps", []):
                if step.get("uses", "").startswith("actions/checkout@"):
                    assert step["with"]["persist-credentials"] is False, f"{path.name}: {name}"


def test_the_verdict_comment_reads_data_and_runs_no_pull_request_code():
    workflow = load("oordeel-reactie.yml")
    assert workflow["on"] == {"workflow_run": {"workflows": ["Test"], "types": ["completed"]}}
    assert workflow["permissions"] == {}
    job = workflow["jobs"]["comment"]
    assert job["permissions"] == {"actions": "read", "pull-requests": "write"}
    checkout = next(s for s in job["steps"] if "checkout" in s.get("uses", ""))
    # The default branch only: no ref, no repository, nothing of the pull request.
    assert set(checkout.get("with", {})) == {"persist-credentials"}
    download = next(s for s in job["steps"] if "download-artifact" in s.get("uses", ""))
    assert download["with"]["path"] == "${{ runner.temp }}/oordeel"
    assert download["with"]["run-id"] == "${{ github.event.workflow_run.id }}"
    run = job["steps"][-1]["run"]
    assert "${{" not in run
    assert not re.search(r"\b(pip|make|mkdocs|bash \.ci|python3? -m)\b", run)
    # Every Python it runs is the default branch's comment.py, for each of the three jobs of
    # the step: the verdict's text, the pull request's number and the comment's marker.
    calls = re.findall(r"\bpython3\b([^\n]*)", run)
    assert calls and all(c.startswith(" macros/github/comment.py ") for c in calls), calls
    assert {re.match(r" \S+ (\w+)", c)[1] for c in calls} == {"oordeel", "nummer", "merkteken"}
    # The comment goes to the pull request whose head is the run's head, never a claimed one.
    assert 'test "$head" = "$HEAD_SHA"' in run
    assert job["steps"][-1]["env"]["HEAD_SHA"] == "${{ github.event.workflow_run.head_sha }}"


def test_the_intake_pull_request_gets_its_checks_without_a_human():
    jobs = load(INTAKE)["jobs"]
    push = jobs["pull-request"]["steps"][-1]
    assert push["env"]["GH_TOKEN"] == "${{ steps.app.outputs.token || github.token }}"
    assert "gh auth setup-git" in push["run"]
    dispatch = jobs["dispatch"]
    assert dispatch["needs"] == "pull-request"
    assert dispatch["if"] == "needs.pull-request.outputs.via-app != 'true'"
    assert dispatch["permissions"] == {"actions": "write"}
    assert dispatch["steps"][0]["run"] == 'gh workflow run test.yml --repo "$REPO" --ref "$BRANCH"'
    assert "workflow_dispatch" in push["run"]  # the pull request says how its checks started


def test_pages_and_dates_have_the_full_history():
    for name, job in (("publish.yml", "build"), ("test.yml", "test")):
        steps = load(name)["jobs"][job]["steps"]
        checkout = next(s for s in steps if "checkout" in s.get("uses", ""))
        assert checkout["with"]["fetch-depth"] == 0, name


def test_zizmor_runs_offline_in_make_test():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^test: .*\bzizmor\b", makefile, re.M)
    assert "zizmor --offline --min-severity medium" in makefile
    assert re.search(r"^zizmor==\d", (ROOT / "requirements-dev.txt").read_text(), re.M)


def test_deploy_has_least_privileges():
    workflow = load("publish.yml")
    assert workflow["on"]["push"]["branches"] == ["main"]
    assert workflow["permissions"] == {"contents": "read"}
    # Reading the Pages address (actions/configure-pages) is the build job's only extra right.
    assert workflow["jobs"]["build"]["permissions"] == {"contents": "read", "pages": "read"}
    build_steps = workflow["jobs"]["build"]["steps"]
    pages = next(s for s in build_steps if s.get("uses", "").startswith("actions/configure-pages"))
    build = next(s for s in build_steps if s.get("run") == "make pdf")  # the site and its PDFs
    assert build["env"]["SITE_URL"] == f"${{{{ steps.{pages['id']}.outputs.base_url }}}}/"
    assert workflow["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    deploy_steps = workflow["jobs"]["deploy"]["steps"]
    assert all("run" not in step for step in deploy_steps), "deploy must not run repository code"


# From issue form to pull request (.github/workflows/voorbeeld-uit-issue.yml)

INTAKE = "voorbeeld-uit-issue.yml"
ISSUE_TEXT = ("github.event.issue.body", "github.event.issue.title", "github.event.comment")


def test_issue_conversion_runs_only_on_the_omzetten_label():
    workflow = load(INTAKE)
    assert workflow["on"] == {"issues": {"types": ["labeled"]}}
    assert workflow["jobs"]["intake"]["if"] == "github.event.label.name == 'omzetten'"
    for name in ("pull-request", "comment"):
        assert workflow["jobs"][name]["needs"] == "intake"
        assert "needs.intake.outputs.ok" in workflow["jobs"][name]["if"]
    # The labeller's role is checked too, from the event's sender, before anything runs.
    first = workflow["jobs"]["intake"]["steps"][0]
    assert first["env"]["SENDER"] == "${{ github.event.sender.login }}"
    assert "collaborators/$SENDER/permission" in first["run"]
    assert "admin|maintain|write|triage)" in first["run"]


def test_issue_conversion_has_least_privileges():
    workflow = load(INTAKE)
    assert workflow["permissions"] == {}
    jobs = workflow["jobs"]
    assert jobs["intake"]["permissions"] == {"contents": "read"}
    assert jobs["pull-request"]["permissions"] == {"contents": "write", "pull-requests": "write"}
    assert jobs["comment"]["permissions"] == {"issues": "write"}
    assert jobs["dispatch"]["permissions"] == {"actions": "write"}
    # The job that runs the repository's code cannot write; the jobs that write run none of it.
    intake_runs = " ".join(s.get("run", "") for s in jobs["intake"]["steps"])
    assert 'python -m macros.github.intake issue "$GITHUB_EVENT_PATH"' in intake_runs
    checkout = next(s for s in jobs["intake"]["steps"] if "checkout" in s.get("uses", ""))
    assert checkout["with"]["persist-credentials"] is False
    for name in ("pull-request", "comment", "dispatch"):
        for step in jobs[name]["steps"]:
            run = step.get("run", "")
            assert not re.search(r"\b(python3?|pip|make|mkdocs)\b", run), name


def test_no_run_step_interpolates_issue_text():
    for path in WORKFLOWS.glob("*.yml"):
        workflow = load(path.name)
        for job_name, job in workflow["jobs"].items():
            for step in job.get("steps", []):
                run = step.get("run", "")
                where = f"{path.name}: {job_name}: {step.get('name', run[:40])}"
                assert not any(text in run for text in ISSUE_TEXT), where
                # No expression at all in a shell line: values come in through `env:`.
                assert "${{" not in run, where
    text = (WORKFLOWS / INTAKE).read_text(encoding="utf-8")
    code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    assert not any(text in code for text in ISSUE_TEXT)


def test_pull_request_closes_the_issue_and_touches_one_contributed_file():
    run = load(INTAKE)["jobs"]["pull-request"]["steps"][-1]["run"]
    assert '"Closes #$NUMBER"' in run
    assert "docs/praktijkvoorbeelden/*.md|glossary/*.yaml) ;;" in run
    assert 'git apply --numstat "$dir/wijziging.patch" | cut -f 3)" = "$path"' in run
