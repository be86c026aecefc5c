"""Audits: find misuse and neglect across the inventory and follow every finding to closure.

``run_audit`` evaluates the rules (``rules.RULES``, set-based Core queries that run the same on
SQLite and PostgreSQL) and keeps the findings' life cycle; ``set_status`` is the user's status
change; ``list_findings`` and friends read the findings back for the CLI, the reports and the
window. No Qt here.
"""

from .lifecycle import (
    LIVE_STATUSES,
    TRANSITIONS,
    AuditResult,
    evaluate_rules,
    run_audit,
    set_status,
)
from .queries import (
    FindingCount,
    FindingRow,
    RunInfo,
    finding_counts,
    get_findings,
    last_run,
    list_findings,
    longest_open,
    record_target,
    resolve_district,
    rule_catalogue,
)
from .rules import RULE_CODES, RULES, Rule, RuleContext, rule_title
from .settings import AuditSettings

__all__ = [
    "LIVE_STATUSES",
    "RULES",
    "RULE_CODES",
    "TRANSITIONS",
    "AuditResult",
    "AuditSettings",
    "FindingCount",
    "FindingRow",
    "Rule",
    "RuleContext",
    "RunInfo",
    "evaluate_rules",
    "finding_counts",
    "get_findings",
    "last_run",
    "list_findings",
    "longest_open",
    "record_target",
    "resolve_district",
    "rule_catalogue",
    "rule_title",
    "run_audit",
    "set_status",
]
