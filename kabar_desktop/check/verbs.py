"""The draft's attribution verbs that Kabar does not know, found where the article writes them.

The writer may type any verb after a quote (``ATTRIBUTION_VERBS`` are the ones Kabar
suggests); one Kabar does not know gets a warning (A8), never a refusal. The verb is Kabar's
composed text in the article (``"…," pujinya.``), so only the draft tells which verb the
writer chose: ``check_article`` gives the Doc these spans.
"""

from __future__ import annotations

import re

from kabar_desktop.check.article_text import PlainArticle
from kabar_desktop.check.document import VerbSpan
from kabar_desktop.model.draft import ATTRIBUTION_VERBS, Draft


def known_like(verb: str, count: int = 5) -> list[str]:
    """A few verbs Kabar knows: those spelled most like ``verb`` first, then the usual ones."""
    import difflib  # only for a verb Kabar does not know

    close = difflib.get_close_matches(verb, ATTRIBUTION_VERBS, n=count, cutoff=0.6)
    return (close + [v for v in ATTRIBUTION_VERBS if v not in close])[:count]


def unknown_verbs(plain: PlainArticle, draft: Draft) -> list[VerbSpan]:
    """Each quote's verb that Kabar does not know, located after the quote's closing mark."""
    last_para: dict[str, int] = {}  # a quote over several paragraphs ends in its last one
    for p in plain.placed:
        if plain.paras[p.block].kind == "quote":
            last_para[p.block_source] = p.block
    out = []
    for i, speaker in enumerate(draft.speakers):
        for j, st in enumerate(speaker.statements):
            verb = " ".join((st.verb or "").split()).lower()
            path = f"speakers[{i}].statements[{j}]"
            if st.kind != "quote" or not verb or verb in ATTRIBUTION_VERBS or path not in last_para:
                continue
            para = plain.paras[last_para[path]]
            closing = max(plain.text.rfind(q, para.start, para.end) for q in '"”')
            pattern = r"(?<![^\W_])" + r"\s+".join(map(re.escape, verb.split())) + r"[^\W\d_]*"
            m = re.compile(pattern, re.IGNORECASE).search(
                plain.text, max(closing, para.start), para.end
            )
            if m:
                out.append(VerbSpan(m.start(), m.end(), verb, f"{path}.verb"))
    return out
