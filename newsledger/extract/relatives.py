"""English relative clauses that name an event's company before the verb.

Much of the capacity is for Anthropic, in which Amazon has invested $8 billion: the antecedent of "in which"
is the company invested in.
"""

from __future__ import annotations

import re

from newsledger.extract import roles as R
from newsledger.extract.context import Context

_IN_WHICH = re.compile(r",\s+in\s+which\s+(?:[\w&.'-]+\s+){1,4}?(?:has\s+|have\s+|had\s+)?(?:also\s+|already\s+|since\s+)?$")


def in_which_target(ctx: Context, cand: R.Candidate) -> None:
    """Anthropic, in which Amazon has invested $8 billion: the company before "in which" is the one invested in."""
    if cand.type.name != "investment" or cand.args.get("target") or not ctx.is_english():
        return
    start = max(cand.sent.start, cand.trigger.start - 60)
    rel = _IN_WHICH.search(ctx.low, start, cand.trigger.start)
    if rel is None:
        return
    ante = [m for m in ctx.mentions_in(cand.sent.start, rel.start()) if m.type == "org" and rel.start() - m.end <= 1]
    if ante:
        cand.args["target"] = [ante[-1]]
