"""The Kanwil desk (issue 16, docs/desk.md): every office's drafts in one place, and the month.

desk_window.DeskWindow   incoming drafts by day and office, filters, the reader, verdicts,
                         remarks, and the month's report (report_view, chart)
upt_remarks              at a UPT: the Kanwil's remarks beside the fields they concern

Nothing here is loaded before the window's first paint.
"""
